// A comment under an issue, checked by WeChat's content check; what was typed stays on a refusal.
import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { TextArea } from '../../../components/Field';
import { useSubmit } from '../../../components/useSubmit';
import { call } from '../../../services/api';
import { commentIssueInput } from '../../../domain/schemas/issues';
import { detailText as t, reportText } from '../../../copy/issues';

export function CommentBox({ issueId, onDone }: { issueId: string; onDone: (text: string) => void }) {
  const [text, setText] = useState('');
  const f = useSubmit({ fields: ['text'] });
  const { busy, formError } = f;
  const send = async () => {
    if (busy) return;
    const input = f.check(commentIssueInput, { issueId, text });
    if (!input) return;
    await f.run(
      () => call('issues.comment', input),
      () => {
        setText('');
        onDone(t.commentSent);
      },
    );
  };
  return (
    <View className='gz-card'>
      <TextArea
        id='comment'
        label={t.comment}
        placeholder={t.commentPlaceholder}
        value={text}
        max={300}
        counter={(n) => t.counterOf(n, 300)}
        over={reportText.over}
        rows={3}
        error={f.errors.text}
        onChange={(v) => {
          setText(v);
          f.clear('text');
        }}
      />
      {formError && <Notice kind='error'>{formError}</Notice>}
      <Btn kind='primary' size='main' block busy={busy} onClick={() => void send()}>
        {t.commentSend}
      </Btn>
    </View>
  );
}
