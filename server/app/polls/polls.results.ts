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
import { settle } from './helpers/tally';
import { isCountReader, pollView } from './helpers/views';
import { publicCertificate } from './helpers/certificateView';
import { allowed } from '../../../src/domain/permissions';
import { pollFields, pollRefusals, pollSummaries } from '../../../src/copy/polls';

export const results = defineAction({
  name: 'polls.results',
  summary: pollSummaries['polls.results'],
  input: z.object({ pollId: id(pollFields.poll) }).strict(),
  roles: allowed('polls.results'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const loaded = await loadPoll(ctx, input.pollId);
    if (loaded.status === 'draft' && !caller.roles.includes('committee')) throw notFound(pollFields.poll);
    const poll = await settle(ctx, loaded);
    assertClosed(poll);
    if (poll.status !== 'published' && !isCountReader(caller)) throw conflict(pollRefusals.notPublishedYet, { status: poll.status });
    return { poll: pollView(poll), result: poll.result, certificate: await publicCertificate(ctx, poll) };
  },
});
