import type { Ctx } from './context';
import type { Tx } from '../store/port';
import { eventId } from '../../src/domain/ids';

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

export function eventDoc(ctx: Ctx, type: string, subject: string, data: Record<string, unknown> = {}): EventDoc {
  const at = ctx.clock.now().toISOString();
  return { _id: eventId(new Date(at)), at, actorId: ctx.caller?.userId ?? 'system', type, subject, data };
}

export async function recordEvent(ctx: Ctx, type: string, subject: string, data: Record<string, unknown> = {}, tx?: Tx): Promise<void> {
  await (tx ?? ctx.store).insert('events', eventDoc(ctx, type, subject, data));
}
