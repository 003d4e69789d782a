// Opening and closing a big compound's poll each take several calls (server/app/polls/helpers/opening.ts,
// closing.ts): both are pressed through one loop (src/domain/inSteps.ts) with one operation id,
// and each answer still under way becomes the progress line the committee reads.
import { pressInSteps } from '../../../domain/inSteps';
import { call } from '../../../services/api';
import { newOpId } from '../../../services/offlineQueue';
import { detailText as t } from '../../../copy/polls';

/** A job answers "still under way" per call until done; a bound against one that never ends. */
const MAX_STEPS = 50;
/** Between two presses, so the progress can be read (each press itself works for seconds). */
const STEP_PAUSE_MS = 600;

/** Opens the poll, pressing until open; false when still opening after MAX_STEPS. */
export async function openInSteps(pollId: string, onProgress: (text: string) => void): Promise<boolean> {
  const last = await pressInSteps((opId) => call('polls.open', { pollId, opId }), newOpId(), {
    pending: ({ poll }) => poll.status === 'opening',
    onProgress: ({ poll }) => onProgress('opening' in poll && poll.opening ? t.openingProgress(poll.opening.holdersDone, poll.opening.holdersTotal) : t.opening),
    maxSteps: MAX_STEPS,
    pauseMs: STEP_PAUSE_MS,
  });
  return last !== null;
}

/** Closes the poll, pressing until closed; false when still closing after MAX_STEPS. */
export async function closeInSteps(pollId: string, onProgress: (text: string) => void): Promise<boolean> {
  const last = await pressInSteps((opId) => call('polls.close', { pollId, opId }), newOpId(), {
    pending: ({ poll }) => poll.status === 'closing',
    onProgress: ({ poll }) => onProgress('closing' in poll && poll.closing ? t.closingProgress(poll.closing.seatsDone, poll.closing.seatsTotal) : t.closingNow),
    maxSteps: MAX_STEPS,
    pauseMs: STEP_PAUSE_MS,
  });
  return last !== null;
}
