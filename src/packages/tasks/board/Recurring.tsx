// Recurring tasks: the rules ("every Monday 08:00") and the form for a new one.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { FormFooter } from '../../../components/FormFooter';
import { useSubmit } from '../../../components/useSubmit';
import { headingA11y } from '../../../components/a11y';
import { call } from '../../../services/api';
import { createRecurrenceInput } from '../../../domain/schemas/tasks';
import { taskKindLabel, tasksText as t } from '../../../ui/strings/tasks';
import { ChoiceGroup, type Option } from '../../../components/Choice';
import { TextInput } from '../../../components/Field';
import { WhenInput } from '../../../components/WhenInput';
import { normalTime, type TaskKind } from '../components/model';
import { KIND_OPTIONS, staffOptions } from './model';
import type { Staff, Recurrence, Done } from './model';

const WEEKDAYS: Option[] = t.weekdays.map((d, i) => ({ value: String(i + 1), label: t.weekdayLabel(d) }));
const FREQS: Option[] = [
  { value: 'daily', label: t.daily },
  { value: 'weekly', label: t.weekly },
  { value: 'monthly', label: t.monthly },
];

export function RecurrenceForm({ staff, onDone, onCancel }: { staff: Staff[]; onDone: Done; onCancel: () => void }) {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<TaskKind>('cleaning');
  const [freq, setFreq] = useState<'daily' | 'weekly' | 'monthly'>('weekly');
  const [weekday, setWeekday] = useState('1');
  const [day, setDay] = useState('1');
  const [time, setTime] = useState('08:00');
  const [assignee, setAssignee] = useState('');
  const [hours, setHours] = useState('4');
  const [route, setRoute] = useState('');
  // The server's names for the rule's parts are the form's fields (rule.time is the time field).
  const f = useSubmit({ fields: { title: 'title', kind: 'kind', rule: 'freq', 'rule.freq': 'freq', 'rule.time': 'time', 'rule.day': 'day', 'rule.weekday': 'weekday', durationHours: 'durationHours', route: 'route', assigneeId: 'assigneeId' } });
  const { errors, busy, clear } = f;

  const save = async () => {
    if (busy) return;
    const at = normalTime(time) ?? time;
    const rule = freq === 'daily' ? { freq, time: at } : freq === 'weekly' ? { freq, weekday: Number(weekday), time: at } : { freq, day: day ? Number(day) : undefined, time: at };
    const input = f.check(createRecurrenceInput, {
      title,
      kind,
      rule,
      assigneeId: assignee || null,
      durationHours: hours ? Number(hours) : undefined,
      ...(kind === 'meter_reading' ? { route } : {}),
    });
    if (!input) return;
    await f.run(
      () => call('recurrences.create', input),
      (r) => onDone('recurring', `${r.recurrence.title}：${t.savedRecurring(r.recurrence.rule)}`),
    );
  };

  return (
    <View className='gz-card'>
      <Text className='gz-card__title' {...headingA11y(3)}>
        {t.addRecurring}
      </Text>
      <TextInput id='rec-title' label={t.recTitle} placeholder={t.recTitlePlaceholder} value={title} maxLength={40} error={errors.title} onChange={(v) => (setTitle(v), clear('title'))} />
      <ChoiceGroup id='rec-kind' label={t.taskKind} options={KIND_OPTIONS(['cleaning', 'repair', 'meter_reading', 'other'])} value={kind} error={errors.kind} onChange={(v) => (setKind(v as TaskKind), clear('kind'), clear('route'))} />
      <ChoiceGroup id='rec-freq' label={t.freq} options={FREQS} value={freq} error={errors.freq} onChange={(v) => (setFreq(v as typeof freq), clear('freq'))} />
      {freq === 'weekly' && <ChoiceGroup id='rec-weekday' label={t.weekday} options={WEEKDAYS} value={weekday} error={errors.weekday} onChange={(v) => (setWeekday(v), clear('weekday'))} />}
      {freq === 'monthly' && <TextInput id='rec-day' label={t.monthDay} keyboard='number' maxLength={2} value={day} error={errors.day} onChange={(v) => (setDay(v.replace(/\D/g, '')), clear('day'))} />}
      <WhenInput id='rec-time' mode='time' label={t.time} placeholder='08:00' value={time} error={errors.time} onChange={(v) => (setTime(v), clear('time'))} />
      {staff.length > 0 && <ChoiceGroup id='rec-assignee' label={t.assignee} options={staffOptions(staff, true)} value={assignee} error={errors.assigneeId} onChange={(v) => (setAssignee(v), clear('assigneeId'))} />}
      <TextInput id='rec-hours' label={t.duration} keyboard='number' maxLength={3} value={hours} error={errors.durationHours} onChange={(v) => (setHours(v.replace(/\D/g, '')), clear('durationHours'))} />
      {kind === 'meter_reading' && <TextInput id='rec-route' label={t.routeField} placeholder={t.routePlaceholder} value={route} maxLength={40} error={errors.route} onChange={(v) => (setRoute(v), clear('route'))} />}
      <FormFooter error={f.formError} busy={busy} send={t.saveRecurring} onSend={() => void save()} onCancel={onCancel} />
    </View>
  );
}

export function RecurrenceRow({ rec, names }: { rec: Recurrence; names: Map<string, string> }) {
  return (
    <View className='gz-row'>
      <View className='gz-row__main'>
        <Text className='gz-row__title'>{rec.title}</Text>
        <Text>
          {rec.rule} · {taskKindLabel[rec.kind] ?? rec.kind}
          {rec.route ? ` · ${t.routeField}：${rec.route}` : ''}
        </Text>
        <Text className='gz-muted'>{rec.assigneeId ? t.assigneeOf(names.get(rec.assigneeId) ?? t.someone) : t.unassignedTag}</Text>
      </View>
    </View>
  );
}
