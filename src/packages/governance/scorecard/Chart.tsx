// The quarters side by side: a bar chart for the eye (hidden from screen readers) and the same
// numbers in a real table (a list of lines in the mini-program, which has no <table>).
import { Text, View } from '@tarojs/components';
import { scorecardText as t } from '../../../copy/governance';

const h5 = process.env.TARO_ENV === 'h5';

export interface QuarterRow {
  quarter: string;
  label: string;
  total: number | null;
  inspection: number | null;
  service: number | null;
  grade: string | null;
}

const BARS = [
  ['total', t.col.total],
  ['inspection', t.col.inspection],
  ['service', t.col.service],
] as const;

const show = (n: number | null) => (n === null ? '—' : String(n));

export function ScoreChart({ rows }: { rows: QuarterRow[] }) {
  // Oldest first, as a reader compares over time.
  const ordered = [...rows].reverse();
  return (
    <>
      <View className='gz-chart' {...(h5 ? { 'aria-hidden': 'true' } : { ariaHidden: true })}>
        {ordered.map((r) => (
          <View key={r.quarter} className='gz-chart__group'>
            <Text className='gz-strong'>{r.label}</Text>
            {BARS.map(([key, name]) => (
              <View key={key} className='gz-chart__row'>
                <Text className='gz-chart__name'>{name}</Text>
                <View className='gz-chart__track'>
                  <View className={`gz-chart__fill gz-chart__fill--${key}`} style={{ width: `${r[key] ?? 0}%` }} />
                </View>
                <Text className='gz-chart__value'>{show(r[key])}</Text>
              </View>
            ))}
          </View>
        ))}
      </View>
      <Text className='gz-p gz-muted'>{t.chartHint}</Text>
      {h5 ? (
        <div className='gz-table-wrap' role='region' aria-label={t.chartCaption} tabIndex={0}>
          <table className='gz-table'>
            <caption>{t.chartCaption}</caption>
            <thead>
              <tr>
                <th scope='col'>{t.col.quarter}</th>
                <th scope='col'>{t.col.total}</th>
                <th scope='col'>{t.col.inspection}</th>
                <th scope='col'>{t.col.service}</th>
                <th scope='col'>{t.col.grade}</th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((r) => (
                <tr key={r.quarter}>
                  <th scope='row'>{r.label}</th>
                  {/* data-label: the column's name, shown before the value when 长辈模式 stacks rows as cards */}
                  <td data-label={t.col.total}>{show(r.total)}</td>
                  <td data-label={t.col.inspection}>{show(r.inspection)}</td>
                  <td data-label={t.col.service}>{show(r.service)}</td>
                  <td data-label={t.col.grade}>{r.grade ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <View className='gz-list'>
          {ordered.map((r) => (
            <Text key={r.quarter} className='gz-block'>
              {r.label}：{t.col.total} {show(r.total)}，{t.col.inspection} {show(r.inspection)}，{t.col.service} {show(r.service)}，{r.grade ?? '—'}
            </Text>
          ))}
        </View>
      )}
    </>
  );
}
