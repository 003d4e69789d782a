// 结对帮扶: the care records I may see — all for the care team leader and the community, my own
// pairings for a volunteer. Says plainly that this is sensitive and that every look is recorded.
import { Text, View } from '@tarojs/components';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useAction, useReloadOnShow } from '../../../components/useAction';
import { buttonA11y, headingA11y } from '../../../components/a11y';
import { go } from '../../../components/nav';
import { PAGES } from '../../../routes';
import { careNewText, careText as t } from '../../../copy/volunteers';
import '../components/volunteer.css';

const h5 = process.env.TARO_ENV === 'h5';

export default function CareListPage() {
  const list = useAction('care.list');
  useReloadOnShow(list.reload);
  const d = list.data;
  return (
    <Page className='gz-vol'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Notice kind='info'>{t.intro}</Notice>
      {d?.canManage && (
        <Btn kind='primary' size='main' block onClick={() => go(PAGES.careNew)}>
          {careNewText.add}
        </Btn>
      )}
      {list.state === 'loading' && !d && <Loading />}
      {list.state === 'error' && !d && <Failed error={list.error} onRetry={list.reload} />}
      {d && d.items.length === 0 && <Empty title={t.none} />}
      {d && d.items.length > 0 && (
        <View className='gz-list' {...(h5 ? { role: 'list', 'aria-label': t.title } : {})}>
          {d.items.map((c) => {
            const open = () => go(`${PAGES.careDetail}?id=${encodeURIComponent(c.id)}`);
            const names = c.volunteers.map((v) => v.name).join('、');
            return (
              <View key={c.id} {...(h5 ? { role: 'listitem' } : {})}>
                <View className='gz-row gz-row--link' hoverClass='gz-btn--pressed' onClick={open} {...buttonA11y({ onActivate: open, label: `${c.name}，${c.categoryLabel}，${c.unitLabel}，${t.volunteers(names)}` })}>
                  <View className='gz-row__main'>
                    <Text className='gz-row__title'>
                      {c.name}（{c.categoryLabel}）
                    </Text>
                    <Text className='gz-muted'>
                      {c.unitLabel} · {c.contactMasked}
                    </Text>
                    <Text className='gz-muted'>{t.volunteers(names)}</Text>
                  </View>
                </View>
              </View>
            );
          })}
        </View>
      )}
    </Page>
  );
}
