// 各小区比较 (community, street, admin): the compounds of the community (for the street, of its
// communities) side by side over 30 / 90 / 365 days, one card per compound with the same figures:
// reports, the medians to accept and to fix, the reopen rate, residents' rating, the latest
// quarter's scorecard, votes held and how many households took part, and when the committee's term
// ends (marked within 90 days or once ended; 未成立业委会 where there is none). Figures only: no names, no phone numbers. Cards work alike in
// WeChat, in the browser and in 长辈模式.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Empty, Failed, Loading } from '../../../components/states';
import { ChoiceGroup } from '../../../components/Choice';
import { useAction } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import type { Output } from '../../../services/api';
import { termText } from '../../../domain/committeeTerm';
import '../governance.css';

type Row = Output<'compounds.compare'>['rows'][number];
const PERIODS = ['30', '90', '365'] as const;
type Period = (typeof PERIODS)[number];
const PERIOD_LABELS: Record<Period, string> = { '30': '近30天', '90': '近90天', '365': '近一年' };

const none = '暂无';
const hours = (h: number | null) => (h === null ? none : `${h} 小时`);
const percent = (p: number | null) => (p === null ? none : `${p}%`);
const LINES: Array<[string, (r: Row) => string]> = [
  ['报事', (r) => `${r.issues} 件`],
  ['受理用时(中位数)', (r) => hours(r.medianAcceptHours)],
  ['修复用时(中位数)', (r) => hours(r.medianFixHours)],
  ['返修率', (r) => percent(r.reopenRate)],
  ['居民评分', (r) => (r.averageRating === null ? none : `${r.averageRating} 星`)],
  ['表决', (r) => `${r.votesHeld} 次`],
  ['表决参与率', (r) => percent(r.voteParticipation)],
  ['季度考评', (r) => (r.scorecard?.total == null ? none : `${r.scorecard.total} 分(${r.scorecard.grade},${r.scorecard.quarter})`)],
];

/** The committee's term: flagged (text, not colour alone) when it ends within 90 days or has ended. */
function Term({ row }: { row: Row }) {
  const t = row.committeeTerm;
  const flagged = t.mark === 'soon' || t.mark === 'ended';
  return (
    <View className='gz-kv'>
      <Text className='gz-kv__k'>业委会任期</Text>
      <Text className={flagged ? 'gz-tag gz-tag--late' : undefined}>{`${flagged ? '⚠ ' : ''}${termText(t)}`}</Text>
    </View>
  );
}

function Card({ row }: { row: Row }) {
  const notes = row.hasCompany ? '' : '没有物业公司';
  return (
    <View className='gz-card'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {row.name}
      </Text>
      {notes && <Text className='gz-muted'>{notes}</Text>}
      {LINES.map(([label, value]) => (
        <View key={label} className='gz-kv'>
          <Text className='gz-kv__k'>{label}</Text>
          <Text>{value(row)}</Text>
        </View>
      ))}
      <Term row={row} />
    </View>
  );
}

export default function ComparePage() {
  const [period, setPeriod] = useState<Period>('90');
  const r = useAction('compounds.compare', { days: Number(period) }, [period]);
  return (
    <Page className='gz-gov'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {r.data ? `${r.data.scope}:各小区比较` : '各小区比较'}
      </Text>
      <Text className='gz-p gz-muted'>同样的数字,从居民的报事和表决里算出,不含任何人的姓名和电话。</Text>
      <ChoiceGroup<Period> id='period' label='比较的时间' options={PERIODS.map((p) => ({ value: p, label: PERIOD_LABELS[p] }))} value={period} onChange={setPeriod} />
      {r.state === 'loading' && !r.data && <Loading />}
      {r.state === 'error' && <Failed error={r.error} onRetry={r.reload} />}
      {r.data && r.data.rows.length === 0 && <Empty title='这里还没有小区' />}
      {r.data && r.data.rows.map((row) => <Card key={row.id} row={row} />)}
    </Page>
  );
}
