// polls.results: a closed poll's result with the law's arithmetic as exact fractions (quorum and
// approval by area and by heads; for elections each candidate's shares, rank, any tie left for
// the published tie rule). Before publication only the committee, the community and admins may
// read it; afterwards every signed-in resident. With it, the paper count's certificate (计票证明):
// who counted and watched, the rounds, discrepancies and voids, the signed sheet's photo.
// Refuses a poll still running (409).
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { conflict, notFound } from '../errors';
import { assertClosed, loadPoll } from './model';
import { settle } from './tally';
import { isCountReader, pollView } from './views';
import { publicCertificate } from './certificateView';
import { allowed } from '../../../src/domain/permissions';

export const results = defineAction({
  name: 'polls.results',
  summary: '表决结果及法定计算过程(分数);公示前只有业委会、社区和管理员可看,投票结束前谁都不能看',
  input: z.object({ pollId: id('表决') }).strict(),
  roles: allowed('polls.results'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const loaded = await loadPoll(ctx, input.pollId);
    if (loaded.status === 'draft' && !caller.roles.includes('committee')) throw notFound('表决');
    const poll = await settle(ctx, loaded);
    assertClosed(poll);
    if (poll.status !== 'published' && !isCountReader(caller)) throw conflict('结果还没有公示', { status: poll.status });
    return { poll: pollView(poll), result: poll.result, certificate: await publicCertificate(ctx, poll) };
  },
});
