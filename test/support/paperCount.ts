// A paper count as the app runs it, for tests that need paper ballots: two counters on two
// accounts (the committee persona and a second committee member), the community as scrutineer,
// rounds in which both enter every ballot, everyone signs, then the close with a photo.
import type { PollHarness } from './pollHarness';

export type Reading = Record<string, unknown>;

export interface CountPeople {
  counter1: string;
  counter2: string;
  scrutineer: string;
}

/** A second committee member (an account of their own) and the people of a count. */
export async function countPeople(h: PollHarness, unit = '20栋601'): Promise<CountPeople> {
  return { counter1: 'committee', counter2: await h.member(unit, ['committee']), scrutineer: 'community' };
}

/** The serial of each unit label on the poll's register. */
export async function serials(h: PollHarness, pollId: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let skip = 0; ; ) {
    const page = await h.ok('committee', 'polls.paper.register', { pollId, skip });
    for (const item of page.items) out.set(item.label, item.serial);
    if (!page.hasMore) return out;
    skip = page.nextSkip;
  }
}

/** One round: started, joined by both counters and the scrutineer, every ballot entered by both. Returns its id. */
export async function countRound(h: PollHarness, pollId: string, people: CountPeople, box: Array<[string, Reading]>, serialOf: Map<string, string>, second: Array<[string, Reading]> = box) {
  const { session } = await h.ok('committee', 'polls.count.start', { pollId, returned: box.length });
  const sessionId = session.id as string;
  await h.ok(people.counter1, 'polls.count.join', { sessionId, as: 'counter', slot: 1 });
  await h.ok(people.counter2, 'polls.count.join', { sessionId, as: 'counter', slot: 2 });
  await h.ok(people.scrutineer, 'polls.count.join', { sessionId, as: 'scrutineer' });
  for (const [label, reading] of box) await h.ok(people.counter1, 'polls.count.enter', { sessionId, serial: serialOf.get(label)!, ...reading });
  for (const [label, reading] of second) await h.ok(people.counter2, 'polls.count.enter', { sessionId, serial: serialOf.get(label)!, ...reading });
  return sessionId;
}

/** Everyone of the round signs what its review shows now. */
export async function signRound(h: PollHarness, sessionId: string, people: CountPeople) {
  const { digest } = await h.ok('community', 'polls.count.review', { sessionId });
  for (const who of [people.counter1, people.counter2, people.scrutineer]) await h.ok(who, 'polls.count.sign', { sessionId, digest });
}

export const photo = (h: PollHarness) => h.deps.files.put(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9]), 'image/jpeg');

/** The whole count of `box` (label → reading): two agreeing rounds, signed, closed. Returns the close's paperCount. */
export async function countPaper(h: PollHarness, pollId: string, box: Array<[string, Reading]>, people?: CountPeople) {
  const who = people ?? (await countPeople(h));
  const serialOf = await serials(h, pollId);
  await countRound(h, pollId, who, box, serialOf);
  const last = await countRound(h, pollId, who, box, serialOf);
  await signRound(h, last, who);
  const { paperCount } = await h.ok('committee', 'polls.count.close', { pollId, photoFileId: await photo(h) });
  return paperCount;
}
