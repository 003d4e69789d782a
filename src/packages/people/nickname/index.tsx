// 修改昵称: the name others see. Checked by WeChat's content check; a refusal names what was
// flagged and keeps what was typed.
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { headingA11y } from '../../../components/a11y';
import { useSubmit } from '../../../components/useSubmit';
import { call } from '../../../services/api';
import { setNicknameInput } from '../../../domain/schemas/people';
import { TextInput } from '../../../components/Field';

const t = {
  title: '修改昵称',
  label: '昵称',
  hint: '其他人看到的名字，最多 10 个字；会经过微信内容安全检查',
  save: '保存',
  saved: (name: string) => `已保存，大家现在看到的是“${name}”`,
};

export default function NicknamePage() {
  const [value, setValue] = useState('');
  // Whatever the server refuses is about the nickname, the form's one field.
  const f = useSubmit({ fields: [] });
  const error = f.formError ?? f.err('nickname');
  const save = async () => {
    const input = f.check(setNicknameInput, { nickname: value });
    if (input) await f.run(() => call('me.nickname', input), (r) => t.saved(r.user.name));
  };
  return (
    <Page>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <TextInput id='nickname' label={t.label} value={value} maxLength={10} hint={t.hint} error={error ?? undefined} onChange={(v) => (setValue(v), f.clear('nickname'), f.setFormError(null))} />
      <Btn kind='primary' size='main' block busy={f.busy} onClick={() => void save()}>
        {t.save}
      </Btn>
      {f.done && <Notice kind='ok'>{f.done}</Notice>}
    </Page>
  );
}
