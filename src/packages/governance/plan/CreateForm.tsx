// The three parties add an item to the year's plan: what, who leads it, budget, funding source
// and milestones (one a line: "招标定施工单位 2026-06").
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { ChoiceGroup } from '../../../components/Choice';
import { TextArea, TextInput } from '../../../components/Field';
import { Notice } from '../../../components/states';
import { call } from '../../../services/api';
import { FUNDING, PARTIES, type Funding, type Party } from '../../../domain/governance';
import { createPlanItemInput } from '../../../domain/schemas/governance';
import { common, planCreateText as t } from '../../../copy/governance';
import { useSubmit } from '../components/useSubmit';

/** "招标定施工单位 2026-06" lines → milestones; null when a line cannot be read. */
export function milestonesOf(text: string): Array<{ title: string; due: string }> | null {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const out: Array<{ title: string; due: string }> = [];
  for (const line of lines) {
    const m = /^(.+?)\s+(20\d\d-(?:0[1-9]|1[0-2]))$/.exec(line);
    if (!m) return null;
    out.push({ title: m[1].trim(), due: m[2] });
  }
  return out;
}

export function CreateForm({ year, onSaved }: { year: number; onSaved: () => void }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [party, setParty] = useState<Party>('property');
  const [owner, setOwner] = useState('');
  const [budget, setBudget] = useState('');
  const [funding, setFunding] = useState<Funding>('gongjian');
  const [milestones, setMilestones] = useState('');
  const f = useSubmit({ fields: ['title', 'description', 'party', 'owner', 'budgetYuan', 'funding', 'milestones'] });
  const submit = () => {
    const ms = milestonesOf(milestones);
    // An empty budget box is no budget (the schema asks for it); "1.5" or "一万" is not a whole number.
    const typedBudget = budget.trim();
    const input = f.check(createPlanItemInput, { year, title, description, party, owner, budgetYuan: typedBudget ? Number(typedBudget) : undefined, funding, milestones: ms ?? [] });
    // Lines that cannot be read as "名称 年-月" are the form's own reading, said beside the schema's findings.
    if (!ms) {
      f.setErrors((e) => ({ ...e, milestones: t.milestonesBad }));
      f.setFormError(common.fixErrors);
    }
    if (!input || !ms) return;
    void f.run(
      () => call('plan.create', input),
      () => {
        setTitle('');
        setDescription('');
        setOwner('');
        setBudget('');
        setMilestones('');
        onSaved();
        return t.saved;
      },
    );
  };
  const on = (field: string, set: (v: string) => void) => (v: string) => {
    f.clear(field);
    set(v);
  };
  return (
    <>
      <TextInput id='title' label={t.title} value={title} onChange={on('title', setTitle)} maxLength={30} error={f.err('title')} />
      <TextArea id='description' label={t.description} value={description} onChange={on('description', setDescription)} max={300} counter={common.counter} over={common.over} error={f.err('description') ?? undefined} rows={3} />
      <ChoiceGroup<Party> id='party' label={t.party} options={(Object.keys(PARTIES) as Party[]).map((p) => ({ value: p, label: PARTIES[p] }))} value={party} onChange={setParty} error={f.err('party')} />
      <TextInput id='owner' label={t.owner} value={owner} onChange={on('owner', setOwner)} maxLength={20} error={f.err('owner')} />
      <TextInput id='budgetYuan' label={t.budget} value={budget} onChange={on('budgetYuan', setBudget)} keyboard='number' maxLength={10} error={f.err('budgetYuan')} />
      <ChoiceGroup<Funding> id='funding' label={t.funding} options={(Object.keys(FUNDING) as Funding[]).map((k) => ({ value: k, label: FUNDING[k] }))} value={funding} onChange={setFunding} error={f.err('funding')} />
      <TextArea id='milestones' label={t.milestones} value={milestones} onChange={on('milestones', setMilestones)} max={400} counter={common.counter} over={common.over} hint={t.milestonesHint(year)} error={f.err('milestones') ?? undefined} rows={3} />
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      {f.done && <Notice kind='ok'>{f.done}</Notice>}
      <Btn kind='primary' block busy={f.busy} onClick={submit}>
        {t.submit}
      </Btn>
    </>
  );
}
