// polls.create: the committee drafts a consultation (any question, 2–10 options, one answer per
// unit or per resident), an art. 278 decision (item 1–9) or a committee election (5–11 seats, an
// odd number; candidates with a short statement). Refuses a closing time in the past and
// candidates or options named twice. Nobody votes on a draft.
import { createPollInput } from '../../../src/domain/schemas/polls';
import { defineAction, callerOf } from '../action';
import type { Law278Item } from '../../../src/domain/law278';
import { invalid } from '../errors';
import { eventDoc } from '../events';
import type { PollDoc } from './model';
import { requireClean } from '../../content/requireClean';
import { allowed } from '../../../src/domain/permissions';
import { newId } from '../../../src/domain/ids';
import { pollRefusals, pollSummaries } from '../../../src/copy/polls';

export const createPoll = defineAction({
  name: 'polls.create',
  summary: pollSummaries['polls.create'],
  input: createPollInput,
  roles: allowed('polls.create'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const now = ctx.clock.now();
    // What every owner will read: the title, the description, each option, each candidate's statement.
    await requireClean(ctx, caller, [
      ['title', input.title],
      ['description', input.description],
      ...(input.kind === 'consultation' ? input.options.map((o, i): [string, string] => [`options.${i}`, o]) : []),
      ...(input.kind === 'election' ? input.candidates.map((c, i): [string, string] => [`candidates.${i}.statement`, `${c.name}\n${c.statement}`]) : []),
    ]);
    if (input.closesAt && Date.parse(input.closesAt) <= now.getTime()) throw invalid('closesAt', pollRefusals.closingInPast);
    const poll: PollDoc = {
      _id: newId('poll', now, { randomLength: 8 }),
      kind: input.kind,
      title: input.title,
      description: input.description ?? '',
      allowChange: input.allowChange ?? false,
      closesAt: input.closesAt ? new Date(input.closesAt).toISOString() : null,
      status: 'draft',
      createdBy: caller.userId,
      createdAt: now.toISOString(),
    };
    if (input.kind === 'consultation') {
      const dup = input.options.findIndex((o, i) => input.options.indexOf(o) !== i);
      if (dup >= 0) throw invalid(`options.${dup}`, pollRefusals.duplicateOption(input.options[dup]));
      Object.assign(poll, { options: input.options.map((label, i) => ({ id: `o${i + 1}`, label })), per: input.per });
    } else if (input.kind === 'decision') {
      poll.item = input.item as Law278Item;
    } else {
      const names = input.candidates.map((c) => c.name);
      const dup = names.findIndex((n, i) => names.indexOf(n) !== i);
      // Names are what the count and the recount file show: two people of one name need a distinguishing mark.
      if (dup >= 0) throw invalid(`candidates.${dup}.name`, pollRefusals.duplicateCandidate(names[dup]));
      Object.assign(poll, { seats: input.seats, candidates: input.candidates.map((c, i) => ({ id: `c${i + 1}`, ...c })) });
    }
    await ctx.store.transaction(async (tx) => {
      await tx.insert('polls', poll);
      await tx.insert('events', eventDoc(ctx, 'poll.created', poll._id, { kind: poll.kind, title: poll.title }));
    });
    return { poll: { id: poll._id, kind: poll.kind, status: poll.status } };
  },
});
