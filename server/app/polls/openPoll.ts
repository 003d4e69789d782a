// polls.open: the committee opens a draft. The roster (units, areas, holders) is frozen into the
// poll's own documents first, and only then does the poll accept ballots, so every denominator
// and every "who may vote for this unit" comes from the roster as it was at this moment; a sale
// during the poll changes nothing. Refuses a poll that is not a draft (409) and an empty roster.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { conflict } from '../errors';
import { recordEvent } from '../events';
import { loadPoll, badState, type PollDoc } from './model';
import { freezeRoster } from './roster';
import { registerVoters } from './voterRegistry';
import { announcePoll } from '../notify/pollNotices';

/** An opening that stopped half-way (a crashed function) may be taken over after this long. */
const STALE_OPENING_MS = 2 * 60_000;

export const openPoll = defineAction({
  name: 'polls.open',
  summary: '开始投票:先冻结名册(房屋、面积、业主),此后的过户不改变本次表决;只能开启草稿',
  input: z.object({ pollId: id('表决') }).strict(),
  roles: ['committee'],
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const now = ctx.clock.now();
    const poll = await loadPoll(ctx, input.pollId);
    const stale = poll.status === 'opening' && now.getTime() - Date.parse(poll.openingAt ?? '') > STALE_OPENING_MS;
    if (poll.status !== 'draft' && !stale) throw badState(poll, poll.status === 'opening' ? '正在开启,请稍候' : '这项表决已经开始过了');
    if (poll.closesAt && Date.parse(poll.closesAt) <= now.getTime()) throw conflict('截止时间已过,请重新起草', { status: poll.status });

    // Claim the opening: of two committee members pressing at once, one freezes the roster.
    const openId = `${now.getTime().toString(36)}${randomBytes(4).toString('hex')}`;
    const expect = poll.status === 'draft' ? { status: 'draft' } : { status: 'opening', openingId: poll.openingId };
    if (!(await ctx.store.updateIf<PollDoc>('polls', poll._id, expect, { status: 'opening', openingId: openId, openingAt: now.toISOString() }))) {
      throw conflict('这项表决刚被别人开启了', { status: 'opening' });
    }
    const { summary: roster, holders } = await freezeRoster(ctx, poll._id, openId);
    if (roster.units === 0) {
      await ctx.store.updateIf('polls', poll._id, { openingId: openId }, { status: 'draft' });
      throw conflict('名册里还没有房屋,请先导入业主名册');
    }
    // Who may cast which ballot, one document per verified owner (the fast path of casting).
    await registerVoters(ctx, poll, openId, holders);
    const opened = await ctx.store.updateIf<PollDoc>('polls', poll._id, { status: 'opening', openingId: openId }, { status: 'open', openedAt: now.toISOString(), roster });
    if (!opened) throw conflict('这项表决刚被别人开启了', { status: 'opening' });
    await recordEvent(ctx, 'poll.opened', poll._id, { by: caller.userId, units: roster.units, holders: roster.holders, areaCenti: roster.areaCenti, openId });
    await announcePoll(ctx, opened, 'poll.opened');
    return { poll: { id: poll._id, status: opened.status, roster: { units: roster.units, holders: roster.holders, areaCenti: roster.areaCenti } } };
  },
});
