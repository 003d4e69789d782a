// 发起表决 (committee): a decision on one of art. 278's items, a committee election (an odd number of
// seats, 5–11, candidates with a short statement) or a consultation (options, one answer per unit
// or per resident); a closing time and whether a voter may change their ballot once. Saved as a
// draft: nobody votes until the committee presses 开始投票 on the poll's page. The action's own
// input schema checks the draft before it is sent; its message, or the server's, shows under the
// field it names; everything typed stays.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { ChoiceGroup, SelectField } from '../../../components/Choice';
import { TextArea, TextInput } from '../../../components/Field';
import { Notice } from '../../../components/states';
import { useSubmit } from '../../../components/useSubmit';
import { headingA11y } from '../../../components/a11y';
import { call } from '../../../services/api';
import { createPollInput } from '../../../domain/schemas/polls';
import { LAW278_ITEM_LABELS, type Law278Item } from '../../../domain/law278';
import { PAGES } from '../../../routes';
import { createText as t } from '../../../copy/polls';
import { ClosingTimeField, closingTime } from './ClosingTimeField';
import '../polls.css';

export { closingTime };

type Kind = 'decision' | 'election' | 'consultation';
type Per = 'unit' | 'resident';

interface Draft {
  kind: Kind;
  title: string;
  description: string;
  item: string | null;
  seats: string;
  candidates: Array<{ name: string; statement: string }>;
  options: string[];
  per: Per;
  closesAt: string;
  allowChange: 'yes' | 'no';
}

const START: Draft = {
  kind: 'decision',
  title: '',
  description: '',
  item: null,
  seats: '5',
  candidates: [{ name: '', statement: '' }],
  options: ['', ''],
  per: 'unit',
  closesAt: '',
  allowChange: 'no',
};

const ITEMS = Object.keys(LAW278_ITEM_LABELS).map(Number) as Law278Item[];
const SEATS = ['5', '7', '9', '11'];


/** What the form sends, before the schema's checks: a field left empty is left out or sent empty, for the schema to name. */
function inputOf(d: Draft, closesAt: string | undefined | null): unknown {
  const common = {
    title: d.title,
    ...(d.description.trim() ? { description: d.description } : {}),
    allowChange: d.allowChange === 'yes',
    ...(closesAt !== undefined ? { closesAt } : {}),
  };
  if (d.kind === 'election') return { kind: 'election', ...common, seats: Number(d.seats), candidates: d.candidates };
  if (d.kind === 'consultation') return { kind: 'consultation', ...common, options: d.options, per: d.per };
  return { kind: 'decision', ...common, ...(d.item === null ? {} : { item: Number(d.item) }) };
}

export default function PollCreatePage() {
  const [d, setD] = useState<Draft>(START);
  // Every field of the draft is on this form (candidates and options by their index).
  const f = useSubmit({ fixErrors: t.fixErrors });
  const { busy, formError, err } = f;

  // Changing a field clears the message under it.
  const clear = f.clear;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    clear(key);
    setD((x) => ({ ...x, [key]: value }));
  };
  const setCandidate = (i: number, key: 'name' | 'statement', value: string) => {
    clear(`candidates.${i}.${key}`);
    setD((x) => ({ ...x, candidates: x.candidates.map((c, n) => (n === i ? { ...c, [key]: value } : c)) }));
  };
  const setOption = (i: number, value: string) => {
    clear(`options.${i}`);
    setD((x) => ({ ...x, options: x.options.map((o, n) => (n === i ? value : o)) }));
  };

  const submit = async () => {
    if (busy) return;
    const closesAt = closingTime(d.closesAt);
    const input = f.check(createPollInput, inputOf(d, closesAt));
    // The past is the phone's clock here, said beside the schema's findings; the server checks again with its own.
    const past = !!closesAt && Date.parse(closesAt) <= Date.now();
    if (past) f.setErrors((e) => ({ ...e, closesAt: t.closesAtPast }));
    if (!input || past) return;
    await f.run(
      () => call('polls.create', input),
      (r) => void Taro.redirectTo({ url: `${PAGES.pollDetail}?id=${encodeURIComponent(r.poll.id)}` }),
    );
  };

  return (
    <Page className='gz-polls'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-p gz-muted'>{t.intro}</Text>
      <ChoiceGroup<Kind>
        id='kind'
        label={t.kind}
        options={(['decision', 'election', 'consultation'] as const).map((k) => ({ value: k, label: t.kinds[k][0], hint: t.kinds[k][1] }))}
        value={d.kind}
        onChange={(v) => set('kind', v)}
        error={err('kind')}
      />
      <TextInput id='title' label={t.titleLabel} value={d.title} onChange={(v) => set('title', v)} placeholder={t.titlePlaceholder} maxLength={60} error={err('title')} />
      <TextArea id='description' label={t.description} value={d.description} onChange={(v) => set('description', v)} max={2000} counter={t.counter} over={t.over} error={err('description') ?? undefined} />

      {d.kind === 'decision' && (
        <SelectField
          id='item'
          label={t.item}
          placeholder={t.item}
          groups={[{ options: ITEMS.map((n) => ({ value: String(n), label: t.itemOption(n, LAW278_ITEM_LABELS[n]) })) }]}
          value={d.item}
          onChange={(v) => set('item', v)}
          error={err('item') ?? undefined}
        />
      )}

      {d.kind === 'election' && (
        <>
          <ChoiceGroup id='seats' label={t.seats} options={SEATS.map((n) => ({ value: n, label: t.seatsOption(Number(n)) }))} value={d.seats} onChange={(v) => set('seats', v)} error={err('seats')} />
          <Text className='gz-h2' {...headingA11y(2)}>
            {t.candidates}
          </Text>
          {err('candidates') && <Notice kind='error'>{err('candidates')}</Notice>}
          {d.candidates.map((c, i) => (
            <View key={i} className='gz-card gz-repeat'>
              <View className='gz-repeat__head'>
                <Text className='gz-field__label'>{t.candidate(i + 1)}</Text>
                {d.candidates.length > 1 && (
                  <Btn kind='link' label={t.removeCandidate(i + 1)} onClick={() => set('candidates', d.candidates.filter((_, n) => n !== i))}>
                    {t.remove}
                  </Btn>
                )}
              </View>
              <TextInput id={`cand-${i}-name`} label={t.name} name={`${t.candidate(i + 1)} ${t.name}`} value={c.name} onChange={(v) => setCandidate(i, 'name', v)} maxLength={20} error={err(`candidates.${i}.name`)} />
              <TextInput id={`cand-${i}-statement`} label={t.statement} name={`${t.candidate(i + 1)} ${t.statement}`} value={c.statement} onChange={(v) => setCandidate(i, 'statement', v)} maxLength={300} error={err(`candidates.${i}.statement`)} />
            </View>
          ))}
          <Btn kind='secondary' block onClick={() => set('candidates', [...d.candidates, { name: '', statement: '' }])}>
            {t.addCandidate}
          </Btn>
        </>
      )}

      {d.kind === 'consultation' && (
        <>
          <Text className='gz-h2' {...headingA11y(2)}>
            {t.options}
          </Text>
          {err('options') && <Notice kind='error'>{err('options')}</Notice>}
          {d.options.map((o, i) => (
            <View key={i} className='gz-repeat__head'>
              <TextInput id={`option-${i}`} label={t.option(i + 1)} value={o} onChange={(v) => setOption(i, v)} maxLength={40} error={err(`options.${i}`)} />
              {d.options.length > 2 && (
                <Btn kind='link' label={t.removeOption(i + 1)} onClick={() => set('options', d.options.filter((_, n) => n !== i))}>
                  {t.remove}
                </Btn>
              )}
            </View>
          ))}
          {d.options.length < 10 && (
            <Btn kind='secondary' block onClick={() => set('options', [...d.options, ''])}>
              {t.addOption}
            </Btn>
          )}
          <ChoiceGroup<Per>
            id='per'
            label={t.per}
            options={[
              { value: 'unit', label: t.perUnit },
              { value: 'resident', label: t.perResident },
            ]}
            value={d.per}
            onChange={(v) => set('per', v)}
            error={err('per')}
          />
        </>
      )}

      <ClosingTimeField value={d.closesAt} onChange={(v) => set('closesAt', v)} error={err('closesAt')} />
      <ChoiceGroup<'yes' | 'no'>
        id='allowChange'
        label={t.allowChange}
        options={[
          { value: 'no', label: t.allowChangeNo },
          { value: 'yes', label: t.allowChangeYes },
        ]}
        value={d.allowChange}
        onChange={(v) => set('allowChange', v)}
        error={err('allowChange')}
      />
      {formError && <Notice kind='error'>{formError}</Notice>}
      <Btn kind='primary' size='main' block busy={busy} onClick={() => void submit()}>
        {busy ? t.submitting : t.submit}
      </Btn>
    </Page>
  );
}
