// WeChat's tab bar, drawn by the app (weapp build only): WeChat's native tabBar cannot grow its
// 10 px labels, so in 长辈模式 it could not follow the rest of the app. With `tabBar.custom` WeChat
// renders this component at the bottom of every tab page (one instance per tab page) and ignores
// the list's styles; the list still says which pages are tabs. See WeChat's 自定义 tabBar:
// https://developers.weixin.qq.com/miniprogram/dev/framework/ability/custom-tabbar.html
// and Taro's support (src/custom-tab-bar/index compiled as a component when tabBar.custom is set;
// example: https://github.com/NervJS/taro/tree/main/examples/custom-tabbar-react).
// The mode comes from useElder(), the same store every page reads, so flipping 长辈模式 on 我的
// restyles the bar at once. The browser build keeps Taro's own tab bar (its H5 router draws none
// when custom is set), which theme.css already enlarges in 长辈模式.
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { useElder } from '../components/elder';
import { TABS } from '../ui/tabs';
import './index.css';

/** The last tab opened from the bar: a new tab page's bar starts on it when the route is not known yet. */
let lastTab = 0;

function currentTab(): number {
  const pages = Taro.getCurrentPages();
  const route = pages[pages.length - 1]?.route?.replace(/^\//, '');
  const at = TABS.findIndex((t) => t.pagePath === route);
  return at >= 0 ? at : lastTab;
}

export default function TabBar() {
  const { elder } = useElder();
  const [selected, setSelected] = useState(currentTab);
  const open = (i: number) => {
    lastTab = i;
    setSelected(i);
    void Taro.switchTab({ url: `/${TABS[i].pagePath}` });
  };
  return (
    <View className={`gz-tabbar${elder ? ' gz-tabbar--elder' : ''}`}>
      {TABS.map((t, i) => (
        <View key={t.pagePath} className={`gz-tabbar__item${i === selected ? ' gz-tabbar__item--on' : ''}`} ariaRole='button' ariaLabel={i === selected ? `${t.text}（当前）` : t.text} onClick={() => open(i)}>
          <Image className='gz-tabbar__icon' src={`/assets/tab/${t.icon}${i === selected ? '-on' : ''}.png`} />
          <Text className='gz-tabbar__label'>{t.text}</Text>
        </View>
      ))}
    </View>
  );
}
