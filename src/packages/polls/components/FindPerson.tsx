// Finding a person for the committee (users.list, searched on the server by the start of a name, a
// flat such as 19栋301 / 19-301, or a phone's last four digits): the proxy named in a written
// authorisation (委托书) and the owners named as scrutineers (监票人) of a paper count. Phones are
// masked; flats and the last four digits tell namesakes apart. The caller decides what a pick does.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Chips } from '../../../components/Choice';
import { TextInput } from '../../../components/Field';
import { Notice } from '../../../components/states';
import { useSubmit } from '../../../components/useSubmit';
import { call, type Output } from '../../../services/api';

export type Person = Output<'users.list'>['users'][number];

export interface FindPersonText {
  name: string;
  nameHint: string;
  search: string;
  searching: string;
  needName: string;
  nobody: (name: string) => string;
  pick: string;
}

export const personLabel = (p: Pick<Person, 'name' | 'phoneMasked'> & { flats?: readonly string[] }) => [p.name, ...(p.flats ?? []).slice(0, 2), ...(p.phoneMasked ? [p.phoneMasked] : [])].join(' · ');

/**
 * The name field, its search button and the people found, as chips. `only` keeps those who may
 * be picked (a scrutineer must be a verified owner); `picked` marks the chip chosen; a single
 * match is picked at once. `error` is the form's own message for this field (e.g. "search first").
 */
export function FindPerson({ id, text, picked, onPick, only, error }: { id: string; text: FindPersonText; picked: string | null; onPick: (p: Person | null) => void; only?: (p: Person) => boolean; error?: string | null }) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Person[] | null>(null);
  // The search's own refusals (nothing typed, a query the server refuses) show under the name.
  const f = useSubmit({ fields: { q: 'q' } });
  const own = f.err('q') ?? f.formError;

  const search = async () => {
    if (f.invalid({ q: !q.trim() && text.needName })) return;
    await f.run(
      () => call('users.list', { q: q.trim() }),
      (r) => {
        const people = only ? r.users.filter(only) : r.users;
        setFound(people);
        onPick(people.length === 1 ? people[0] : null);
      },
    );
  };

  return (
    <View className='gz-field'>
      <TextInput id={`${id}-q`} label={text.name} hint={text.nameHint} maxLength={20} value={q} onChange={(v) => (setQ(v), f.clear('q'), f.setFormError(null))} error={own ?? error ?? null} />
      <Btn kind='secondary' size='main' block busy={f.busy} onClick={() => void search()}>
        {f.busy ? text.searching : text.search}
      </Btn>
      {found && found.length === 0 && <Notice kind='info'>{text.nobody(q.trim())}</Notice>}
      {found && found.length > 0 && (
        <View className='gz-field'>
          <Text className='gz-field__label' id={`${id}-person-label`}>
            {text.pick}
          </Text>
          <Chips labelledBy={`${id}-person-label`} options={found.map((p) => ({ value: p.id, label: personLabel(p) }))} value={picked} onChange={(v) => onPick(found.find((p) => p.id === v) ?? null)} />
        </View>
      )}
    </View>
  );
}
