// Moving an open poll's closing time (polls.moveClosingTime): the line everyone sees once it was
// moved, and the committee's form: the same time picker as drafting, a reason, and an inline
// confirmation (never a modal) saying what will change. The form checks the action's own input
// schema before sending; the server refuses a poll that is closing.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { ConfirmInline } from '../../../components/ConfirmInline';
import { TextInput } from '../../../components/Field';
import { Notice } from '../../../components/states';
import { useSubmit } from '../../../components/useSubmit';
import { call, type Output } from '../../../services/api';
import { moveClosingTimeInput } from '../../../domain/schemas/polls';
import { formatTime } from '../../../ui/format';
import { ClosingTimeField, closingTime, spokenTime } from '../create/ClosingTimeField';
import { moveText as t } from '../../../copy/polls';

type Poll = Output<'polls.get'>['poll'];

/** "截止时间已由 … 改为 …，原因：…" while the poll is open or after, once it was moved. */
export function ClosingMoved({ poll }: { poll: Poll }) {
  const m = poll.closingMove;
  if (!m) return null;
  return (
    <Text className='gz-poll-fact gz-poll-fact--strong'>
      {m.from ? t.moved(formatTime(m.from), formatTime(m.to), m.reason) : t.movedFromNone(formatTime(m.to), m.reason)}
    </Text>
  );
}

export function MoveClosingTime({ poll, onDone }: { poll: Poll; onDone: (text: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [when, setWhen] = useState('');
  const [reason, setReason] = useState('');
  const f = useSubmit({ fields: ['closesAt', 'reason'] });
  if (poll.status !== 'open') return null;
  if (!editing) {
    return (
      <Btn kind='secondary' size='main' block onClick={() => setEditing(true)}>
        {t.open}
      </Btn>
    );
  }
  const save = async () => {
    const input = f.check(moveClosingTimeInput, { pollId: poll.id, closesAt: closingTime(when), reason });
    if (!input) return;
    await f.run(
      () => call('polls.moveClosingTime', input),
      () => {
        setEditing(false);
        onDone(t.done);
      },
    );
  };
  return (
    <View className='gz-card'>
      <ClosingTimeField value={when} onChange={(v) => (setWhen(v), f.clear('closesAt'))} error={f.errors.closesAt} label={t.label} hint={t.hint} required />
      <TextInput id='moveReason' label={t.reason} value={reason} onChange={(v) => (setReason(v), f.clear('reason'))} placeholder={t.reasonHint} maxLength={100} error={f.errors.reason} />
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      <ConfirmInline label={t.open} warning={t.warning(spokenTime(when) || t.timeMissing)} yes={t.yes} busy={f.busy} onConfirm={() => void save()} />
      <Btn kind='secondary' size='main' block disabled={f.busy} onClick={() => setEditing(false)}>
        {t.cancel}
      </Btn>
    </View>
  );
}
