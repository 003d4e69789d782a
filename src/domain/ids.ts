// Every generated id of the project is built here, from a clock the caller passes in: on the
// server that is the injected `ctx.clock` (so tests and the demo's moved clock give ids of their
// own time, never the machine's), on the phone the wall clock. Deterministic ids that encode
// uniqueness (`ballot:<pollId>:<unitId>`) are not generated and stay beside their use-case.
// test/domain/ids.test.ts forbids building time or random ids anywhere else.

/** What gives the time: an injected clock (`ctx.clock`) or an instant already read from one. */
export type TimeSource = Date | { now(): Date };

const CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

const instant = (time: TimeSource): Date => (time instanceof Date ? time : time.now());

/** `count` random characters [a-z0-9]; `random` returns [0, 1) (a fixed sequence in tests). */
export function randomChars(count: number, random: () => number = Math.random): string {
  let s = '';
  for (let i = 0; i < count; i++) s += CHARS[Math.floor(random() * CHARS.length)];
  return s;
}

/**
 * A time-ordered key: the clock's milliseconds in base 36 (8 characters until 2059, so keys sort
 * by time as strings), then random characters so two writers in the same millisecond — several
 * cloud instances, no counter document to hot-spot on — do not collide.
 */
export function timeKey(time: TimeSource, randomLength = 6, random?: () => number): string {
  return `${instant(time).getTime().toString(36)}${randomChars(randomLength, random)}`;
}

/** A document id: `<kind>:<time key>` (`task:mb3x…`). `parent` nests it: `visit:<careId>:<time key>`. */
export function newId(kind: string, time: TimeSource, options: { parent?: string; randomLength?: number } = {}): string {
  return [kind, options.parent, timeKey(time, options.randomLength ?? 6)].filter(Boolean).join(':');
}

let eventSequence = 0;

/**
 * An event's id: its ISO time first (the audit and timelines read events in id order), then a
 * per-process sequence and a salt, so events of one instant keep their order within an instance
 * and never collide across instances.
 */
export function eventId(time: TimeSource): string {
  eventSequence = (eventSequence + 1) % 1_000_000;
  return `ev:${instant(time).toISOString()}:${eventSequence.toString(36).padStart(4, '0')}${randomChars(6)}`;
}

/** An operation id the phone gives one tap (the server's opId rule: [A-Za-z0-9_-]{8,64}, no colon). */
export function opId(time: TimeSource): string {
  return `op${timeKey(time, 16)}`;
}
