// A comment under an issue, checked by WeChat's content check; what was typed stays on a refusal.
import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { TextArea } from '../../../components/Field';
import { handleSignedOut } from '../../../components/useAction';
import { call, isApiError } from '../../../services/api';
import { detailText as t, reportText } from '../strings';
import { errorText } from './model';

export function CommentBox({ issueId, onDone }: { issueId: string; onDone: (text: string) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    if (busy) return;
    setFormError(null);
    if (!text.trim()) return setError(t.needComment);
    if (text.trim().length > 300) return setError(t.tooLong(t.commentWord, 300));
    setBusy(true);
    try {
      await call('issues.comment', { issueId, text: text.trim() });
      setText('');
      onDone(t.commentSent);
    } catch (e) {
      if (handleSignedOut(e)) return;
      if (isApiError(e) && e.field === 'text') setError(e.message);
      else setFormError(errorText(e));
    } finally {
      setBusy(false);
    }
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
        error={error}
        onChange={(v) => {
          setText(v);
          setError(undefined);
        }}
      />
      {formError && <Notice kind='error'>{formError}</Notice>}
      <Btn kind='primary' size='main' block busy={busy} onClick={() => void send()}>
        {t.commentSend}
      </Btn>
    </View>
  );
}
