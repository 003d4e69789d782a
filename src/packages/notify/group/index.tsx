// 本群: what has been shared into the WeChat group the app was opened from (报事, 表决, 公示,
// 活动), most recently opened first; each opens the item. The group comes from the card the
// person tapped (services/groups.ts), never from something typed.
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { Empty, Failed, Loading } from '../../../components/states';
import { useAction, useReloadOnShow } from '../../../components/useAction';
import { buttonA11y, headingA11y } from '../../../components/a11y';
import { go, routeParam } from '../../../components/nav';
import { currentGroup } from '../../../services/groups';
import { formatTime } from '../../../ui/format';
import { groupText as t } from '../../../copy/notify';
import '../notify.css';

function Items({ group }: { group: string }) {
  const list = useAction('groups.items', { group }, [group]);
  useReloadOnShow(list.reload);
  if (list.state === 'loading' && !list.data) return <Loading />;
  if (list.state === 'error' && !list.data) return <Failed error={list.error} onRetry={list.reload} />;
  const items = list.data?.items ?? [];
  if (items.length === 0) return <Empty title={t.empty} />;
  return (
    <View className='gz-list'>
      {items.map((item) => {
        const open = () => go(item.page);
        return (
          <View key={`${item.kind}:${item.id}`} className='gz-row gz-row--link' hoverClass='gz-btn--pressed' onClick={open} {...buttonA11y({ onActivate: open })}>
            <View className='gz-row__main'>
              <Text className='gz-row__title'>
                {t.kinds[item.kind] ?? item.kind}：{item.title}
              </Text>
              <Text className='gz-muted'>{t.opens(item.opens, formatTime(item.lastAt))}</Text>
            </View>
          </View>
        );
      })}
    </View>
  );
}

export default function GroupPage() {
  const router = useRouter();
  const group = routeParam(router?.params?.group) || currentGroup() || '';
  return (
    <Page className='gz-notify'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-p gz-muted'>{t.intro}</Text>
      {group ? <Items group={group} /> : <Empty title={t.noGroup} />}
    </Page>
  );
}
