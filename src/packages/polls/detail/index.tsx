// 表决详情: what is decided and the threshold it needs, the closing time, the units my vote covers,
// and casting: 同意/反对/弃权 for a decision, up to `seats` candidates for an election, one option for
// a consultation; an inline confirm step (no pop-up), then the server's answer ("已投" / 409 said
// plainly / 改票 once where allowed). Live participation against the 2/3 quorum, in numbers and
// with a bar, overall and per building. The committee opens, closes, publishes, exports the CSV
// and sees which units have not voted yet.
import { Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { sharePath } from '../../../services/sharePath';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { ShareButton } from '../../../components/ShareButton';
import { SHARE_IMAGES } from '../../../services/groups';
import { Btn } from '../../../components/Btn';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { useRefresh } from '../../../components/useRefresh';
import { headingA11y } from '../../../components/a11y';
import { go, routeParam } from '../../../components/nav';
import { PAGES } from '../../../routes';
import { formatTime } from '../../../ui/format';
import { THRESHOLD_WORDS, detailText as t } from '../../../copy/polls';
import { ClosingMoved, MoveClosingTime } from './MoveClosingTime';
import { OpenReminder } from './OpenReminder';
import '../polls.css';
import type { Detail, MyPart } from './model';
import { Progress, NonVoters } from './Participation';
import { Casting } from './Casting';
import { Committee } from './Committee';

function Body({ data, roles, reload, unitId, onSeat }: { data: Detail; roles: string[]; reload: () => Promise<void>; unitId: string | null; onSeat: (unitId: string) => void }) {
  const { poll } = data;
  const mine = data.me as unknown as MyPart;
  const [notice, setNotice] = useState<string | null>(null);
  const committee = roles.includes('committee');
  const counted = poll.status !== 'draft' && poll.status !== 'opening';
  const done = (text: string) => {
    setNotice(text);
    void reload();
  };
  return (
    <>
      <View className='gz-poll-head'>
        <Text className='gz-tag gz-tag--role'>{poll.kindLabel}</Text>
        <Text className='gz-tag gz-tag--pending'>{poll.statusLabel}</Text>
      </View>
      <Text className='gz-h1' {...headingA11y(1)}>
        {poll.title}
      </Text>
      {poll.description && <Text className='gz-p'>{poll.description}</Text>}
      <View className='gz-poll-facts'>
        {poll.kind === 'decision' && poll.item && <Text className='gz-poll-fact gz-poll-fact--strong'>{t.item(poll.item, poll.itemLabel ?? '')}</Text>}
        {poll.kind === 'decision' && poll.threshold && <Text className='gz-poll-fact'>{THRESHOLD_WORDS[poll.threshold]}</Text>}
        {poll.kind === 'election' && poll.seats && <Text className='gz-poll-fact gz-poll-fact--strong'>{t.seats(poll.seats)}</Text>}
        {poll.kind === 'consultation' && <Text className='gz-poll-fact'>{poll.per === 'resident' ? t.perResident : t.perUnit}</Text>}
        <Text className='gz-poll-fact'>{poll.closedAt ? t.closedAt(formatTime(poll.closedAt)) : poll.closesAt ? t.closesAt(formatTime(poll.closesAt)) : t.noClose}</Text>
        <ClosingMoved poll={poll} />
        {poll.allowChange && <Text className='gz-poll-fact'>{t.allowChange}</Text>}
      </View>
      {notice && <Notice kind='ok'>{notice}</Notice>}
      {poll.status === 'published' && (
        <Btn kind='primary' size='main' block onClick={() => go(`${PAGES.pollResults}?id=${encodeURIComponent(poll.id)}`)}>
          {t.results}
        </Btn>
      )}
      {!counted && roles.includes('owner') && <OpenReminder />}
      <Casting key={`${unitId ?? ''}-${mine.ballot?.castAt ?? 'none'}-${String(mine.canVote)}`} poll={poll} mine={mine} unitId={unitId} onSeat={onSeat} onDone={done} />
      {counted && <Progress key={`progress-${notice ?? ''}`} pollId={poll.id} />}
      {committee && <Committee poll={poll} onDone={done} />}
      {committee && <MoveClosingTime poll={poll} onDone={done} />}
      {/* The community watches the paper count (监票) and reads the audit; the committee reads the audit too. */}
      {!committee && roles.includes('community') && poll.status === 'open' && poll.kind !== 'consultation' && (
        <Btn kind='secondary' size='main' block onClick={() => go(`${PAGES.pollCount}?id=${encodeURIComponent(poll.id)}`)}>
          监票（查看纸质计票）
        </Btn>
      )}
      {mine.scrutineerRound && (
        <View className='gz-card'>
          <Notice kind='info'>{`您被推选为监票人（纸质票计票第 ${mine.scrutineerRound} 轮）`}</Notice>
          <Btn kind='primary' size='main' block onClick={() => go(`${PAGES.pollCount}?id=${encodeURIComponent(poll.id)}&round=${mine.scrutineerRound}`)}>
            去监票
          </Btn>
        </View>
      )}
      {(committee || roles.includes('community')) && poll.status !== 'draft' && (
        <Btn kind='link' size='normal' onClick={() => go(`${PAGES.pollAudit}?id=${encodeURIComponent(poll.id)}`)}>
          操作记录
        </Btn>
      )}
      {committee && counted && !(poll.kind === 'consultation' && poll.per === 'resident') && <NonVoters key={`nonvoters-${notice ?? ''}`} pollId={poll.id} />}
      <ShareButton label={t.share} />
    </>
  );
}

export default function PollDetailPage() {
  const router = useRouter();
  const id = routeParam(router?.params?.id);
  // The unit voted for, once the caller chose among several owners' (see SeatChooser).
  const [unitId, setUnitId] = useState<string | null>(null);
  const poll = useAction('polls.get', { pollId: id, ...(unitId ? { unitId } : {}) }, [id, unitId]);
  const me = useAction('me');
  useRefresh(poll.reload);

  useShareAppMessage(() => ({
    // Said as a request in the group: what is being decided, and that it is a vote.
    title: poll.data ? `请投票：${poll.data.poll.title}` : t.title,
    path: sharePath(`${PAGES.pollDetail}?id=${encodeURIComponent(id)}`),
    imageUrl: SHARE_IMAGES.poll,
  }));

  return (
    <Page className='gz-polls'>
      {!id && <Empty title={t.noId} />}
      {id && poll.state === 'loading' && !poll.data && <Loading />}
      {id && poll.state === 'error' && !poll.data && <Failed error={poll.error} onRetry={poll.reload} />}
      {id && poll.data && <Body data={poll.data} roles={me.data?.user.roles ?? []} reload={poll.reload} unitId={unitId} onSeat={setUnitId} />}
    </Page>
  );
}

