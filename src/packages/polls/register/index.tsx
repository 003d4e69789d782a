// 纸质选票登记表 (the ballot register), committee: one numbered ballot per unit of the frozen
// roster (P0001… in roster order), every serial fetched (100 a page from the server) before the
// print button turns on, printed as A4 sheets through the print kit, with
// empty 签收/收回 columns ticked by hand when the ballots go out and come back. Which ballots came
// back is counted in the count (packages/polls/count), not here.
import { Image, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { headingA11y, liveA11y } from '../../../components/a11y';
import { call, type Output } from '../../../services/api';
import { PrintSheet } from '../../../components/print/PrintSheet';
import { PrintButton } from '../../../components/print/PrintButton';
import { useAllPages } from '../components/useAllPages';
import { PAGES } from '../../../routes';
import { countText as t } from '../../../copy/polls';
import { param } from '../count/model';
import { ballotQr } from './qr';
import '../components/countpad/countpad.css';

type Item = Output<'polls.paper.register'>['items'][number];
const h5 = process.env.TARO_ENV === 'h5';

/** Every serial of the register, fetched page by page before anything is printed. */
function Register({ pollId, title }: { pollId: string; title: string }) {
  const [issued, setIssued] = useState<number | null>(null);
  const { items, loaded, error, retry } = useAllPages<Item>(async (skip, current) => {
    const r = await call('polls.paper.register', { pollId, ...(skip ? { skip } : {}) });
    if (current()) setIssued(r.issued);
    return r;
  }, [pollId]);

  if (error) return <Failed error={error} onRetry={retry} />;
  const ready = !!items && items.length === issued;
  return (
    <View>
      <Text className='gz-p gz-noprint' {...liveA11y('status')}>
        {ready ? t.registerCount(issued!) : t.registerLoading(loaded, issued)}
      </Text>
      <PrintButton ready={ready} label={t.print} busyText={t.registerLoading(loaded, issued)} />
      <View className='gz-actions gz-noprint'>
        <Btn kind='secondary' size='main' onClick={() => void Taro.navigateTo({ url: `${PAGES.pollCount}?id=${encodeURIComponent(pollId)}` })}>
          {t.toCount}
        </Btn>
      </View>
      {!items && <Loading />}
      {items && (
        <PrintSheet title={t.registerTitle} subtitle={`${title} · ${t.registerCount(items.length)}`} onlinePath={`${PAGES.pollDetail}?id=${encodeURIComponent(pollId)}`}>
          <View className='gz-card gz-register__table' {...(h5 ? { role: 'table', 'aria-label': t.registerTitle } : {})}>
            <View className='gz-count-row' {...(h5 ? { role: 'row' } : {})}>
              <Text className='gz-count-row__serial' {...(h5 ? { role: 'columnheader' } : {})}>{t.colSerial}</Text>
              <Text className='gz-count-row__unit' {...(h5 ? { role: 'columnheader' } : {})}>{t.colUnit}</Text>
              <Text className='gz-count-row__qr' {...(h5 ? { role: 'columnheader' } : {})}>{t.colQr}</Text>
              <Text className='gz-count-row__box' {...(h5 ? { role: 'columnheader' } : {})}>{t.colSigned}</Text>
              <Text className='gz-count-row__box' {...(h5 ? { role: 'columnheader' } : {})}>{t.colReturned}</Text>
            </View>
            {items.map((it) => (
              <View key={it.serial} className='gz-count-row' {...(h5 ? { role: 'row' } : {})}>
                <Text className='gz-count-row__serial' {...(h5 ? { role: 'cell' } : {})}>{it.serial}</Text>
                <Text className='gz-count-row__unit' {...(h5 ? { role: 'cell' } : {})}>{it.label}</Text>
                <View className='gz-count-row__qr' {...(h5 ? { role: 'cell' } : {})}>
                  {/* Not lazy: a printed page must carry every code, also those never scrolled to. */}
                  <Image className='gz-qr' src={ballotQr(pollId, it.serial)} mode='aspectFit' {...(h5 ? { imgProps: { alt: t.qrAlt(it.serial) } } : {})} />
                </View>
                <Text className='gz-count-row__box' {...(h5 ? { role: 'cell' } : {})}>□</Text>
                <Text className='gz-count-row__box' {...(h5 ? { role: 'cell' } : {})}>□</Text>
              </View>
            ))}
          </View>
        </PrintSheet>
      )}
    </View>
  );
}

function RegisterOf({ pollId }: { pollId: string }) {
  const poll = useAction('polls.get', { pollId }, [pollId]);
  if (poll.state === 'error' && !poll.data) return <Failed error={poll.error} onRetry={poll.reload} />;
  if (!poll.data) return <Loading />;
  return <Register pollId={pollId} title={poll.data.poll.title} />;
}

export default function PollRegisterPage() {
  const router = useRouter();
  const pollId = param(router?.params?.id);
  return (
    <Page className='gz-register'>
      <Text className='gz-h1 gz-noprint' {...headingA11y(1)}>
        {t.registerTitle}
      </Text>
      <Text className='gz-p gz-noprint'>{t.registerIntro}</Text>
      {pollId ? <RegisterOf pollId={pollId} /> : <Notice kind='info'>{t.noPoll}</Notice>}
    </Page>
  );
}
