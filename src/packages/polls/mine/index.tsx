// 核对我的选票 (from 我的): the caller's ballots in recent decisions and elections, each with the
// receipt code (online) or paper serial it is listed under. Once a result is published, 核对
// opens the results page with that code filled in, where the public record is searched.
import { Text, View } from '@tarojs/components';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Empty, Failed, Loading } from '../../../components/states';
import { useAction, useReloadOnShow } from '../../../components/useAction';
import { go } from '../../../components/nav';
import { headingA11y } from '../../../components/a11y';
import { formatTime } from '../../../ui/format';
import { PAGES } from '../../../routes';
import '../polls.css';

const VOTE: Record<string, string> = { yes: '同意', no: '反对', abstain: '弃权' };
const t = {
  title: '核对我的选票',
  intro: '每张在线选票都有一个回执码，纸质选票以编号为准。结果公示后，可以在计票明细中找到自己的选票，核对它按你的意见计入了。回执码只有你自己能看到，请不要告诉别人。',
  empty: '最近的表决和选举中还没有你的选票。',
  ref: '回执码',
  serial: '纸质选票编号',
  noRef: '（早期选票，没有回执码）',
  units: (u: string[]) => `房屋：${u.join('、')}`,
  cast: (at: string, paper: boolean) => `${paper ? '纸质票计入' : '投票'}时间：${formatTime(at)}`,
  choice: (c: { choice?: string; choices?: string[] }) => `我的意见：${c.choice ? (VOTE[c.choice] ?? c.choice) : c.choices ? (c.choices.length ? c.choices.join('、') : '空白票') : '（代理人所投，不显示）'}`,
  check: '到计票明细中核对',
  checkLabel: (title: string) => `到“${title}”的计票明细中核对`,
  waiting: '结果公示后可以核对。',
};

export default function MyBallotsPage() {
  const mine = useAction('polls.myBallots', {});
  useReloadOnShow(mine.reload);
  return (
    <Page className='gz-polls'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-p gz-muted'>{t.intro}</Text>
      {mine.state === 'loading' && !mine.data && <Loading />}
      {mine.state === 'error' && !mine.data && <Failed error={mine.error} onRetry={mine.reload} />}
      {mine.data && mine.data.items.length === 0 && <Empty title={t.empty} />}
      {mine.data && mine.data.items.length > 0 && (
        <View className='gz-list'>
          {mine.data.items.map((b) => (
            <View key={`${b.pollId}-${b.ref}`} className='gz-card'>
              <Text className='gz-card__title' {...headingA11y(2)}>
                {b.title}
              </Text>
              <Text className='gz-p'>
                {b.channel === 'paper' ? t.serial : t.ref}：{b.ref ?? t.noRef}
              </Text>
              <Text className='gz-p'>{t.choice(b)}</Text>
              <Text className='gz-p gz-muted'>{t.units(b.units)}</Text>
              <Text className='gz-p gz-muted'>{t.cast(b.castAt, b.channel === 'paper')}</Text>
              {b.status === 'published' && b.ref ? (
                <Btn kind='secondary' size='main' label={t.checkLabel(b.title)} onClick={() => go(`${PAGES.pollResults}?id=${encodeURIComponent(b.pollId)}&ref=${encodeURIComponent(b.ref!.split(',')[0])}`)}>
                  {t.check}
                </Btn>
              ) : (
                <Text className='gz-p gz-muted'>{t.waiting}</Text>
              )}
            </View>
          ))}
        </View>
      )}
    </Page>
  );
}
