// 公告公示: pinned first, then newest, each with how many have read it. The three parties
// publish from here.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Empty, Failed, Loading } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { useRefresh } from '../../../components/useRefresh';
import { buttonA11y, headingA11y } from '../../../components/a11y';
import { go } from '../../../components/nav';
import { PAGES } from '../../../routes';
import { noticesText as t } from '../../../copy/governance';
import { showTime } from '../components/when';
import { PublishForm } from './PublishForm';
import '../governance.css';

export default function NoticesPage() {
  const [limit, setLimit] = useState(20);
  const r = useAction('notices.list', { limit }, [limit]);
  const [writing, setWriting] = useState(false);
  useRefresh(r.reload);
  return (
    <Page className='gz-gov'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      {r.data?.canPublish && (
        <View className='gz-actions-row'>
          <Btn kind={writing ? 'secondary' : 'primary'} onClick={() => setWriting((w) => !w)}>
            {writing ? t.cancel : t.publish}
          </Btn>
        </View>
      )}
      {writing && <PublishForm onSaved={() => void r.reload()} />}
      {r.state === 'loading' && !r.data && <Loading />}
      {r.state === 'error' && !r.data && <Failed error={r.error} onRetry={r.reload} />}
      {r.data &&
        (r.data.notices.length === 0 ? (
          <Empty title={t.none} />
        ) : (
          <View className='gz-list'>
            {r.data.notices.map((n) => {
              const open = () => go(`${PAGES.notice}?id=${encodeURIComponent(n.id)}`);
              return (
                <View key={n.id} className='gz-row gz-row--link' hoverClass='gz-btn--pressed' onClick={open} {...buttonA11y({ onActivate: open })}>
                  <View className='gz-row__main'>
                    <View className='gz-head'>
                      {n.pinned && <Text className='gz-tag gz-tag--pinned'>{t.pinned}</Text>}
                      <Text className='gz-tag gz-tag--role'>{n.kindLabel}</Text>
                    </View>
                    <Text className='gz-row__title'>{n.title}</Text>
                    <Text className='gz-muted'>{t.by(n.partyLabel, n.authorName, showTime(n.publishedAt))}</Text>
                    <Text className='gz-muted'>{t.reads(n.reads)}</Text>
                  </View>
                </View>
              );
            })}
          </View>
        ))}
      {r.data?.more && (
        <Btn kind='secondary' block onClick={() => setLimit((l) => Math.min(50, l + 20))}>
          {t.more}
        </Btn>
      )}
    </Page>
  );
}
