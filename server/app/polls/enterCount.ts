// polls.count.enter: one counter enters one paper ballot of a count round: its serial and the
// choice read, or that it is spoilt (废票) and why. Which counter is the caller's slot in the
// round (polls.count.join), never a field of the request: a committee member who holds no slot is
// refused. A counter may correct their own entry (the audit log keeps both); they never see the
// other counter's. Refuses an unknown serial.
import { z } from 'zod';
import { defineAction } from '../action';
import { id, optionalText } from '../../../src/domain/fields';
import { conflict, forbidden, invalid } from '../errors';
import { callerOf } from '../action';
import { eventDoc } from '../events';
import { isCounted, loadPoll } from './model';
import { entryIdOf, loadSession, positionOf, slotOf, type CountEntryDoc } from './paperCount';
import { checkedChoice, refuseOtherFields } from './voters';
import { allowed } from '../../../src/domain/permissions';

export const enterCount = defineAction({
  name: 'polls.count.enter',
  summary: '计票人录入一张纸质选票:编号和意见,或废票及原因',
  input: z
    .object({
      sessionId: id('计票场次'),
      serial: z.string({ error: '请填写选票编号' }).trim().min(1, '请填写选票编号').max(20, '选票编号格式不对'),
      choice: z.enum(['yes', 'no', 'abstain'], { error: '请选择同意、反对或弃权' }).optional(),
      choices: z.array(id('候选人'), { error: '候选人格式不对' }).max(40, '候选人太多').optional(),
      invalid: optionalText('废票原因', 100),
    })
    .strict(),
  roles: allowed('polls.count.enter'),
  async run(ctx, input) {
    const session = await loadSession(ctx, input.sessionId);
    const counter = slotOf(session, callerOf(ctx).userId);
    if (!counter) throw forbidden('你不是这一轮的计票人,请先以计票人身份加入');
    const poll = await loadPoll(ctx, session.pollId);
    if (!isCounted(poll)) throw conflict('投票还没有开始');
    if (poll.paperCount) throw conflict('纸质计票已经结束了,不能再录入');
    positionOf(poll, input.serial);
    const entry: CountEntryDoc = { _id: entryIdOf(session._id, counter, input.serial), sessionId: session._id, counter, serial: input.serial, at: ctx.clock.now().toISOString() };
    if (input.invalid !== undefined) {
      if (!input.invalid) throw invalid('invalid', '请写明废票原因');
      if (input.choice !== undefined || input.choices !== undefined) throw invalid('invalid', '废票不填意见');
      entry.invalid = input.invalid;
    } else {
      refuseOtherFields(poll, input);
      Object.assign(entry, checkedChoice(poll, input));
    }
    await ctx.store.transaction(async (tx) => {
      const before = await tx.get<CountEntryDoc>('countEntries', entry._id);
      await tx.set('countEntries', entry);
      await tx.insert('events', eventDoc(ctx, before ? 'count.corrected' : 'count.entered', session._id, { counter: entry.counter, serial: entry.serial, ...(before ? { before: { choice: before.choice, choices: before.choices, invalid: before.invalid } } : {}) }));
    });
    return { entry: { serial: entry.serial, counter: entry.counter } };
  },
});
