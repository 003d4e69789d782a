import type { CollectionSpecs } from '../../store/port';

// The notifications and groups area's collections; spread into server/app/collections.ts after
// the older `outbox` line, which this one replaces with the indexes the retry job and the outbox
// page need.
export const notifyCollections: CollectionSpecs = {
  /** `msg:<dedupeKey>`: every message, whatever became of it (sent, no grant, retrying, failed). */
  outbox: { indexes: [['toUserId', 'at'], ['status', 'at'], ['status', 'nextAttemptAt'], ['at']] },
  /** `grant:<userId>:<templateId>`: one-time grants accepted and not used yet. */
  // ['remaining', 'updatedAt']: the outbox's table of grants left, most first.
  grants: { indexes: [['userId'], ['remaining', 'updatedAt']] },
  /** `subPrefs:<userId>`: the user's standing "always / never" choices. */
  subscriptionPrefs: { indexes: [] },
  /** `fanout:<kind>:<pollId>`: a message to every voter, sent page by page (resumed by the jobs). */
  fanouts: { indexes: [['done', 'createdAt']] },
  /** `groupShare:<opengid>:<kind>:<id>`: an item opened from a group's card, i.e. shared there. */
  groupShares: { indexes: [['opengid', 'lastAt']] },
  /** `groupVisit:<opengid>:<userId>`: the user opened the app from this group (may list 本群). */
  groupVisits: { indexes: [] },
};
