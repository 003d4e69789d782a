// The polls area's part of the action table; spread into server/app/actions.ts.
import { createPoll } from './polls.create';
import { openPoll } from './polls.open';
import { closePoll } from './polls.close';
import { moveClosingTime } from './polls.moveClosingTime';
import { publishResults } from './polls.publish';
import { listPolls } from './polls.list';
import { getPoll } from './polls.get';
import { castBallot } from './polls.cast';
import { recordProxy } from './polls.proxy.record';
import { progress } from './polls.progress';
import { nonVoters } from './polls.nonVoters';
import { canvass } from './polls.canvass';
import { canvassVisit } from './polls.canvass.visit';
import { canvassExport } from './polls.canvassExport';
import { results } from './polls.results';
import { exportBallots } from './polls.export';
import { exportCsv } from './polls.exportCsv';
import { exportRecount } from './polls.exportRecount';
import { paperRegister } from './polls.paper.register';
import { startCount } from './polls.count.start';
import { enterCount } from './polls.count.enter';
import { reviewCount } from './polls.count.review';
import { closeCount } from './polls.count.close';
import { joinCount } from './polls.count.join';
import { publicRecord } from './polls.publicRecord';
import { myBallots } from './polls.myBallots';
import { signCount } from './polls.count.sign';

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
