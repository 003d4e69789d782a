// 抄水表 (meter round): the route's meters in walking order with the last reading; type each
// reading on the numeric keypad, tick 已换表 for a new meter, save. A refused value (below the
// previous one) shows the server's message next to that meter and keeps what was typed; a
// suspected leak is said plainly. Meter rooms have no signal: readings then wait on the phone
// ("N 条待发送") and go out once when the network returns. A reading saved this period can be
// corrected (更正读数) with a reason; the leak check runs again on the server.
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useSubmit } from '../../../components/useSubmit';
import { headingA11y, liveA11y } from '../../../components/a11y';
import { back } from '../../../components/nav';
import type { Output } from '../../../services/api';
import { dismissFailed, isOffline, outcomeOf, submit, type FailedEntry, type QueueEntry } from '../../../services/offlineQueue';
import { checkReading, formatReading, parseReading } from '../../../domain/meters';
import { readMeterInput } from '../../../domain/schemas/meters';
import { formatTime } from '../../../ui/format';
import { correctText as t } from '../../../copy/meters';
import { CheckBox } from '../../../components/CheckBox';
import { TextInput } from '../../../components/Field';
import { OfflineBar } from '../components/OfflineBar';
import { useCachedAction } from '../components/useCached';
import { useOfflineSync } from '../components/useOfflineSync';
import { isPeriod, meterUrl, param, periodOf, taskUrl } from '../components/model';
import { CorrectForm, CorrectedNote } from './CorrectForm';
import '../components/tasks.css';

type Meter = Output<'meters.route'>['meters'][number];
type Reading = Output<'meters.read'>['reading'];

type Result = { kind: 'sent'; reading: Reading; later: boolean } | { kind: 'queued'; entryId: string; value: string };

function MeterRow(props: { meter: Meter; index: number; period: string; page: string; result: Result | null; failed?: FailedEntry; onResult: (r: Result) => void }) {
  const { meter, index, period, page, result, failed, onResult } = props;
  const [value, setValue] = useState(() => (failed ? String(failed.input.value ?? '') : ''));
  const [replaced, setReplaced] = useState(() => !!failed?.input.replaced);
  const f = useSubmit({ fields: ['value'] });
  const { busy, setErrors } = f;
  const error = f.errors.value ?? f.formError;
  const [correcting, setCorrecting] = useState(false);
  const [corrected, setCorrected] = useState<Output<'meters.correct'> | null>(null);
  const adopted = useRef<string | null>(null);

  // A reading refused after it waited on the phone: back into the field, with the reason.
  useEffect(() => {
    if (failed && adopted.current !== failed.id) {
      adopted.current = failed.id;
      setValue(String(failed.input.value ?? ''));
      setReplaced(!!failed.input.replaced);
      setErrors({ value: failed.message });
    }
  }, [failed, setErrors]);

  const readThisPeriod = meter.last && meter.last.period === period ? meter.last : null;
  const previous = meter.last && meter.last.period < period ? meter.last : null;
  const id = `reading-${index + 1}`;

  const save = async () => {
    if (busy) return;
    const input = f.check(readMeterInput, { meterId: meter.id, period, value, replaced });
    if (!input) return;
    // Without signal nobody can check it now: the same check as the server's, before it waits.
    const centi = parseReading(input.value) as number;
    if (previous && (await isOffline())) {
      const prev = parseReading(previous.value);
      if (prev !== null && !checkReading(prev, centi, replaced).ok) return void f.invalid({ value: t.belowPrevious(formatReading(centi), formatReading(prev)) });
    }
    await f.run(
      () => {
        if (failed) dismissFailed(failed.id);
        return submit('meters.read', input, { label: t.labelReading(meter.label, input.value), page });
      },
      (r) => onResult(r.state === 'sent' ? { kind: 'sent', reading: r.output.reading, later: false } : { kind: 'queued', entryId: r.entry.id, value: input.value }),
    );
  };

  const done = result?.kind === 'sent' || (!result && readThisPeriod && !error);
  // A reading the server holds for this period can be corrected (a mistyped value, with a reason).
  const correctable = result?.kind === 'sent' || (!result && !!readThisPeriod && !error);
  const correction = corrected ? (
    <CorrectedNote result={corrected} />
  ) : correcting ? (
    <CorrectForm
      meterId={meter.id}
      label={meter.label}
      period={period}
      id={`correct-${index + 1}`}
      onCancel={() => setCorrecting(false)}
      onCorrected={(r) => {
        setCorrected(r);
        setCorrecting(false);
      }}
    />
  ) : correctable ? (
    <Btn kind='link' label={t.correctLabel(meter.label)} onClick={() => setCorrecting(true)}>
      {t.correct}
    </Btn>
  ) : null;
  return (
    <View className={`gz-card gz-meter ${done ? 'gz-meter--done' : ''}`} id={`meter-${index + 1}`}>
      <View className='gz-meter__head'>
        <Text className='gz-meter__no'>{t.meterNo(index + 1)}</Text>
        <Text className='gz-meter__label' {...headingA11y(2)}>
          {meter.label}
        </Text>
      </View>
      {previous ? (
        <Text className='gz-meter__reading'>
          {t.last(t.period(previous.period), previous.value)}
          {previous.consumption !== null ? `，${t.lastUse(previous.consumption)}` : ''}
        </Text>
      ) : (
        !readThisPeriod && <Text className='gz-muted'>{t.noLast}</Text>
      )}

      {corrected || correcting ? (
        correction
      ) : result?.kind === 'sent' ? (
        <View {...liveA11y('status')}>
          <Text className='gz-row__title gz-meter__reading'>
            {(result.later ? t.sentNow : t.saved)(result.reading.value)}
            {result.reading.consumption !== null ? `（${t.use(result.reading.consumption)}）` : ''}
          </Text>
          {result.reading.leakSuspected && <Notice kind='error'>{t.leak(result.reading.consumption ?? '')}</Notice>}
          {correction}
        </View>
      ) : result?.kind === 'queued' ? (
        <View className='gz-taglist' {...liveA11y('status')}>
          <Text className='gz-tag gz-tag--queued'>{t.queuedTag}</Text>
          <Text>{t.queued(result.value)}</Text>
        </View>
      ) : readThisPeriod && !error ? (
        <>
          <Text className='gz-row__title gz-meter__reading'>{t.readThisPeriod(readThisPeriod.value)}</Text>
          {correction}
        </>
      ) : (
        <>
          <TextInput
            id={id}
            label={t.reading}
            name={t.readingLabel(meter.label)}
            keyboard='decimal'
            maxLength={12}
            placeholder={t.readingPlaceholder}
            value={value}
            error={error}
            onChange={(v) => {
              setValue(v);
              f.clear('value');
              f.setFormError(null);
            }}
          />
          <View className='gz-actions'>
            <CheckBox label={t.replaced} name={t.replacedLabel(meter.label)} checked={replaced} onChange={setReplaced} />
            <Btn kind='primary' size='main' busy={busy} label={t.saveLabel(meter.label)} onClick={() => void save()}>
              {busy ? t.saving : t.save}
            </Btn>
          </View>
        </>
      )}
    </View>
  );
}

export default function MeterRoundPage() {
  const router = useRouter();
  const route = param(router?.params?.route);
  const given = param(router?.params?.period);
  const period = isPeriod(given) ? given : periodOf();
  const taskId = param(router?.params?.task);
  const page = meterUrl(route, period, taskId || undefined);

  const meters = useCachedAction('meters.route', { route }, `meters.route.${route}`, [route]);
  const queue = useOfflineSync(() => void meters.reload());
  const [results, setResults] = useState<Record<string, Result>>({});

  const isMine = (e: QueueEntry) => e.action === 'meters.read' && e.input.period === period;
  const waiting = new Map(queue.pending.filter(isMine).map((e) => [String(e.input.meterId), e]));
  const refused = new Map(queue.failed.filter(isMine).map((e) => [String(e.input.meterId), e]));

  // Readings that waited on the phone and have now gone out (or been refused).
  useEffect(() => {
    setResults((now) => {
      let changed = false;
      const next = { ...now };
      for (const [meterId, r] of Object.entries(now)) {
        if (r.kind !== 'queued' || queue.pending.some((e) => e.id === r.entryId)) continue;
        const outcome = outcomeOf(r.entryId);
        if (outcome?.kind === 'sent') next[meterId] = { kind: 'sent', reading: (outcome.output as Output<'meters.read'>).reading, later: true };
        else delete next[meterId];
        changed = true;
      }
      return changed ? next : now;
    });
  }, [queue.pending]);

  const resultOf = (m: Meter): Result | null => {
    const r = results[m.id];
    if (r) return r;
    const w = waiting.get(m.id);
    return w ? { kind: 'queued', entryId: w.id, value: String(w.input.value ?? '') } : null;
  };

  const list = meters.data?.meters ?? [];
  const doneCount = list.filter((m) => {
    const r = resultOf(m);
    return r ? true : m.last?.period === period && !refused.has(m.id);
  }).length;

  return (
    <Page className='gz-tasks'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {route ? t.metersTitle(route) : t.metersTitle('')}
      </Text>
      {!route ? (
        <Notice kind='info'>{t.noRoute}</Notice>
      ) : (
        <>
          <Text className='gz-p'>
            {t.period(period)}
            {list.length > 0 ? ` · ${t.progress(doneCount, list.length)}` : ''}
          </Text>
          <OfflineBar always currentPage={page} />
          {meters.staleAt && <Notice kind='info'>{t.staleCopy(formatTime(meters.staleAt))}</Notice>}
          {meters.state === 'loading' && !meters.data && <Loading />}
          {meters.state === 'error' && !meters.data && <Failed error={meters.error} onRetry={meters.reload} />}
          {meters.data && list.length === 0 && <Empty title={t.noMeters} />}
          <View className='gz-list'>
            {list.map((m, i) => (
              <MeterRow
                key={m.id}
                meter={m}
                index={i}
                period={period}
                page={page}
                result={resultOf(m)}
                failed={refused.get(m.id)}
                onResult={(r) => setResults((now) => ({ ...now, [m.id]: r }))}
              />
            ))}
          </View>
          {taskId && list.length > 0 && (
            <Btn kind='secondary' size='main' block onClick={() => back(taskUrl(taskId))}>
              {t.backToTask}
            </Btn>
          )}
        </>
      )}
    </Page>
  );
}
