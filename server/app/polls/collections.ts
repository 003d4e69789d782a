import type { CollectionSpecs } from '../../store/port';

// The polls area's collections and the indexes its queries need; spread into
// server/app/collections.ts. Every other read is by deterministic `_id`.
export const pollCollections: CollectionSpecs = {
  /** One document per poll; written only on create/open/close/publish, never per ballot. */
  polls: { indexes: [['status', 'createdAt'], ['createdAt'], ['status', 'closesAt']] },
  /** `pollRoster:<pollId>:<n>`: the roster frozen at opening, ≤ 500 units per document. */
  pollRosters: { indexes: [['pollId', 'openId', 'n']] },
  /** `pollHolder:<pollId>:<holderId>`: one holder's frozen units, read when that holder votes. */
  pollHolders: { indexes: [['pollId', '_id']] },
  /** `pollVoter:<pollId>:<userId>`: a verified owner's frozen seats; read (by `_id`) when they vote. */
  pollVoters: { indexes: [] },
  /**
   * `ballot:<pollId>:<holderId>` (decisions, elections), `:<unitId>` or `:<userId>` (consultations).
   * Closing seals every empty seat with a `sealed` document under the same `_id`, so a ballot still
   * in flight is refused by the store itself (see seal.ts). 核对我的选票 finds a person's ballots by
   * their holder and by who cast them online (myBallots.ts), newest first.
   */
  ballots: { indexes: [['pollId', '_id'], ['holderId', 'castAt'], ['castBy', 'channel', 'castAt']] },
  /**
   * `pollGate:<pollId>:<n>`: written by every general-path ballot transaction and shut by the
   * close before it counts, so the two conflict under snapshot isolation (closing.ts).
   */
  pollGates: { indexes: [] },
  /** `proxy:<pollId>:<holderId>`: a written authorisation (委托书) the committee recorded. */
  pollProxies: { indexes: [['pollId', 'holderId'], ['pollId', 'proxyUserId']] },
  /** `canvassVisit:<pollId>:<unitId>`: a volunteer knocked on this door (the canvassing list's tick). */
  canvassVisits: { indexes: [['pollId', '_id']] },
  /** `countSession:<pollId>:<round>`: one count of the paper ballots by two counters. */
  countSessions: { indexes: [['pollId', 'round']] },
  /** `countEntry:<sessionId>:<counter>:<serial>`: what one counter read on one paper ballot. */
  countEntries: { indexes: [['sessionId', '_id']] },
};
