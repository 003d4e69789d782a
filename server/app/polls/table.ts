// The polls area's part of the action table; spread into server/app/actions.ts.
import { createPoll } from './createPoll';
import { openPoll } from './openPoll';
import { closePoll } from './closePoll';
import { publishResults } from './publishResults';
import { listPolls } from './listPolls';
import { getPoll } from './getPoll';
import { castBallot } from './castBallot';
import { recordPaperBallot } from './recordPaperBallot';
import { recordProxy } from './recordProxy';
import { progress } from './progress';
import { nonVoters } from './nonVoters';
import { canvass } from './canvass';
import { canvassVisit } from './canvassVisit';
import { results } from './results';
import { exportBallots, exportCsv, exportRecount } from './exports';
import { paperRegister } from './paperRegister';
import { startCount } from './startCount';
import { enterCount } from './enterCount';
import { reviewCount } from './reviewCount';
import { closeCount } from './closeCount';

export const pollActions = {
  'polls.create': createPoll,
  'polls.open': openPoll,
  'polls.close': closePoll,
  'polls.publish': publishResults,
  'polls.list': listPolls,
  'polls.get': getPoll,
  'polls.cast': castBallot,
  'polls.paper.record': recordPaperBallot,
  'polls.proxy.record': recordProxy,
  'polls.progress': progress,
  'polls.nonVoters': nonVoters,
  'polls.canvass': canvass,
  'polls.canvass.visit': canvassVisit,
  'polls.results': results,
  'polls.export': exportBallots,
  'polls.exportCsv': exportCsv,
  'polls.exportRecount': exportRecount,
  'polls.paper.register': paperRegister,
  'polls.count.start': startCount,
  'polls.count.enter': enterCount,
  'polls.count.review': reviewCount,
  'polls.count.close': closeCount,
} as const;
