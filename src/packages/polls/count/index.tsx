// 纸质票计票 (the paper count): a committee member starts a round (ballots returned); two
// counters, each with their own account on their own phone, join a slot and enter every ballot
// (EnterBallots.tsx); scrutineers (the community, committee members not counting) join
// and follow the round live (Follow.tsx): differences, issued = returned + not returned, returned
// = valid + invalid, the voids, and everyone's signature. The close (after two agreeing rounds and
// the signatures, which the server checks) takes the photo of the signed tally sheet. No pop-ups:
// every message is inline (长辈模式).
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import type { Output } from '../../../services/api';
import { PAGES } from '../../../routes';
import { countText as t } from '../../../copy/polls';
import { param } from './model';
import { JoinRound, StartRound, type Seat } from './Rounds';
import { EnterBallots } from './EnterBallots';
import { FollowRound } from './Follow';
import { CloseCount, type Closed } from './CloseCount';
import '../components/countpad/countpad.css';

type Poll = Output<'polls.get'>['poll'];

/** `round`: the round an owner named as scrutineer was sent to from the poll's page. */
function CountSession({ poll, committee, round }: { poll: Poll; committee: boolean; round: number | null }) {
  const [started, setStarted] = useState<{ round: number; named: string[] } | null>(null);
  const [seat, setSeat] = useState<Seat | null>(null);
  const [closed, setClosed] = useState<Closed | null>(null);

  if (closed) {
    return (
      <View>
        <Notice kind='ok'>{t.closed}</Notice>
        <Text className='gz-p'>{t.closedLine(closed.valid, closed.invalid, closed.ballotsRecorded)}</Text>
        {closed.spoilt.map((s) => (
          <Text key={s.serial} className='gz-p'>
            {t.spoiltLine(s.serial, s.reason)}
          </Text>
        ))}
      </View>
    );
  }
  return (
    <View className='gz-list'>
      <Text className='gz-p'>{t.roles}</Text>
      {started && <Notice kind='ok'>{t.started(started.round)}</Notice>}
      {started && started.named.length > 0 && <Text className='gz-p'>{t.startedNamed(started.round, started.named.join('、'))}</Text>}
      {seat ? (
        <>
          {!seat.counter && <Text className='gz-p'>{t.watching(seat.round)}</Text>}
          <Btn kind='link' size='small' onClick={() => setSeat(null)}>
            {t.switchCounter}
          </Btn>
          {seat.counter && <EnterBallots key={`${seat.sessionId}-${seat.counter}`} poll={poll} seat={seat as Seat & { counter: 1 | 2 }} />}
          <FollowRound key={`review-${seat.sessionId}`} poll={poll} seat={seat} />
        </>
      ) : (
        <>
          {committee && <StartRound poll={poll} onStarted={(round, named) => setStarted({ round, named })} />}
          <JoinRound key={String(started?.round ?? round)} pollId={poll.id} round={started?.round ?? round} counter={committee} onJoin={setSeat} />
        </>
      )}
      {committee && <CloseCount poll={poll} onClosed={setClosed} />}
      {committee && (
        <Btn kind='link' size='normal' onClick={() => void Taro.navigateTo({ url: `${PAGES.pollRegister}?id=${encodeURIComponent(poll.id)}` })}>
          {t.register}
        </Btn>
      )}
    </View>
  );
}

function Loaded({ pollId, round }: { pollId: string; round: number | null }) {
  const poll = useAction('polls.get', { pollId }, [pollId]);
  const me = useAction('me');
  if ((poll.state === 'loading' && !poll.data) || (me.state === 'loading' && !me.data)) return <Loading />;
  if (poll.state === 'error' && !poll.data) return <Failed error={poll.error} onRetry={poll.reload} />;
  const p = poll.data!.poll;
  return (
    <>
      <Text className='gz-p'>{p.title}</Text>
      <CountSession poll={p} committee={(me.data?.user.roles ?? []).includes('committee')} round={round} />
    </>
  );
}

export default function PollCountPage() {
  const router = useRouter();
  const pollId = param(router?.params?.id);
  const round = Number(param(router?.params?.round)) || null;
  return (
    <Page className='gz-count'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      {pollId ? <Loaded pollId={pollId} round={round} /> : <Notice kind='info'>{t.noPoll}</Notice>}
    </Page>
  );
}
