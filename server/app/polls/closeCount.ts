// polls.count.close: ends the paper count once the last two rounds agree with each other and
// within themselves, recording the counters, the scrutineers (监票), the photo of the signed tally
// sheet and the time. Each owner's paper ballot then becomes their ballot; one whose owner voted
// online, or whose owner's units read differently, is set aside as spoilt with the reason.
// Refuses a count without two agreeing rounds (409, with what differs) and a second close.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id, text } from '../../../src/domain/fields';
import { AppError, conflict, invalid } from '../errors';
import { recordEvent } from '../events';
import { writeBallot } from './ballots';
import { assertAcceptsBallots, ballotId, isCounted, loadPoll, type BallotDoc, type PollDoc } from './model';
import { review, type CountSessionDoc } from './paperCount';
import { snapshotUnits } from './roster';
import { frozenHolder, type ChoiceInput } from './voters';

const STALE_CLOSING_MS = 2 * 60_000;

const names = (label: string) => z.array(text(label, { max: 20 }), { error: `请填写${label}` }).min(1, `请填写${label}`).max(10, `${label}最多 10 人`);

export const closeCount = defineAction({
  name: 'polls.count.close',
  summary: '结束纸质计票:须最后两轮计票一致;登记计票人、监票人、签字计票单照片和时间,纸质票计入结果',
  input: z
    .object({
      pollId: id('表决'),
      counters: names('计票人'),
      scrutineers: names('监票人'),
      photoFileId: z.string({ error: '请拍下签字的计票单' }).min(1, '请拍下签字的计票单').max(300, '计票单照片格式不对'),
    })
    .strict(),
  roles: ['committee'],
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const now = ctx.clock.now();
    const poll = await loadPoll(ctx, input.pollId);
    if (!isCounted(poll) || poll.kind === 'consultation') throw conflict('这项投票没有纸质计票', { status: poll.status });
    assertAcceptsBallots(poll, now);
    // A close that stopped half-way (a crashed function) may be finished by a later one.
    const pending = poll.paperCount as { state?: string; at?: string } | undefined;
    const resumable = pending?.state === 'closing' && now.getTime() - Date.parse(pending.at ?? '') > STALE_CLOSING_MS;
    if (pending && !resumable) throw conflict('纸质计票已经结束了');
    if (!ctx.files.owns(input.photoFileId)) throw invalid('photoFileId', '计票单照片不是本系统上传的,请重新拍照上传');

    const rounds = await ctx.store.find<CountSessionDoc>('countSessions', { where: { pollId: poll._id }, orderBy: [['round', 'desc']], limit: 2 });
    if (rounds.length < 2) throw conflict('需要两轮一致的计票才能结束', { rounds: rounds.length });
    const [last, before] = await Promise.all(rounds.map((s) => review(ctx, poll, s)));
    const same = last.returned === before.returned && JSON.stringify([...last.readings]) === JSON.stringify([...before.readings]);
    if (!last.agrees || !before.agrees || !same) {
      throw conflict('最后两轮计票不一致,请再计一轮', {
        rounds: [before, last].map((r) => ({ round: r.session.round, agrees: r.agrees, differences: r.differences.length })),
        roundsDiffer: !same,
      });
    }

    // Claim the close: a second press finds it taken.
    const claimed = await ctx.store.updateIf<PollDoc>('polls', poll._id, { status: 'open', paperCount: pending ?? null }, { paperCount: { state: 'closing', at: now.toISOString() } });
    if (!claimed) throw conflict('纸质计票已经结束了');

    const units = await snapshotUnits(ctx, poll);
    const byHolder = new Map<string, Array<{ serial: string; reading: Record<string, unknown> }>>();
    const spoilt: Array<{ serial: string; reason: string }> = [];
    for (const [serial, reading] of last.readings) {
      if (!reading || 'invalid' in reading) {
        spoilt.push({ serial, reason: String(reading?.invalid ?? '未填') });
        continue;
      }
      const unit = units[Number(serial.slice(1)) - 1];
      const list = byHolder.get(unit.holderId) ?? [];
      list.push({ serial, reading });
      byHolder.set(unit.holderId, list);
    }
    let recorded = 0;
    for (const [holderId, papers] of byHolder) {
      if (new Set(papers.map((p) => JSON.stringify(p.reading))).size > 1) {
        for (const p of papers) spoilt.push({ serial: p.serial, reason: '同一业主的多套房屋意见不一致' });
        continue;
      }
      const serials = papers.map((p) => p.serial).join(',');
      const holder = await frozenHolder(ctx, poll, holderId);
      if (!holder) throw new Error(`holder ${holderId} of the frozen roster has no document`);
      try {
        await writeBallot(
          ctx,
          caller,
          poll._id,
          async () => ({
            seat: { ballotId: ballotId(poll._id, holderId), key: holderId, holderId, units: holder.units, areaCenti: holder.areaCenti },
            choice: papers[0].reading as ChoiceInput,
          }),
          { channel: 'paper', paper: { serial: serials } },
        );
        recorded++;
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'conflict' && (error.details as { status?: string } | undefined)?.status === 'voted')) throw error;
        // Written by the interrupted close this one finishes.
        const existing = await ctx.store.get<BallotDoc>('ballots', ballotId(poll._id, holderId));
        if (existing?.channel === 'paper' && existing.paper?.serial === serials && existing.paper.recordedBy) {
          recorded++;
          continue;
        }
        for (const p of papers) spoilt.push({ serial: p.serial, reason: '该户已经投过票(一户只能投一次)' });
      }
    }
    const paperCount = {
      state: 'closed',
      closedAt: now.toISOString(),
      closedBy: caller.userId,
      counters: input.counters,
      scrutineers: input.scrutineers,
      photoFileId: input.photoFileId,
      rounds: [before.session.id, last.session.id],
      issued: last.issued,
      returned: last.returned,
      notReturned: last.notReturned,
      valid: last.returned - spoilt.length,
      invalid: spoilt.length,
      ballotsRecorded: recorded,
      spoilt: spoilt.sort((a, b) => (a.serial < b.serial ? -1 : 1)),
    };
    await ctx.store.update('polls', poll._id, { paperCount });
    await recordEvent(ctx, 'count.closed', poll._id, { ...paperCount, spoilt: spoilt.length });
    return { paperCount };
  },
});
