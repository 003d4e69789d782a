// The loop both phased jobs on a poll share, opening (opening.ts) and closing (closing.ts): take
// one step, move the poll's progress by compare-and-set, and go on while the poll is still in
// that phase. A step that fails on a store error (CloudBase answers some calls with errors or
// timeouts) is taken again, since every step is idempotent; after a few, the loop answers with
// the progress so far and leaves the rest to the next press or the jobs, rather than fail a job
// that is half-way and safe.
import type { Ctx } from '../../context';
import { StoreError } from '../../../store/port';
import type { ClosingState, OpeningState, PollDoc } from '../model';

/** Store failures a step is taken again after, in one call. */
const STEP_RETRIES = 3;

type Phase = 'opening' | 'closing';
type StateOf<P extends Phase> = P extends 'opening' ? OpeningState : ClosingState;

/** What a step did: the loop is over (`done`, the poll as it now is), or the progress to save. */
export type StepResult<P extends Phase> = { done: PollDoc } | { expect: Record<string, unknown>; next: StateOf<P> };

const isUnavailable = (error: unknown) => error instanceof StoreError && error.code === 'unavailable';

export async function stepsWithRetries<P extends Phase>(ctx: Ctx, pollId: string, phase: P, step: (poll: PollDoc) => Promise<StepResult<P>>): Promise<PollDoc> {
  const load = async () => (await ctx.store.get<PollDoc>('polls', pollId))!;
  let poll = await load();
  let failures = 0;
  while (poll.status === phase) {
    try {
      const result = await step(poll);
      if ('done' in result) return result.done;
      const moved = await ctx.store.updateIf<PollDoc>('polls', pollId, { status: phase, ...result.expect }, { [phase]: result.next });
      poll = moved ?? (await load());
    } catch (error) {
      if (!isUnavailable(error)) throw error;
      if (++failures > STEP_RETRIES) return poll;
      poll = await load();
    }
  }
  return poll;
}
