// The 公告公示 notice that goes up when a poll's result is published: one per poll
// (`notice:poll:<pollId>`, so a retried publish cannot post it twice), by the committee, opening
// the result page. Written in the same transaction as the poll's status, so a published result
// never lacks its notice and a notice never announces an unpublished one.
import { chinaDateTime } from '../../../../src/domain/chinaTime';
import type { Caller } from '../../context';
import type { NoticeDoc } from '../../governance/model';
import { KIND_LABELS, type PollDoc } from '../model';
import { PAGES, pageLink } from '../../../../src/routes';
import { pollServerText } from '../../../../src/copy/polls';

export const resultNoticeId = (pollId: string) => `notice:poll:${pollId}`;

function outcomeWords(poll: PollDoc): string {
  const r = poll.result as { result?: string } | undefined;
  if (!r) return '';
  if (r.result === 'no_quorum') return pollServerText.quorumNotMet;
  return '';
}

export function resultNotice(poll: PollDoc, caller: Caller, at: string): NoticeDoc {
  const kind = KIND_LABELS[poll.kind];
  return {
    _id: resultNoticeId(poll._id),
    title: pollServerText.resultNoticeTitle(kind, poll.title).slice(0, 40),
    body: pollServerText.resultNoticeBody(kind, poll.title, chinaDateTime(poll.closedAt ?? at), outcomeWords(poll)),
    kind: 'result',
    pinned: false,
    authorId: caller.userId,
    authorName: caller.name,
    party: 'committee',
    page: pageLink(PAGES.pollResults, { id: poll._id }),
    reads: 0,
    publishedAt: at,
  };
}
