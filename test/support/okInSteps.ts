// The harnesses' `ok`: polls.open goes in steps on a big roster (server/app/polls/helpers/opening.ts), so
// like the screen it is pressed again with the same operation id until the poll is open. Every
// other action is called once.
import { pressInSteps, stillOpening } from '../../src/domain/inSteps';

export async function okInSteps(once: (input: unknown) => Promise<unknown>, action: string, input: unknown): Promise<unknown> {
  if (action !== 'polls.open') return once(input);
  const given = input as { opId?: string };
  const last = await pressInSteps((opId) => once({ ...given, opId }), given.opId ?? 'test-open-press', { pending: stillOpening });
  if (!last) throw new Error('polls.open still opening after 50 presses');
  return last;
}
