// The 首页 notices strip: the three notices at the top of the list (pinned first) and a way to
// all of them. Secondary to the attention list: when it cannot load it stays out of the way.
import { Text, View } from '@tarojs/components';
import { useAction, useReloadOnShow } from '../../components/useAction';
import { buttonA11y, headingA11y } from '../../components/a11y';
import { go } from '../../components/nav';
import { PAGES } from '../../routes';
import { noticeStrip as t } from '../../ui/strings/governance';

export function NoticeStrip() {
  const r = useAction('notices.list', { limit: 3 });
  useReloadOnShow(r.reload);
  if (!r.data || r.data.notices.length === 0) return null;
  const all = () => go(PAGES.notices);
  return (
    <>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.title}
      </Text>
      <View className='gz-list'>
        {r.data.notices.map((n) => {
          const open = () => go(`${PAGES.notice}?id=${encodeURIComponent(n.id)}`);
          return (
            <View key={n.id} className='gz-row gz-row--link' hoverClass='gz-btn--pressed' onClick={open} {...buttonA11y({ onActivate: open })}>
              <View className='gz-row__main'>
                <Text className='gz-row__title'>
                  {n.pinned ? `【${t.pinned}】` : ''}
                  {n.title}
                </Text>
              </View>
            </View>
          );
        })}
        <View className='gz-row gz-row--link' hoverClass='gz-btn--pressed' onClick={all} {...buttonA11y({ onActivate: all })}>
          <Text className='gz-row__title'>{t.all}</Text>
        </View>
      </View>
    </>
  );
}
