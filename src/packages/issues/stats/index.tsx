// 报事统计 (manager, committee, community): per category over 30 / 90 / 365 days, how long the
// property company took to accept and to fix (medians), how often a fix came undone, the
// residents' average rating and how many were closed without a fix. In the browser a real table
// (caption, column and row headers) a screen reader walks cell by cell; in 长辈模式, where eight
// columns cannot fit, one small two-column table per category; in WeChat, which has no table
// element, one card per category.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { ChoiceGroup } from '../../../components/Choice';
import { useAction } from '../../../components/useAction';
import { useElder } from '../../../components/elder';
import { headingA11y } from '../../../components/a11y';
import type { Output } from '../../../services/api';
import { statsText as t } from '../../../copy/issues';
import '../issues.css';
import { chinaParts } from '../../../domain/chinaTime';

type Stats = Output<'issues.stats'>;
type Row = Stats['all'];
type Column = { key: keyof typeof t.columns; value: (r: Row) => string };

const h5 = process.env.TARO_ENV === 'h5';
const PERIODS = ['30', '90', '365'] as const;
type Period = (typeof PERIODS)[number];

const hours = (h: number | null) => (h === null ? t.none : t.hours(h));
const COLUMNS: Column[] = [
  { key: 'count', value: (r) => t.count(r.count) },
  { key: 'accept', value: (r) => hours(r.medianAcceptHours) },
  { key: 'fix', value: (r) => hours(r.medianFixHours) },
  { key: 'reopen', value: (r) => (r.reopenRate === null ? t.none : t.percent(r.reopenRate)) },
  { key: 'rating', value: (r) => (r.averageRating === null ? t.none : t.rating(r.averageRating, r.ratings)) },
  { key: 'notFixed', value: (r) => t.count(r.closedNotFixed) },
];

function day(iso: string): string {
  const d = chinaParts(iso);
  return d ? `${d.y}年${d.m}月${d.d}日` : '';
}

/** The browser's full table: one row per category, the total in the footer. */
function WideTable({ data, caption }: { data: Stats; caption: string }) {
  return (
    <div className='gz-table-wrap' role='region' aria-label={`${caption}，${t.scroll}`} tabIndex={0}>
      <table className='gz-table'>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope='col'>{t.columns.category}</th>
            {COLUMNS.map((c) => (
              <th key={c.key} scope='col'>
                {t.columns[c.key]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.categories.map((r) => (
            <tr key={r.category}>
              <th scope='row'>{r.label}</th>
              {COLUMNS.map((c) => (
                <td key={c.key}>{c.value(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope='row'>{t.all}</th>
            {COLUMNS.map((c) => (
              <td key={c.key}>{c.value(data.all)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** 长辈模式 in the browser: one two-column table per category. */
function TallTables({ data }: { data: Stats }) {
  return (
    <>
      {[...data.categories, data.all].map((r) => (
        <table key={r.category} className='gz-table gz-table--tall'>
          <caption>{r.category === 'all' ? t.all : r.label}</caption>
          <tbody>
            {COLUMNS.map((c) => (
              <tr key={c.key}>
                <th scope='row'>{t.columns[c.key]}</th>
                <td>{c.value(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

/** WeChat: a card per category, each line read as "受理用时（中位数）：5 小时". */
function Cards({ data }: { data: Stats }) {
  return (
    <>
      {[...data.categories, data.all].map((r) => (
        <View key={r.category} className='gz-card'>
          <Text className='gz-card__title' {...headingA11y(3)}>
            {r.category === 'all' ? t.all : r.label}
          </Text>
          {COLUMNS.map((c) => (
            <View key={c.key} className='gz-kv gz-stat'>
              <Text className='gz-kv__k'>{t.columns[c.key]}</Text>
              <Text className='gz-stat__v'>{c.value(r)}</Text>
            </View>
          ))}
        </View>
      ))}
    </>
  );
}

export default function StatsPage() {
  const [period, setPeriod] = useState<Period>('90');
  const stats = useAction('issues.stats', { days: Number(period) }, [period]);
  const { elder } = useElder();
  const data = stats.data;
  const periodText = t.days[Number(period)];

  return (
    <Page className='gz-issues'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-p gz-muted'>{t.intro}</Text>
      <ChoiceGroup<Period> id='period' label={t.period} options={PERIODS.map((p) => ({ value: p, label: t.days[Number(p)] }))} value={period} onChange={setPeriod} />
      {stats.state === 'loading' && <Loading />}
      {stats.state === 'error' && <Failed error={stats.error} onRetry={stats.reload} />}
      {stats.state === 'ready' && data && (
        <>
          <Text className='gz-p gz-muted'>{t.range(day(data.from), day(data.to))}</Text>
          {data.truncated && <Notice kind='info'>{t.truncated}</Notice>}
          {data.all.count === 0 ? (
            <Empty title={t.empty} />
          ) : (
            <>
              {h5 ? elder ? <TallTables data={data} /> : <WideTable data={data} caption={t.caption(periodText)} /> : <Cards data={data} />}
              <Text className='gz-p gz-muted'>{t.notes}</Text>
            </>
          )}
        </>
      )}
    </Page>
  );
}
