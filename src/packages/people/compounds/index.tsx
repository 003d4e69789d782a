// 我的小区: the compounds this person belongs to, with their roles in each; choosing one makes it
// the current compound (remembered on this phone, sent with every call) and reopens 首页 there.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { Empty, Failed, Loading } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { buttonA11y, headingA11y } from '../../../components/a11y';
import { setCurrentCompound } from '../../../services/compound';
import { PAGES } from '../../../routes';
import type { Output } from '../../../services/api';

type Item = Output<'compounds.mine'>['items'][number];

function Row({ item }: { item: Item }) {
  const choose = () => {
    if (item.current) return;
    setCurrentCompound(item.id);
    // Every screen reloads in the new compound: nothing of the old one stays on view.
    void Taro.reLaunch({ url: PAGES.home });
  };
  const label = `${item.name},${item.roleText}${item.current ? ',当前所在' : ',点按切换到这个小区'}`;
  return (
    <View className={`gz-row ${item.current ? '' : 'gz-row--link'}`} hoverClass={item.current ? 'none' : 'gz-btn--pressed'} onClick={choose} {...buttonA11y({ label, disabled: item.current, onActivate: choose })}>
      <View className='gz-row__main'>
        <Text className='gz-row__title'>{item.name}</Text>
        <Text className='gz-muted'>{[item.place, item.roleText].filter(Boolean).join(' · ')}</Text>
      </View>
      <Text className={item.current ? 'gz-tag gz-tag--role' : 'gz-muted'}>{item.current ? '当前' : '切换'}</Text>
    </View>
  );
}

export default function CompoundsPage() {
  const list = useAction('compounds.mine');
  const findMore = () => void Taro.navigateTo({ url: PAGES.findCompound });
  return (
    <Page>
      <Text className='gz-h1' {...headingA11y(1)}>
        我的小区
      </Text>
      <Text className='gz-p gz-muted'>一个微信号可以在几个小区里:在这个小区是业主,在那个小区是租户。选哪个小区,看到和办理的就是哪个小区的事。</Text>
      {list.state === 'loading' && <Loading />}
      {list.state === 'error' && <Failed error={list.error} onRetry={list.reload} />}
      {list.state === 'ready' && list.data.items.length === 0 && <Empty title='还没有加入任何小区' />}
      {list.state === 'ready' && list.data.items.length > 0 && (
        <View className='gz-list'>
          {list.data.items.map((item) => (
            <Row key={item.id} item={item} />
          ))}
        </View>
      )}
      <View className='gz-list'>
        <View className='gz-row gz-row--link' hoverClass='gz-btn--pressed' onClick={findMore} {...buttonA11y({ onActivate: findMore })}>
          <Text className='gz-row__title'>找其他小区</Text>
        </View>
      </View>
    </Page>
  );
}
