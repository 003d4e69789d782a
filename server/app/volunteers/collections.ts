import type { CollectionSpecs } from '../../store/port';

// The volunteers area's collections and the indexes its queries need; spread into
// server/app/collections.ts. Teams themselves live in the foundation's `teams` collection.
export const volunteerCollections: CollectionSpecs = {
  /** `tm:<teamId>:<userId>`: a join request, then a membership (one per person and team). */
  teamMembers: { indexes: [['teamId', 'status', 'at'], ['userId', 'status']] },
  /** One shift; a weekly series creates `act:<seriesId>:<start>` ahead of time. */
  activities: { indexes: [['startAt'], ['teamId', 'startAt'], ['seriesId', 'startAt']] },
  /** A weekly activity ("every Saturday 08:00"), expanded by the job loop. */
  activitySeries: { indexes: [['active']] },
  /** `signup:<activityId>:<userId>`: one per person and shift, ordered by its arrival key. */
  signups: { indexes: [['activityId', 'status', 'arrival'], ['userId', 'startAt']] },
  /** `seat:<activityId>:<n>`, n in 1..capacity: a confirmed place exists only as one of these. */
  seats: { indexes: [['activityId', 'n']] },
  /** `hours:<activityId>:<userId>`: credited from a confirmed attendance, never edited. */
  serviceHours: { indexes: [['userId', 'startAt'], ['teamId', 'month']] },
  hoursCerts: { indexes: [['userId', 'at']] },
  /** `vt:<userId>`: running total and the leaderboard opt-in. */
  volunteerTotals: { indexes: [['optIn', 'minutes']] },
  /** `tmon:<teamId>:<month>`: a team's hours in one month. */
  teamMonths: { indexes: [['month']] },
  /** A vulnerable resident's record (sensitive personal information); read only through care access. */
  carePairs: { indexes: [['createdAt']] },
  /** `cl:<careId>:<userId>`: a volunteer paired with a care record. */
  careLinks: { indexes: [['userId'], ['careId']] },
  /** One visit logged by a paired volunteer. */
  careVisits: { indexes: [['careId', 'date']] },
};
