import type { Ctx } from './context';
import type { Tx } from '../store/port';

// The append-only record of every change that matters: who, when, what. Timelines and audits
// read from it; nothing ever updates or deletes an event.
export interface EventDoc {
  _id: string;
  at: string;
  actorId: string;
  type: string;
  subject: string;
  data: Record<string, unknown>;
  [key: string]: unknown;
}

let sequence = 0;

export function eventDoc(ctx: Ctx, type: string, subject: string, data: Record<string, unknown> = {}): EventDoc {
  const at = ctx.clock.now().toISOString();
  // Time-ordered and unique without a counter document (no hot spot in CloudBase).
  sequence = (sequence + 1) % 1_000_000;
  const id = `ev:${at}:${sequence.toString(36).padStart(4, '0')}${Math.random().toString(36).slice(2, 8)}`;
  return { _id: id, at, actorId: ctx.caller?.userId ?? 'system', type, subject, data };
}

export async function recordEvent(ctx: Ctx, type: string, subject: string, data: Record<string, unknown> = {}, tx?: Tx): Promise<void> {
  await (tx ?? ctx.store).insert('events', eventDoc(ctx, type, subject, data));
}
