// The committee, the community or the manager publishes a notice, optionally pinned.
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { ChoiceGroup } from '../../../components/Choice';
import { TextArea, TextInput } from '../../../components/Field';
import { Notice } from '../../../components/states';
import { call } from '../../../services/api';
import { NOTICE_KINDS, type NoticeKind } from '../../../domain/governance';
import { NOTICE_BODY_MAX, NOTICE_TITLE_MAX, publishNoticeInput } from '../../../domain/schemas/governance';
import { common, noticesText as t } from '../../../copy/governance';
import { useSubmit } from '../components/useSubmit';

export function PublishForm({ onSaved }: { onSaved: () => void }) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<NoticeKind>('maintenance');
  const [pinned, setPinned] = useState<'yes' | 'no'>('no');
  const f = useSubmit({ fields: ['title', 'body', 'kind', 'pinned'] });
  const submit = () => {
    const input = f.check(publishNoticeInput, { title, body, kind, pinned: pinned === 'yes' });
    if (!input) return;
    void f.run(() => call('notices.publish', input), () => {
      setTitle('');
      setBody('');
      onSaved();
      return t.sent;
    });
  };
  return (
    <>
      <TextInput id='title' label={t.titleLabel} value={title} onChange={(v) => { f.clear('title'); setTitle(v); }} maxLength={NOTICE_TITLE_MAX} error={f.err('title')} />
      <TextArea id='body' label={t.body} value={body} onChange={(v) => { f.clear('body'); setBody(v); }} max={NOTICE_BODY_MAX} counter={common.counter} over={common.over} error={f.err('body') ?? undefined} rows={5} />
      <ChoiceGroup<NoticeKind> id='kind' label={t.kind} options={(Object.keys(NOTICE_KINDS) as NoticeKind[]).map((k) => ({ value: k, label: NOTICE_KINDS[k] }))} value={kind} onChange={setKind} error={f.err('kind')} />
      <ChoiceGroup id='pinned' label={t.pin} options={[{ value: 'no', label: t.pinNo }, { value: 'yes', label: t.pinYes }]} value={pinned} onChange={(v) => setPinned(v as 'yes' | 'no')} error={f.err('pinned')} />
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      {f.done && <Notice kind='ok'>{f.done}</Notice>}
      <Btn kind='primary' block busy={f.busy} onClick={submit}>
        {t.send}
      </Btn>
    </>
  );
}
