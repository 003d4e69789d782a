// A long job the server does in several calls (a poll's opening or closing, server/app/polls/helpers/steps.ts):
// the caller presses again with the same operation id while the answer says it is still under way,
// showing each answer's progress, up to a bound against a job that never ends. The screen, the
// demo seed, the tests and the bench all press through this one loop.

export interface InStepsOptions<T> {
  /** Whether this answer says the job is still under way. */
  pending(answer: T): boolean;
  /** Each pending answer, for the progress on screen. */
  onProgress?(answer: T): void;
  /** Presses at most (default 50). */
  maxSteps?: number;
  /** Between two presses (default none), so a screen's progress can be read. */
  pauseMs?: number;
}

/** Presses until done; the last answer, or null when still under way after maxSteps. */
export async function pressInSteps<T>(press: (opId: string) => Promise<T>, opId: string, options: InStepsOptions<T>): Promise<T | null> {
  const { maxSteps = 50, pauseMs = 0 } = options;
  for (let step = 0; step < maxSteps; step++) {
    const answer = await press(opId);
    if (!options.pending(answer)) return answer;
    options.onProgress?.(answer);
    if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return null;
}

/** polls.open's answer while registering is still under way. */
export const stillOpening = (answer: { poll: { status: string } }) => answer.poll.status === 'opening';
