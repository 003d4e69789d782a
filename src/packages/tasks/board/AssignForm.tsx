// Choosing who does an open task and confirming it, in place: the board's 改派 (TaskList) and the
// move across compounds (CompoundTasks) send it differently, the form is the same.
import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { ChoiceGroup } from '../../../components/Choice';
import { Loading, Notice } from '../../../components/states';
import { useSubmit } from '../../../components/useSubmit';
import { FormFooter } from '../../../components/FormFooter';
import { common } from '../../../ui/strings';
import { tasksText as t } from '../../../ui/strings/tasks';
import { staffOptions, type Staff } from './model';

export function AssignForm(props: {
  id: string;
  /** Who does it now (left out of the choice), or null. */
  assigneeId: string | null;
  /** The staff to choose from; null while they load. */
  staff: Staff[] | null;
  /** Why the staff could not be loaded. */
  loadError?: string | null;
  send: (assigneeId: string) => Promise<unknown>;
  /** Called with the chosen person's name once the server took it. */
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const { id, assigneeId, staff, loadError, send, onDone, onCancel } = props;
  const [to, setTo] = useState<string | null>(null);
  // One choice on this form: every refusal is said under it.
  const f = useSubmit({ fields: [] });

  const confirm = async () => {
    if (f.busy) return;
    if (!to) return f.setFormError(t.needStaff);
    await f.run(
      () => send(to),
      () => onDone(staff?.find((s) => s.id === to)?.name ?? ''),
    );
  };

  return (
    <View className='gz-inline-form'>
      {staff ? (
        <>
          <ChoiceGroup id={id} label={t.assignTo} options={staffOptions(staff.filter((s) => s.id !== assigneeId), false)} value={to} onChange={(v) => (setTo(v), f.setFormError(null))} />
          <FormFooter error={f.formError} busy={f.busy} send={t.confirmReassign} onSend={() => void confirm()} onCancel={onCancel} />
        </>
      ) : (
        <>
          {loadError ? <Notice kind='error'>{loadError}</Notice> : <Loading />}
          <Btn kind='link' onClick={onCancel}>
            {common.cancel}
          </Btn>
        </>
      )}
    </View>
  );
}
