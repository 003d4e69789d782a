// 计票证明 (the paper count's certificate), published with the results and printable: who counted
// and who watched (the accounts that joined and signed), the rounds with their times and
// signatures, every discrepancy and how it was settled, the ballots set aside and why, the totals
// (issued = returned + not returned; returned = valid + invalid) and the signed tally sheet. It
// sits in the results' A4 sheet (src/components/print); its own button prints that sheet with the
// certificate alone: the parts of the result marked .gz-cert-skip are left off (certificate.css).
import { Image, Text, View } from '@tarojs/components';
import { Btn } from '../../../components/Btn';
import { headingA11y } from '../../../components/a11y';
import { imageProps } from '../../../components/image';
import type { Output } from '../../../services/api';
import { formatTime } from '../../../ui/format';
import './certificate.css';

type Cert = NonNullable<Output<'polls.results'>['certificate']>;
const h5 = process.env.TARO_ENV === 'h5';

const t = {
  heading: '纸质票计票证明',
  people: (c: string[], s: string[]) => `计票人：${c.filter(Boolean).join('、')}；监票人：${s.join('、') || '无'}`,
  totals: (x: Cert) => `发出 ${x.issued} 张 = 收回 ${x.returned} + 未收回 ${x.notReturned}；收回 ${x.returned} = 有效 ${x.valid} + 作废 ${x.invalid}；计入 ${x.ballotsRecorded} 户。`,
  closed: (at: string, by: string) => `${at} 由${by}结束计票。`,
  rounds: '各轮计票',
  round: (r: Cert['rounds'][number]) =>
    `第 ${r.round} 轮（${formatTime(r.startedAt)} 开始，收回 ${r.returned} 张）：${r.agrees ? '两人一致' : `${r.differences} 张不一致`}${r.corrections ? `，更正 ${r.corrections} 次` : ''}`,
  signed: (names: string) => `签字：${names}`,
  signer: { counter1: '计票人 1', counter2: '计票人 2', scrutineer: '监票人' } as Record<string, string>,
  discrepancies: (n: number) => `不一致及处理（${n} 处）`,
  noDiscrepancies: '各轮没有不一致。',
  discrepancy: (d: Cert['discrepancies'][number]) => `第 ${d.round} 轮 ${d.serial}：${d.settled}`,
  voids: (n: number) => `作废的选票（${n} 张）`,
  noVoids: '没有作废的选票。',
  void: (v: Cert['voids'][number]) => `${v.serial}：${v.reason}`,
  sheet: '签字的计票单',
  sheetAlt: '计票人和监票人签字的计票单照片',
  print: '打印计票证明',
};

/** window.print() blocks until the print dialog is closed; the class is taken off after it. */
function printAlone() {
  document.body.classList.add('gz-printing-cert');
  try {
    window.print();
  } finally {
    document.body.classList.remove('gz-printing-cert');
  }
}

export function Certificate({ cert }: { cert: Cert }) {
  return (
    <View className='gz-card gz-cert' id='count-certificate'>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.heading}
      </Text>
      <Text className='gz-p'>{t.people(cert.counters, cert.scrutineers)}</Text>
      <Text className='gz-p'>{t.totals(cert)}</Text>
      <Text className='gz-p'>{t.closed(formatTime(cert.closedAt), cert.closedBy)}</Text>
      <Text className='gz-field__label' {...headingA11y(3)}>
        {t.rounds}
      </Text>
      {cert.rounds.map((r) => (
        <View key={r.round} className='gz-row__main'>
          <Text className='gz-p'>{t.round(r)}</Text>
          {r.signoffs.length > 0 && <Text className='gz-p gz-muted'>{t.signed(r.signoffs.map((s) => `${s.name}（${t.signer[s.as] ?? s.as}，${formatTime(s.at)}）`).join('、'))}</Text>}
        </View>
      ))}
      <Text className='gz-field__label' {...headingA11y(3)}>
        {t.discrepancies(cert.discrepancies.length)}
      </Text>
      {cert.discrepancies.length === 0 ? <Text className='gz-p'>{t.noDiscrepancies}</Text> : cert.discrepancies.map((d, i) => <Text key={i} className='gz-p'>{t.discrepancy(d)}</Text>)}
      <Text className='gz-field__label' {...headingA11y(3)}>
        {t.voids(cert.voids.length)}
      </Text>
      {cert.voids.length === 0 ? <Text className='gz-p'>{t.noVoids}</Text> : cert.voids.map((v) => <Text key={v.serial} className='gz-p'>{t.void(v)}</Text>)}
      {cert.photoUrl && (
        <>
          <Text className='gz-field__label' {...headingA11y(3)}>
            {t.sheet}
          </Text>
          <Image className='gz-cert__sheet' src={cert.photoUrl} mode='widthFix' {...imageProps(t.sheetAlt)} />
        </>
      )}
      {h5 && (
        <View className='gz-noprint'>
          <Btn kind='secondary' size='main' onClick={printAlone}>
            {t.print}
          </Btn>
        </View>
      )}
    </View>
  );
}
