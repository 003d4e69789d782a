import type { CollectionSpecs } from '../../store/port';

// The governance area's collections and the indexes its queries need; spread into
// server/app/collections.ts. Every other read is by `_id`.
export const governanceCollections: CollectionSpecs = {
  /** One document per three-party meeting: agenda, attendance, minutes and decisions together. */
  meetings: { indexes: [['at'], ['status', 'at']] },
  /** `inspection:<quarter>`: one quarterly inspection (and its frozen scorecard) per quarter. */
  inspections: { indexes: [['status', 'quarter']] },
  /** `plan:<year>:<code>`: an item of the year's key work plan. */
  planItems: { indexes: [['year', 'order']] },
  /** `planChange:<itemId>:<version>`: each move of a plan item, with its reason (public). */
  planChanges: { indexes: [['itemId', 'at']] },
  /** `planFollow:<itemId>:<userId>`: a resident following an item, told when it moves. */
  planFollows: { indexes: [['itemId', '_id']] },
  /** Notices (公告/公示): pinned first, newest first. */
  notices: { indexes: [['pinned', 'publishedAt']] },
  /** `noticeRead:<noticeId>:<userId>`: who has read a notice, counted once per person. */
  noticeReads: { indexes: [] },
};
