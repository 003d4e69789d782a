// 公告: one notice in full, how many have read it, a link to what it is about (the minutes, the
// scorecard), sharing into a group, and pinning for the three parties.
import { Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { sharePath } from '../../../services/sharePath';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { ShareButton } from '../../../components/ShareButton';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { go, routeParam } from '../../../components/nav';
import { call } from '../../../services/api';
import { PAGES } from '../../../routes';
import { common, noticeText as t, noticesText as lt } from '../../../copy/governance';
import { showTime } from '../components/when';
import { useSubmit } from '../components/useSubmit';
import '../governance.css';

export default function NoticePage() {
  const router = useRouter();
  const id = routeParam(router?.params?.id);
  const r = useAction('notices.get', { noticeId: id }, [id]);
  const pin = useSubmit();
  useShareAppMessage(() => ({ title: r.data?.notice.title ?? lt.title, path: sharePath(`${PAGES.notice}?id=${encodeURIComponent(id)}`) }));
  const n = r.data?.notice;
  return (
    <Page className='gz-gov'>
      {!id && <Empty title={t.noId} />}
      {id && r.state === 'loading' && !r.data && <Loading />}
      {id && r.state === 'error' && !r.data && <Failed error={r.error} onRetry={r.reload} />}
      {n && (
        <>
          <View className='gz-head'>
            {n.pinned && <Text className='gz-tag gz-tag--pinned'>{lt.pinned}</Text>}
            <Text className='gz-tag gz-tag--role'>{n.kindLabel}</Text>
          </View>
          <Text className='gz-h1' {...headingA11y(1)}>
            {n.title}
          </Text>
          <Text className='gz-p gz-muted'>{lt.by(n.partyLabel, n.authorName, showTime(n.publishedAt))}</Text>
          <Text className='gz-pre gz-p'>{n.body}</Text>
          <Text className='gz-p gz-muted'>{lt.reads(n.reads)}</Text>
          {n.page && (
            <View className='gz-actions-row'>
              <Btn kind='primary' onClick={() => go(n.page!)}>
                {t.open}
              </Btn>
            </View>
          )}
          {r.data?.canPin && (
            <View className='gz-actions-row'>
              <Btn kind='secondary' busy={pin.busy} onClick={() => void pin.run(() => call('notices.pin', { noticeId: n.id, pinned: !n.pinned }), (x) => (void r.reload(), x.pinned ? t.pinned : t.unpinned))}>
                {n.pinned ? t.unpin : t.pin}
              </Btn>
            </View>
          )}
          {pin.done && <Notice kind='ok'>{pin.done}</Notice>}
          {pin.formError && <Notice kind='error'>{pin.formError}</Notice>}
          <ShareButton label={common.share} />
        </>
      )}
    </Page>
  );
}
