// A4 print kit: the frame of every printed page (the paper ballot register, the canvassing list,
// a 公示, the count certificate). On screen it is a card; printed (browser build, 打印 or
// page.pdf) it is an A4 sheet with the title, what it is about, when it was printed (China time)
// and a QR code back to the same page online, so whoever holds the paper can check it is current.
// Usage:
//   <PrintSheet title='纸质选票登记表' subtitle={poll.title} onlinePath={`${PAGES.pollDetail}?id=…`}>
//     <PrintTable caption='登记表' columns={[{ key: 'serial', label: '编号', width: '5em' }, …]} rows={rows} />
//   </PrintSheet>
//   <PrintButton ready={loaded === total} busyText={`已载入 ${loaded}/${total}`} />
// Only `.gz-noprint` parts (buttons, filters) are hidden on paper; the tab bar and navigation too.
import { Image, Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { qrDataUrl } from '../qr';
import { chinaDateTime } from '../../domain/chinaTime';
import { onlineUrl } from './onlineUrl';
import './print.css';

const h5 = process.env.TARO_ENV === 'h5';

export interface PrintSheetProps {
  title: string;
  subtitle?: string;
  /** The page's own path with its query, e.g. `/packages/polls/results/index?id=poll:1`. */
  onlinePath: string;
  /** When the content was read; defaults to now. */
  at?: string;
}

export function PrintSheet({ title, subtitle, onlinePath, at, children }: PropsWithChildren<PrintSheetProps>) {
  const url = onlineUrl(onlinePath);
  return (
    <View className='gz-print-sheet'>
      <View className='gz-print-sheet__head'>
        <View className='gz-print-sheet__titles'>
          <Text className='gz-print-sheet__title'>{title}</Text>
          {subtitle && <Text className='gz-print-sheet__subtitle'>{subtitle}</Text>}
          <Text className='gz-print-sheet__meta'>打印时间(北京时间):{chinaDateTime(at ?? new Date().toISOString())}</Text>
        </View>
        <View className='gz-print-sheet__qr'>
          <Image className='gz-print-sheet__qr-img' src={qrDataUrl(url, 3)} mode='aspectFit' {...(h5 ? { imgProps: { alt: `扫码查看在线页面:${title}` } } : {})} />
          <Text className='gz-print-sheet__qr-caption'>扫码看在线最新版</Text>
        </View>
      </View>
      {children}
    </View>
  );
}

export interface PrintColumn {
  key: string;
  label: string;
  /** CSS width, e.g. '5em'; the rest share what is left. */
  width?: string;
}

/** A plain table that stays a table on paper (rows never split across pages); in the browser a real ARIA table. */
export function PrintTable({ caption, columns, rows }: { caption: string; columns: PrintColumn[]; rows: Array<Record<string, string>> }) {
  const role = (r: string) => (h5 ? { role: r } : {});
  const style = (c: PrintColumn) => (c.width ? { flex: `0 0 ${c.width}`, width: c.width } : { flex: '1 1 0' });
  return (
    <View className='gz-print-table' {...role('table')} {...(h5 ? { 'aria-label': caption } : {})}>
      <View className='gz-print-table__row gz-print-table__row--head' {...role('row')}>
        {columns.map((c) => (
          <Text key={c.key} className='gz-print-table__cell' style={style(c)} {...role('columnheader')}>
            {c.label}
          </Text>
        ))}
      </View>
      {rows.map((row, n) => (
        <View key={n} className='gz-print-table__row' {...role('row')}>
          {columns.map((c) => (
            <Text key={c.key} className='gz-print-table__cell' style={style(c)} {...role('cell')}>
              {row[c.key] ?? ''}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
