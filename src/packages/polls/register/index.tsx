// 纸质选票登记表 (the ballot register), committee: one numbered ballot per unit of the frozen
// roster (P0001… in roster order), 100 a page from the server, shown as a list to print, with
// empty 签收/收回 columns ticked by hand when the ballots go out and come back. Which ballots came
// back is counted in the count (packages/polls/count), not here.
import { Image, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Failed, Loading, Notice } from '../../../components/states';
import { handleSignedOut, useAction } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { call, isApiError, type Output } from '../../../services/api';
import { PAGES } from '../../../ui/routes';
import { countText as t } from '../count/text';
import { param } from '../count/model';
import { imageProps } from '../../../components/image';
import { ballotQr } from './qr';
import '../components/countpad/countpad.css';

type Item = Output<'polls.paper.register'>['items'][number];
const h5 = process.env.TARO_ENV === 'h5';

function Register({ pollId }: { pollId: string }) {
  const first = useAction('polls.paper.register', { pollId }, [pollId]);
  const [more, setMore] = useState<{ items: Item[]; hasMore: boolean; nextSkip: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (first.state === 'loading' && !first.data) return <Loading />;
  if (first.state === 'error' && !first.data) return <Failed error={first.error} onRetry={first.reload} />;
  const data = first.data!;
  const items = [...data.items, ...(more?.items ?? [])];
  const hasMore = more ? more.hasMore : data.hasMore;
  const nextSkip = more ? more.nextSkip : data.nextSkip;

  const loadMore = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const r = await call('polls.paper.register', { pollId, skip: nextSkip });
      setMore((m) => ({ items: [...(m?.items ?? []), ...r.items], hasMore: r.hasMore, nextSkip: r.nextSkip }));
    } catch (e) {
      if (!handleSignedOut(e)) setError(isApiError(e) ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <Text className='gz-p'>{t.registerCount(data.issued)}</Text>
      <View className='gz-actions gz-noprint'>
        {h5 ? (
          <Btn kind='primary' size='main' onClick={() => window.print()}>
            {t.print}
          </Btn>
        ) : (
          <Text className='gz-muted'>{t.printHint}</Text>
        )}
        <Btn kind='secondary' size='main' onClick={() => void Taro.navigateTo({ url: `${PAGES.pollCount}?id=${encodeURIComponent(pollId)}` })}>
          {t.toCount}
        </Btn>
      </View>
      <View className='gz-card' {...(h5 ? { role: 'table', 'aria-label': t.registerTitle } : {})}>
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
              <Image className='gz-qr' src={ballotQr(pollId, it.serial)} mode='aspectFit' {...imageProps(t.qrAlt(it.serial))} />
            </View>
            <Text className='gz-count-row__box' {...(h5 ? { role: 'cell' } : {})}>□</Text>
            <Text className='gz-count-row__box' {...(h5 ? { role: 'cell' } : {})}>□</Text>
          </View>
        ))}
      </View>
      {error && <Notice kind='error'>{error}</Notice>}
      {hasMore && (
        <View className='gz-noprint'>
          <Btn kind='secondary' size='main' block busy={busy} onClick={() => void loadMore()}>
            {busy ? t.loadingMore : t.more}
          </Btn>
        </View>
      )}
    </View>
  );
}

export default function PollRegisterPage() {
  const router = useRouter();
  const pollId = param(router?.params?.id);
  return (
    <Page className='gz-register'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.registerTitle}
      </Text>
      <Text className='gz-p'>{t.registerIntro}</Text>
      {pollId ? <Register pollId={pollId} /> : <Notice kind='info'>{t.noPoll}</Notice>}
    </Page>
  );
}
