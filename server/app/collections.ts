import type { CollectionSpecs } from '../store/port';
import { pollCollections } from './polls/collections';
import { governanceCollections } from './governance/collections';
import { notifyCollections } from './notify/collections';
import { volunteerCollections } from './volunteers/collections';
import { photoCollections } from '../files/review';
import { heldCollections } from '../content/held';
import { isCompoundCollection } from '../store/scoped';

// Every collection and the indexes its queries need. CloudBase indexes are created from the
// same list (docs/deploy.md), so a query that is fast locally is fast in the cloud.
const declared: CollectionSpecs = {
  // The deployment's own (server/app/tenancy/model.ts): not scoped by compound.
  compounds: { indexes: [['communityId', 'name'], ['propertyCompanyId', 'name'], ['city', 'district', 'name'], ['name']] },
  orgs: { indexes: [['kind', 'name'], ['streetId']] },
  enrolments: { indexes: [['userId', 'at']] },
  accounts: { indexes: [['orgIds']] },
  /** Progress of the in-place upgrade to compounds (server/app/tenancy/helpers/migrate.ts), one document per collection. */
  migrations: { indexes: [] },
  /** `cursors/jobs`: where the timer's walk over the compounds stopped (jobs/compoundWalk.ts). */
  cursors: { indexes: [] },
  meta: { indexes: [] },
  /** `settings/compound`: the compound's own places, SLA, care team and message texts (tenancy/settings.ts). */
  settings: { indexes: [] },
  /** `meta/roster` is the roster pointer: which staged version is live, and the import under way (people/rosterVersion.ts). */
  buildings: { indexes: [['order'], ['rosterVersion'], ['stagedVersion']] },
  /** `rosterVersion`: the import that staged the unit; it shows once that version is live. */
  units: { indexes: [['buildingId', 'order'], ['holderId'], ['rosterVersion']] },
  holders: { indexes: [['phone']] },
  /** `rosterImport:<opId>`: one roster import job, its phase and progress, so a cut call or the jobs go on with it (people/rosterStaging.ts). */
  rosterImports: { indexes: [['status']] },
  users: { indexes: [['name'], ['createdAt'], ['phoneTail', 'createdAt']] },
  claims: { indexes: [['status', 'at'], ['userId', 'at'], ['unitId']] },
  memberships: { indexes: [['userId'], ['unitId'], ['holderId']] },
  teams: { indexes: [['order']] },
  events: { indexes: [['subject', 'at'], ['actorId', 'at'], ['type', 'at']] },
  outbox: { indexes: [['toUserId', 'at'], ['status', 'at']] },
  issues: {
    indexes: [
      ['visibility', 'createdAt'],
      ['visibility', 'seconds', 'createdAt'],
      ['visibility', 'priorityKey'],
      ['visibility', 'status', 'createdAt'],
      ['visibility', 'category', 'createdAt'],
      ['visibility', 'buildingId', 'createdAt'],
      ['createdAt'],
      ['reporterId', 'createdAt'],
      ['createdBy', 'createdAt'],
      ['status', 'createdAt'],
      ['status', 'doneAt'],
      ['status', 'closedAt'],
      ['category', 'placeKey', 'createdAt'],
    ],
  },
  seconds: { indexes: [['issueId']] },
  comments: { indexes: [['issueId', 'at']] },
  tasks: { indexes: [['issueId'], ['status', 'dueAt'], ['assigneeId', 'status', 'dueAt'], ['recurrenceId', 'dueAt']] },
  recurrences: { indexes: [['active']] },
  meters: { indexes: [['route', 'order']] },
  readings: { indexes: [['meterId', 'period']] },
  ...pollCollections,
  ...governanceCollections,
  ...notifyCollections,
  ...volunteerCollections,
  ...photoCollections,
  ...heldCollections,
};

/**
 * Every index of a compound's collection leads with `compoundId`: every query of a use-case
 * carries it (server/store/scoped.ts), so one compound's feed costs the same among 1,000.
 */
export const collections: CollectionSpecs = Object.fromEntries(
  Object.entries(declared).map(([name, spec]) => [name, isCompoundCollection(name) ? { indexes: [['compoundId'], ...spec.indexes.map((fields) => ['compoundId', ...fields])] } : spec]),
);
