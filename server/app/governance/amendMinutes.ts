// meetings.minutes: a present attendee writes or amends the minutes until they are approved.
// `version` is the version the writer started from: an amendment over someone else's newer
// text is refused (409 with the current text), never silently overwritten.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id, text } from '../../../src/domain/fields';
import { MINUTES_MAX } from '../../../src/domain/governance';
import { conflict, forbidden } from '../errors';
import { eventDoc } from '../events';
import type { MeetingDoc } from './model';
import { isPresent, loadMeeting } from './getMeeting';
import { requireClean } from '../../content/requireClean';
import { allowed } from '../../../src/domain/permissions';

export const amendMinutes = defineAction({
  name: 'meetings.minutes',
  summary: '写或修改会议纪要(出席人,纪要通过前);别人先改了会提示',
  input: z
    .object({
      meetingId: id('会议'),
      text: text('会议纪要', { max: MINUTES_MAX }),
      version: z.number({ error: '纪要版本格式不对' }).int('纪要版本格式不对').min(0, '纪要版本格式不对'),
    })
    .strict(),
  roles: allowed('meetings.minutes'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const meeting = await loadMeeting(ctx, input.meetingId);
    if (meeting.status === 'published') throw conflict('纪要已经通过公布,不能再改', { status: meeting.status });
    if (meeting.status !== 'held') throw conflict('请先登记出席,再写纪要', { status: meeting.status });
    if (!isPresent(meeting, caller)) throw forbidden('只有出席会议的人可以修改纪要');
    await requireClean(ctx, caller, [['text', input.text]]);
    const minutes = { text: input.text, version: input.version + 1, updatedAt: ctx.clock.now().toISOString(), updatedBy: caller.name };
    const updated = await ctx.store.updateIf<MeetingDoc>('meetings', meeting._id, { status: 'held', 'minutes.version': input.version }, { minutes });
    if (!updated) {
      const current = await loadMeeting(ctx, meeting._id);
      throw conflict(`${current.minutes.updatedBy ?? '别人'}刚刚改过纪要,请在最新的版本上修改`, { version: current.minutes.version, text: current.minutes.text });
    }
    await ctx.store.insert('events', eventDoc(ctx, 'meeting.minutes', meeting._id, { version: minutes.version, text: input.text }));
    return { minutes };
  },
});
