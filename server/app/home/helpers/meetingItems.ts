// Home: the three-party meetings the caller is invited to that have not been held yet, and the
// minutes waiting for the caller's approval (the convener, or the community, present at the meeting).
import type { Caller, Ctx } from '../../context';
import type { MeetingDoc } from '../../governance/model';
import { isPresent } from '../../governance/meetings.get';
import type { AttentionItem } from './item';
import { PAGES, pageLink } from '../../../../src/routes';
import { governanceServerText } from '../../../../src/copy/governance';

const TABLE_ROLES = ['community', 'committee', 'manager'];
const meetingPage = (id: string) => pageLink(PAGES.meeting, { id });

export async function meetingItems(ctx: Ctx, caller: Caller): Promise<AttentionItem[]> {
  if (!caller.roles.some((r) => TABLE_ROLES.includes(r))) return [];
  const now = ctx.clock.now().toISOString();
  const [coming, held] = await Promise.all([
    ctx.store.find<MeetingDoc>('meetings', { where: { status: 'scheduled', at: { $gte: now } }, orderBy: [['at', 'asc']], limit: 20 }),
    ctx.store.find<MeetingDoc>('meetings', { where: { status: 'held' }, orderBy: [['at', 'desc']], limit: 20 }),
  ]);
  const items: AttentionItem[] = [];
  for (const m of coming) {
    if (!m.attendees.some((a) => a.userId === caller.userId)) continue;
    items.push({ id: `meeting:${m._id}`, kind: 'meeting.attend', title: governanceServerText.pleaseAttend(m.title), detail: governanceServerText.placeAndConvener(m.place, m.convenerName), page: meetingPage(m._id), at: m.createdAt, due: m.at, dueLabel: governanceServerText.starts });
  }
  for (const m of held) {
    const mayApprove = isPresent(m, caller) && (m.convenerId === caller.userId || caller.roles.includes('community'));
    if (!mayApprove) continue;
    items.push({ id: `minutes:${m._id}`, kind: 'minutes.approve', title: governanceServerText.minutesAwaitApproval(m.title), detail: m.minutes.text.trim() ? governanceServerText.minutesReadyToApprove : governanceServerText.minutesNotWritten, page: meetingPage(m._id), at: m.at });
  }
  return items;
}
