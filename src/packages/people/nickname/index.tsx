// 修改昵称: the name others see. Checked by WeChat's content check; a refusal names what was
// flagged and keeps what was typed.
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { headingA11y } from '../../../components/a11y';
import { call, isApiError } from '../../../services/api';
import { TextField } from '../components/fields';

const t = {
  title: '修改昵称',
  label: '昵称',
  hint: '其他人看到的名字，最多 10 个字；会经过微信内容安全检查',
  save: '保存',
  saved: (name: string) => `已保存，大家现在看到的是“${name}”`,
  empty: '请填写昵称',
  failed: '没有保存成功，请重试',
};

export default function NicknamePage() {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (!value.trim()) return setError(t.empty);
    setBusy(true);
    setSaved(null);
    try {
      const r = await call('me.nickname', { nickname: value });
      setSaved(r.user.name);
      setError(null);
    } catch (e) {
      setError(isApiError(e) ? e.message : t.failed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <TextField id='nickname' label={t.label} value={value} maxLength={10} hint={t.hint} error={error ?? undefined} onChange={(v) => (setValue(v), setError(null))} />
      <Btn kind='primary' size='main' block busy={busy} onClick={() => void save()}>
        {t.save}
      </Btn>
      {saved && <Notice kind='ok'>{t.saved(saved)}</Notice>}
    </Page>
  );
}
