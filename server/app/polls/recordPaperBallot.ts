// polls.paper.record: the committee enters a returned paper ballot for a unit. It is the same
// ballot as an online one (`ballot:<pollId>:<holder>`), so a unit that voted online, or whose
// owner's other unit already returned paper, gets 409: a unit votes once, online or on paper.
// Refuses a unit that was not in the roster when the poll opened.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id, optionalText } from '../../../src/domain/fields';
import { conflict, invalid } from '../errors';
import { writeBallot } from './ballots';
import { ballotId, isCounted } from './model';
import { frozenHolderOfUnit } from './roster';
import { checkedChoice, refuseOtherFields } from './voters';

export const recordPaperBallot = defineAction({
  name: 'polls.paper.record',
  summary: '录入一张收回的纸质选票(每户一票,已在线投票的房屋得 409)',
  input: z
    .object({
      pollId: id('表决'),
      unitId: id('房屋'),
      serial: optionalText('选票编号', 40),
      choice: z.enum(['yes', 'no', 'abstain'], { error: '请选择同意、反对或弃权' }).optional(),
      choices: z.array(id('候选人'), { error: '候选人格式不对' }).max(40, '候选人太多').optional(),
      option: id('选项').optional(),
    })
    .strict(),
  roles: ['committee'],
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const { ballot } = await writeBallot(
      ctx,
      caller,
      input.pollId,
      async (poll) => {
        refuseOtherFields(poll, input);
        const choice = checkedChoice(poll, input);
        if (poll.kind === 'consultation') throw conflict('征询不收纸质选票');
        if (!isCounted(poll)) throw conflict('投票还没有开始');
        const holder = await frozenHolderOfUnit(ctx, poll, input.unitId);
        if (!holder) throw invalid('unitId', '这套房屋不在本次表决开始时的名册上');
        const seat = { ballotId: ballotId(poll._id, holder.holderId), key: holder.holderId, holderId: holder.holderId, units: holder.units, areaCenti: holder.areaCenti };
        return { seat, choice };
      },
      { channel: 'paper', paper: { serial: input.serial ?? null } },
    );
    return { ballot: { id: ballot._id, castAt: ballot.castAt, units: ballot.units.map((u) => u.label) } };
  },
});
