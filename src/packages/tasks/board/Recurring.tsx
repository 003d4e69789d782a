// Recurring tasks: the rules ("every Monday 08:00") and the form for a new one.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { handleSignedOut } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { call, isApiError } from '../../../services/api';
import { common } from '../../../ui/strings';
import { taskKindLabel, tasksText as t } from '../../../ui/strings/tasks';
import { ChoiceGroup, type Option } from '../../../components/Choice';
import { TextInput } from '../../../components/Field';
import { WhenInput } from '../../../components/WhenInput';
import { normalTime, type TaskKind } from '../components/model';
import { errorText, KIND_OPTIONS, staffOptions } from './model';
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
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const clear = (f: string) => setErrors((e) => (e[f] ? { ...e, [f]: undefined } : e));

  const save = async () => {
    if (busy) return;
    setError(null);
    const found: Record<string, string> = {};
    const at = normalTime(time);
    const dayNo = Number(day);
    const durationHours = Number(hours);
    if (!title.trim()) found.title = t.needTitle;
    if (!at) found.time = t.needTime;
    if (freq === 'monthly' && !(Number.isInteger(dayNo) && dayNo >= 1 && dayNo <= 28)) found.day = t.needMonthDay;
    if (!(Number.isInteger(durationHours) && durationHours >= 1 && durationHours <= 168)) found.durationHours = t.needDuration;
    if (kind === 'meter_reading' && !route.trim()) found.route = t.needRoute;
    setErrors(found);
    if (Object.keys(found).length) return;
    const rule =
      freq === 'daily'
        ? { freq, time: at as string }
        : freq === 'weekly'
          ? { freq, weekday: Number(weekday), time: at as string }
          : { freq, day: dayNo, time: at as string };
    setBusy(true);
    try {
      const r = await call('recurrences.create', {
        title: title.trim(),
        kind,
        rule,
        assigneeId: assignee || null,
        durationHours,
        ...(kind === 'meter_reading' ? { route: route.trim() } : {}),
      });
      onDone('recurring', `${r.recurrence.title}：${t.savedRecurring(r.recurrence.rule)}`);
    } catch (e) {
      setBusy(false);
      if (handleSignedOut(e)) return;
      const field = isApiError(e) ? e.field : undefined;
      const map: Record<string, string> = { title: 'title', kind: 'kind', rule: 'freq', 'rule.freq': 'freq', 'rule.time': 'time', 'rule.day': 'day', 'rule.weekday': 'weekday', durationHours: 'durationHours', route: 'route', assigneeId: 'assigneeId' };
      if (field && map[field]) setErrors({ [map[field]]: errorText(e) });
      else setError(errorText(e));
    }
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
      {error && <Notice kind='error'>{error}</Notice>}
      <View className='gz-actions'>
        <Btn kind='primary' size='main' busy={busy} onClick={() => void save()}>
          {t.saveRecurring}
        </Btn>
        <Btn kind='link' onClick={onCancel}>
          {common.cancel}
        </Btn>
      </View>
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
