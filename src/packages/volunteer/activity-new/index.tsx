// 发布活动 (team leader): name, place, a day in the next two weeks, a start time and a length as
// large buttons (no pickers, which 长辈模式 avoids), places, what to bring, once or every week.
// Each field is checked with the action's own schema before sending; the server's message for a
// field shows under it too, and what was typed stays.
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Chips } from '../../../components/Choice';
import { WhenInput } from '../../../components/WhenInput';
import { Field, TextInput } from '../../../components/Field';
import { Empty, Notice } from '../../../components/states';
import { headingA11y } from '../../../components/a11y';
import { go, routeParam } from '../../../components/nav';
import { useSubmit } from '../../../components/useSubmit';
import { chinaDate, chinaDayStart, fromChina } from '../../../domain/chinaTime';
import { chinaDayLabel } from '../../../domain/volunteers';
import { call } from '../../../services/api';
import { createActivityInput } from '../../../domain/schemas/volunteers';
import { PAGES } from '../../../routes';
import { newActivityText as t } from '../../../copy/volunteers';
import '../../../components/keepInView.css';
import '../components/volunteer.css';

const LENGTHS = ['1', '2', '3'];
const CUTOFFS = ['2', '12', '24'];

/** The next 14 local (China) days as yyyy-mm-dd with a label "3月7日 周六". */
function days(): Array<{ value: string; label: string }> {
  const out = [];
  for (let i = 0; i < 14; i++) {
    const d = chinaDayStart(Date.now(), i);
    out.push({ value: chinaDate(d), label: chinaDayLabel(d) });
  }
  return out;
}

export default function NewActivityPage() {
  const router = useRouter();
  const teamId = routeParam(router.params.teamId);
  const dayOptions = useMemo(days, []);
  const [title, setTitle] = useState('');
  const [place, setPlace] = useState('');
  const [day, setDay] = useState<string | null>(null);
  const [time, setTime] = useState('');
  const [length, setLength] = useState<string>('2');
  const [capacity, setCapacity] = useState('10');
  const [bring, setBring] = useState('');
  const [repeat, setRepeat] = useState<'once' | 'weekly'>('once');
  const [cutoff, setCutoff] = useState<string>('2');
  const f = useSubmit({ fields: ['title', 'place', 'startAt', 'time', 'endAt', 'capacity', 'bring', 'cancelCutoffHours'] });
  const { errors, busy, formError: said } = f;

  if (!teamId) return <Page><Empty title='没有找到这个服务队' /></Page>;

  const submit = async () => {
    // The day and the time are the form's own pickers: both asked for at once, then the action's schema.
    const timeOk = /^\d{2}:\d{2}$/.test(time);
    if (f.invalid({ startAt: !day && t.pickDay, time: !timeOk && t.pickStart }) || !day) return;
    const start = fromChina(day, time);
    const input = f.check(createActivityInput, {
      teamId,
      title,
      place,
      startAt: start.toISOString(),
      endAt: new Date(start.getTime() + Number(length) * 3_600_000).toISOString(),
      // Left empty it is no number: the schema says 名额应是数字.
      capacity: capacity.trim() ? Number(capacity.trim()) : undefined,
      ...(bring.trim() ? { bring } : {}),
      cancelCutoffHours: Number(cutoff),
      ...(repeat === 'weekly' ? { weekly: true } : {}),
    });
    if (!input) return;
    await f.run(() => call('volunteers.activity.create', input), (r) => go(`${PAGES.volunteerActivity}?id=${encodeURIComponent(r.activity.id)}`));
  };

  return (
    <Page className='gz-vol'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <TextInput id='title' label={t.name} value={title} onChange={setTitle} maxLength={40} error={errors.title} />
      <TextInput id='place' label={t.place} value={place} onChange={setPlace} maxLength={40} error={errors.place} />
      <Field id='day' label={t.day} error={errors.startAt}>
        <View>
          <Chips labelledBy='day-label' options={dayOptions} value={day} onChange={setDay} />
        </View>
      </Field>
      {/* Any start time, on the platform's own time picker (a shift at 06:30 or 18:45 is common). */}
      <WhenInput id='time' mode='time' label={t.start} placeholder='08:00' value={time} error={errors.time} onChange={setTime} />
      <Field id='length' label={t.length} error={errors.endAt}>
        <Chips labelledBy='length-label' options={LENGTHS.map((v) => ({ value: v, label: t.hours(Number(v)) }))} value={length} onChange={setLength} />
      </Field>
      <TextInput id='capacity' label={t.capacity} value={capacity} onChange={setCapacity} keyboard='number' maxLength={3} error={errors.capacity} />
      <TextInput id='bring' label={t.bring} value={bring} onChange={setBring} maxLength={60} error={errors.bring} />
      <Field id='cutoff' label={t.cutoff} error={errors.cancelCutoffHours}>
        <Chips labelledBy='cutoff-label' options={CUTOFFS.map((v) => ({ value: v, label: t.cutoffHours(Number(v)) }))} value={cutoff} onChange={setCutoff} />
      </Field>
      <Field id='repeat' label={t.repeat}>
        <Chips
          labelledBy='repeat-label'
          options={[
            { value: 'once', label: t.once },
            { value: 'weekly', label: t.weekly },
          ]}
          value={repeat}
          onChange={setRepeat}
        />
      </Field>
      {said && <Notice kind='error'>{said}</Notice>}
      <View className='gz-keep-in-view'>
        <Btn kind='primary' size='main' block busy={busy} onClick={() => void submit()}>
          {t.submit}
        </Btn>
      </View>
    </Page>
  );
}
