// Who may do what in 表决:发起、投票、计票、公示. The action table's guard (server/app/dispatch.ts) reads this table;
// the predicates below are the rules inside an action and the screens' "may I" flags, so each
// rule is written once. Roles are those the caller holds in the current compound.
import { type ActionRoles, has, type Who, EVERYONE } from './who';

export const pollActions = {
  'polls.create': ['committee'],
  'polls.open': ['committee'],
  'polls.close': ['committee'],
  'polls.moveClosingTime': ['committee'],
  'polls.publish': ['committee'],
  'polls.list': EVERYONE,
  'polls.get': EVERYONE,
  'polls.cast': EVERYONE,
  'polls.proxy.record': ['committee'],
  'polls.progress': EVERYONE,
  'polls.nonVoters': ['committee'],
  'polls.canvass': ['committee'],
  'polls.canvass.visit': ['committee'],
  'polls.results': EVERYONE,
  'polls.export': ['committee', 'community', 'admin'],
  'polls.exportCsv': ['committee', 'community', 'admin'],
  'polls.exportRecount': ['committee', 'community', 'admin'],
  'polls.publicRecord': EVERYONE,
  'polls.myBallots': EVERYONE,
  'polls.paper.register': ['committee'],
  'polls.count.start': ['committee'],
  'polls.count.enter': ['committee'],
  'polls.count.review': ['committee', 'community', 'admin', 'owner'],
  'polls.count.join': ['committee', 'community', 'owner'],
  'polls.count.sign': ['committee', 'community', 'owner'],
  'polls.count.close': ['committee'],
  'polls.canvassExport': ['committee'],
} satisfies ActionRoles;

/** Who reads the whole count and exports it: the committee, the community, the admin. */
export const isCountReader = (who: Who) => has(who, 'committee', 'community', 'admin');

/** A draft poll exists only for the committee. */
export const maySeeDraftPoll = (who: Who) => has(who, 'committee');

/** Only verified owners vote on decisions and elections (consultations also ask residents). */
export const mayVoteAsOwner = (who: Who) => has(who, 'owner');

/** Owners check their own ballots (核对我的选票). */
export const mayCheckOwnBallots = (who: Who) => has(who, 'owner');
