// A poll whose ballots may be exported: settled, closed and counted over a frozen roster (the
// three polls.export* actions).
import { conflict } from '../../errors';
import { assertClosed, isCounted, loadPoll, type PollDoc, type RosterSummary } from '../model';
import { settle } from './tally';
import { pollRefusals } from '../../../../src/copy/polls';

export async function closedPoll(ctx: Parameters<typeof settle>[0], pollId: string): Promise<PollDoc & { roster: RosterSummary }> {
  const poll = await settle(ctx, await loadPoll(ctx, pollId));
  assertClosed(poll);
  if (!isCounted(poll)) throw conflict(pollRefusals.noRoster);
  return poll;
}
