// The polls area's part of the action table; spread into server/app/actions.ts.
import { createPoll } from './createPoll';
import { openPoll } from './openPoll';
import { closePoll } from './closePoll';
import { moveClosingTime } from './moveClosingTime';
import { publishResults } from './publishResults';
import { listPolls } from './listPolls';
import { getPoll } from './getPoll';
import { castBallot } from './castBallot';
import { recordProxy } from './recordProxy';
import { progress } from './progress';
import { nonVoters } from './nonVoters';
import { canvass } from './canvass';
import { canvassVisit } from './canvassVisit';
import { canvassExport } from './canvassExport';
import { results } from './results';
import { exportBallots } from './exports';
import { exportCsv } from './exportCsv';
import { exportRecount } from './exportRecount';
import { paperRegister } from './paperRegister';
import { startCount } from './startCount';
import { enterCount } from './enterCount';
import { reviewCount } from './reviewCount';
import { closeCount } from './closeCount';
import { joinCount } from './joinCount';
import { publicRecord } from './publicRecord';
import { myBallots } from './myBallots';
import { signCount } from './signCount';

export const pollActions = {
  'polls.create': createPoll,
  'polls.open': openPoll,
  'polls.close': closePoll,
  'polls.moveClosingTime': moveClosingTime,
  'polls.publish': publishResults,
  'polls.list': listPolls,
  'polls.get': getPoll,
  'polls.cast': castBallot,
  'polls.proxy.record': recordProxy,
  'polls.progress': progress,
  'polls.nonVoters': nonVoters,
  'polls.canvass': canvass,
  'polls.canvass.visit': canvassVisit,
  'polls.canvassExport': canvassExport,
  'polls.results': results,
  'polls.export': exportBallots,
  'polls.exportCsv': exportCsv,
  'polls.exportRecount': exportRecount,
  'polls.publicRecord': publicRecord,
  'polls.myBallots': myBallots,
  'polls.paper.register': paperRegister,
  'polls.count.start': startCount,
  'polls.count.enter': enterCount,
  'polls.count.review': reviewCount,
  'polls.count.join': joinCount,
  'polls.count.sign': signCount,
  'polls.count.close': closeCount,
} as const;
