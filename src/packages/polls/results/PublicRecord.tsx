// 计票明细 (the public record) on the results page: how many counted ballots it lists, a search by
// receipt code or paper serial ("核对我的选票"), and in a browser a download of the file that
// `npm run recount -- FILE` recounts (docs/recount.md).
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { TextInput } from '../../../components/Field';
import { Notice } from '../../../components/states';
import { useSubmit } from '../../../components/useSubmit';
import { headingA11y } from '../../../components/a11y';
import { call, type Output } from '../../../services/api';

type RecordFile = Output<'polls.publicRecord'>['file'];
type Row = RecordFile['ballots'][number];
const h5 = process.env.TARO_ENV === 'h5';
const VOTE: Record<string, string> = { yes: '同意', no: '反对', abstain: '弃权' };

const t = {
  heading: '计票明细（每张计入的选票）',
  intro: '每张在线选票以回执码列出，纸质选票以编号列出，并写明所计的业主编号和面积，不含姓名。任何人都可以下载后用 npm run recount 独立复核。',
  load: '查看计票明细',
  loading: '正在读取…',
  count: (n: number, heads: number) => `共计入 ${n} 张选票，名册共 ${heads} 位业主。`,
  ref: '回执码或纸质选票编号',
  refHint: '在“我的 → 核对我的选票”可以找到自己的回执码。',
  find: '查找',
  found: (r: Row) => `找到了：${r.ref} 计入业主 ${r.head}（面积 ${r.area} ㎡），意见：${r.choice ? (VOTE[r.choice] ?? r.choice) : r.choices && r.choices.length ? r.choices.join('、') : '空白票'}。`,
  notFound: (ref: string) => `计票明细里没有 ${ref}。请核对后再试，仍然找不到请联系业委会。`,
  download: '下载计票明细（JSON）',
};

export function findRef(file: RecordFile, ref: string): Row | null {
  const wanted = ref.trim().toUpperCase();
  return file.ballots.find((b) => b.ref.toUpperCase() === wanted || b.ref.split(',').includes(wanted)) ?? null;
}

export function PublicRecord({ pollId, initialRef = '' }: { pollId: string; initialRef?: string }) {
  const [file, setFile] = useState<{ file: RecordFile; fileName: string } | null>(null);
  const f = useSubmit({ fields: [] });
  const [ref, setRef] = useState(initialRef);
  const [answer, setAnswer] = useState<{ ok: boolean; text: string } | null>(null);
  const load = async () => (await f.run(() => call('polls.publicRecord', { pollId }), (r) => void setFile(r))) ?? null;
  const find = async () => {
    const loaded = file ?? (await load());
    if (!loaded || !ref.trim()) return;
    const row = findRef(loaded.file, ref);
    setAnswer(row ? { ok: true, text: t.found(row) } : { ok: false, text: t.notFound(ref.trim()) });
  };
  const download = () => {
    if (!file) return;
    const url = URL.createObjectURL(new Blob([JSON.stringify(file.file, null, 1)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = file.fileName;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <View className='gz-card gz-noprint' id='public-record'>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.heading}
      </Text>
      <Text className='gz-p gz-muted'>{t.intro}</Text>
      {file ? (
        <Text className='gz-p'>{t.count(file.file.ballots.length, file.file.heads.length)}</Text>
      ) : (
        <Btn kind='secondary' size='main' busy={f.busy} onClick={() => void load()}>
          {f.busy ? t.loading : t.load}
        </Btn>
      )}
      <TextInput id='record-ref' label={t.ref} maxLength={40} value={ref} onChange={(v) => (setRef(v), setAnswer(null))} hint={t.refHint} />
      <Btn kind='primary' size='main' busy={f.busy} onClick={() => void find()}>
        {t.find}
      </Btn>
      {answer && <Notice kind={answer.ok ? 'ok' : 'error'}>{answer.text}</Notice>}
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      {h5 && file && (
        <Btn kind='link' size='normal' onClick={download}>
          {t.download}
        </Btn>
      )}
    </View>
  );
}
