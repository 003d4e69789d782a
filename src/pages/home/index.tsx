import { Text, View } from '@tarojs/components';
import { Page } from '../../components/Page';
import type { Me } from '../../services/api';
import { ElderOffer } from '../../components/ElderOffer';
import { Empty, Failed, Loading } from '../../components/states';
import { useAction } from '../../components/useAction';
import { useRefresh } from '../../components/useRefresh';
import { buttonA11y, headingA11y } from '../../components/a11y';
import { go } from '../../components/nav';
import { home as t, tabs, me as meText } from '../../ui/strings';
import { PAGES } from '../../routes';
import { offerOwnerVerification } from '../../domain/roles';
import { formatTime } from '../../ui/format';
import type { HomeItem } from '../../services/api';
import { NoticeStrip } from './NoticeStrip';
import './index.css';

function AttentionItem({ item }: { item: HomeItem }) {
  const open = item.page ? () => go(item.page as string) : undefined;
  const a11y = open ? buttonA11y({ onActivate: open }) : {};
  return (
    <View className={`gz-row ${open ? 'gz-row--link' : ''}`} onClick={open} {...a11y}>
      <View className='gz-row__main'>
        <Text className='gz-row__title'>{item.title}</Text>
        {item.detail && <Text className='gz-text'>{item.detail}</Text>}
        {item.due ? (
          <Text className='gz-row__due'>{t.due(item.dueLabel ?? '', formatTime(item.due))}</Text>
        ) : (
          <Text className='gz-muted'>{formatTime(item.at)}</Text>
        )}
      </View>
    </View>
  );
}

// 报事 first: an elderly owner reaches it in one tap from home, not two levels down.
const BASE_ENTRIES = [
  { label: t.report, url: PAGES.reportIssue },
  { label: tabs.issues, url: PAGES.issues },
  { label: tabs.polls, url: PAGES.polls },
  { label: tabs.volunteer, url: PAGES.volunteer },
];

/** The quick entries: verification until the person has a home, their work after that. */
function entriesFor(data: Me | undefined) {
  const roles = data?.user.roles ?? [];
  const list: Array<{ label: string; url: string }> = [...BASE_ENTRIES];
  if (data && offerOwnerVerification({ roles, hasHome: data.units.length > 0, hasClaim: data.claims.length > 0, claimPending: data.claims.some((c) => c.status === 'pending') })) {
    list.push({ label: meText.claim, url: PAGES.claim });
  }
  if (roles.includes('staff') || roles.includes('manager')) list.push({ label: meText.myTasks, url: PAGES.myTasks });
  if (roles.includes('manager')) list.push({ label: meText.dispatchBoard, url: PAGES.dispatchBoard });
  return list;
}

export default function HomePage() {
  const me = useAction('me');
  const home = useAction('home');
  useRefresh(() => Promise.all([me.reload(), home.reload()]));

  const name = me.data?.user.name;
  // No anonymous greeting flashing before the name arrives: a blank line of the same height.
  return (
    <Page>
      {name || me.state === 'error' ? (
        <Text className='gz-h1' {...headingA11y(1)}>
          {name ? t.hello(name) : t.helloAnon}
        </Text>
      ) : (
        <View className='gz-h1 gz-h1--pending' />
      )}
      <ElderOffer />

      <Text className='gz-h2' {...headingA11y(2)}>
        {t.attention}
      </Text>
      {home.state === 'loading' && !home.data && <Loading />}
      {home.state === 'error' && <Failed error={home.error} onRetry={home.reload} />}
      {home.data &&
        (home.data.items.length === 0 ? (
          <Empty title={t.nothing} />
        ) : (
          <View className='gz-list'>
            {home.data.items.map((item) => (
              <AttentionItem key={item.id} item={item} />
            ))}
          </View>
        ))}

      <NoticeStrip />

      <Text className='gz-h2' {...headingA11y(2)}>
        {t.areas}
      </Text>
      <View className='gz-grid'>
        {entriesFor(me.data).map((e) => (
          <View key={e.url} className='gz-grid__item' hoverClass='gz-btn--pressed' onClick={() => go(e.url)} {...buttonA11y({ onActivate: () => go(e.url) })}>
            <Text>{e.label}</Text>
          </View>
        ))}
      </View>
    </Page>
  );
}
