// 消息发件箱 (admin; in the local demo the only place messages arrive): every subscription message
// as WeChat's 服务通知 would show it, newest first, with what became of it: sent, not sent for
// want of a grant, failed with WeChat's code and its meaning, or when it will be tried again.
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Chips } from '../../../components/Choice';
import { Empty, Failed, Loading } from '../../../components/states';
import { useReloadOnShow } from '../../../components/useAction';
import { usePagedList } from '../../../components/usePagedList';
import { buttonA11y, headingA11y } from '../../../components/a11y';
import { go } from '../../../components/nav';
import { call, type Output } from '../../../services/api';
import { formatTime } from '../../../ui/format';
import { outboxText as t } from '../../../copy/notify';
import { GrantsTable } from './GrantsTable';
import '../notify.css';

type Message = Output<'notify.outbox'>['messages'][number];
type Filter = 'all' | 'sent' | 'no_grant' | 'retrying' | 'failed' | 'skipped';

function statusLine(m: Message): string {
  const parts = [t.status[m.status] ?? m.status];
  if (m.errcode !== null && m.errcode !== 0 && m.meaning) parts.push(t.code(m.errcode, m.meaning));
  else if (m.reason && m.status !== 'sent') parts.push(m.reason);
  if (m.status === 'retrying' && m.nextAttemptAt) parts.push(t.retryAt(formatTime(m.nextAttemptAt)));
  if (m.attempts > 1) parts.push(t.attempts(m.attempts));
  return parts.join(' · ');
}

function Card({ m }: { m: Message }) {
  const open = m.page ? () => go(`/${m.page}`) : undefined;
  return (
    <View className='gz-wxcard'>
      <Text className='gz-wxcard__title' {...headingA11y(2)}>
        {m.title}
      </Text>
      <Text className='gz-wxcard__meta gz-muted'>{t.to(m.to, formatTime(m.at))}</Text>
      {m.fields.map((f) => (
        <View className='gz-wxcard__row' key={f.label}>
          <Text className='gz-wxcard__label'>{f.label}</Text>
          <Text className='gz-wxcard__value'>{f.value}</Text>
        </View>
      ))}
      {open ? (
        <View className='gz-wxcard__foot gz-row--link' hoverClass='gz-btn--pressed' onClick={open} {...buttonA11y({ onActivate: open, label: `${t.open}:${m.title}` })}>
          <Text>{t.open}</Text>
        </View>
      ) : (
        <View className='gz-wxcard__foot'>
          <Text>{t.open}</Text>
        </View>
      )}
      <Text className={`gz-wxcard__status gz-wxcard__status--${m.status}`}>{statusLine(m)}</Text>
    </View>
  );
}

export default function OutboxPage() {
  const [filter, setFilter] = useState<Filter>('all');
  const [grants, setGrants] = useState<Output<'notify.outbox'>['grants'] | null>(null);
  const pages = usePagedList<Message>(async (skip) => {
    const r = await call('notify.outbox', { ...(filter === 'all' ? {} : { status: filter }), ...(skip ? { skip } : {}) });
    // The grants left are the same whatever the filter: read with the first page.
    if (!skip) setGrants(r.grants ?? []);
    return { items: r.messages, hasMore: r.next !== null, nextSkip: r.next ?? 0 };
  });
  const { reload, clear } = pages;
  useEffect(() => {
    clear();
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new filter starts from its own first page
  }, [filter, reload]);
  useReloadOnShow(reload);

  const messages = pages.list?.items ?? [];
  const loaded = !!pages.list;
  const busy = pages.loading === 'more';

  const options = [{ value: 'all' as Filter, label: t.all }, ...(['sent', 'no_grant', 'retrying', 'failed', 'skipped'] as Filter[]).map((v) => ({ value: v, label: t.filterLabels[v] }))];
  return (
    <Page className='gz-notify'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-p gz-muted'>{t.intro}</Text>
      {grants && <GrantsTable rows={grants} />}
      <Text className='gz-p' id='outbox-filter'>
        {t.filter}
      </Text>
      <Chips labelledBy='outbox-filter' options={options} value={filter} onChange={setFilter} />
      {pages.loading === 'first' && !loaded && <Loading />}
      {pages.error && !loaded && <Failed error={pages.error} onRetry={() => void reload()} />}
      {loaded && messages.length === 0 && <Empty title={t.empty} />}
      {messages.map((m) => (
        <Card key={m.id} m={m} />
      ))}
      {pages.error && loaded && <Text className='gz-p'>{pages.error.message}</Text>}
      {pages.list?.hasMore && (
        <Btn kind='secondary' busy={busy} onClick={() => void pages.more()}>
          {t.more}
        </Btn>
      )}
    </Page>
  );
}
