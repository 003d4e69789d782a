// 待人工复核的文字 (committee and community): texts WeChat's content check refused, held instead of
// lost. The reviewer reads each one and publishes it as written (a false refusal) or leaves it
// unpublished; both are asked twice on the page (never a modal) and logged. Below, the record of
// past decisions (audit.content).
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { ConfirmInline } from '../../../components/ConfirmInline';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { useRefresh } from '../../../components/useRefresh';
import { headingA11y, liveA11y } from '../../../components/a11y';
import { call, type Output } from '../../../services/api';
import { formatTime } from '../../../ui/format';
import { useSubmit } from '../components/useSubmit';
import { heldText as t } from '../../../copy/governance';
import '../governance.css';

type Held = Output<'content.held'>['items'][number];

function HeldCard({ item, onSettled }: { item: Held; onSettled: (message: string) => void }) {
  const s = useSubmit();
  const decide = (action: 'content.publish' | 'content.discard') =>
    void s.run(() => call(action, { heldId: item.id }), () => onSettled(action === 'content.publish' ? t.published(item.what) : t.discarded(item.what)));
  return (
    <View className='gz-card' id={`held-${item.id}`}>
      <Text className='gz-row__title'>{t.meta(item.what, item.author, formatTime(item.at))}</Text>
      <Text className='gz-tag gz-tag--role'>{t.flagged(item.kind)}</Text>
      <Text className='gz-p gz-held__text'>{item.text}</Text>
      {item.status !== 'pending' && <Notice kind='info'>{item.statusText}</Notice>}
      {item.lastError && <Notice kind='error'>{item.lastError}</Notice>}
      {s.formError && <Notice kind='error'>{s.formError}</Notice>}
      {item.status === 'pending' && (
        <ConfirmInline label={t.publish} name={`${t.publish}:${item.what}`} warning={t.publishWarning} yes={t.publishYes} busy={s.busy} busyLabel={t.publishing} onConfirm={() => decide('content.publish')} />
      )}
      <ConfirmInline kind='danger' label={t.discard} name={`${t.discard}:${item.what}`} warning={t.discardWarning} yes={t.discardYes} busy={s.busy} onConfirm={() => decide('content.discard')} />
    </View>
  );
}

function History({ version }: { version: number }) {
  const r = useAction('audit.content', {}, [version]);
  if (r.state === 'loading' && !r.data) return <Loading />;
  if (r.state === 'error' && !r.data) return <Failed error={r.error} onRetry={r.reload} />;
  return (
    <View>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.history}
      </Text>
      {r.data!.items.length === 0 ? (
        <Empty title={t.historyEmpty} />
      ) : (
        <View className='gz-list' id='held-history'>
          {r.data!.items.map((i, n) => (
            <View key={`${i.at}-${n}`} className='gz-row'>
              <View className='gz-row__main'>
                <Text className='gz-row__title'>{t.historyLine(i.who, i.what)}</Text>
                <Text className='gz-muted'>
                  {formatTime(i.at)} · {t.historyDetail(i.text, i.writer, i.kind)}
                </Text>
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

export default function HeldTextsPage() {
  const [version, setVersion] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const r = useAction('content.held', {}, [version]);
  useRefresh(r.reload);
  const settled = (message: string) => {
    setDone(message);
    setVersion((v) => v + 1);
  };
  return (
    <Page className='gz-gov'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-p gz-muted'>{t.intro}</Text>
      {done && (
        <View {...liveA11y('status')}>
          <Notice kind='ok'>{done}</Notice>
        </View>
      )}
      {r.state === 'loading' && !r.data && <Loading />}
      {r.state === 'error' && !r.data && <Failed error={r.error} onRetry={r.reload} />}
      {r.data && r.data.items.length === 0 && <Empty title={t.none} />}
      {r.data && r.data.items.length > 0 && (
        <View className='gz-list' id='held-items'>
          {r.data.items.map((item) => (
            <HeldCard key={item.id} item={item} onSettled={settled} />
          ))}
        </View>
      )}
      {r.data?.hasMore && <Notice kind='info'>{t.more}</Notice>}
      <History version={version} />
    </Page>
  );
}
