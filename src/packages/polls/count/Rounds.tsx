// Starting a round (how many ballots came back) and joining one: each counter and each scrutineer
// joins with their own account, so the server knows whose reading is whose (polls.count.join).
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { TextInput } from '../../../components/Field';
import { Notice } from '../../../components/states';
import { useSubmit } from '../../../components/useSubmit';
import { headingA11y } from '../../../components/a11y';
import { call, type Output } from '../../../services/api';
import { countSessionId, joinCountInput, startCountInput } from '../../../domain/schemas/polls';
import { FindPerson, personLabel, type Person } from '../components/FindPerson';
import { countText as t } from '../../../copy/polls';

type Poll = Output<'polls.get'>['poll'];
export interface Seat {
  sessionId: string;
  round: number;
  /** 1 or 2 for a counter; null for a scrutineer. */
  counter: 1 | 2 | null;
}

const MAX_NAMED = 10;
const isOwner = (p: Person) => p.roles.includes('owner');

/** Owners named as scrutineers: found by name, shown as chips that take them off again. */
function NameScrutineers({ named, onChange, error }: { named: Person[]; onChange: (p: Person[]) => void; error: string | null }) {
  const [found, setFound] = useState<Person | null>(null);
  const [searchKey, setSearchKey] = useState(0);
  const [full, setFull] = useState(false);
  const add = () => {
    if (!found) return;
    if (named.some((p) => p.id === found.id)) return (setFound(null), setSearchKey((k) => k + 1));
    if (named.length >= MAX_NAMED) return setFull(true);
    onChange([...named, found]);
    setFound(null);
    setSearchKey((k) => k + 1);
  };
  return (
    <View className='gz-field'>
      <Text className='gz-field__label' {...headingA11y(3)}>
        {t.namedHeading}
      </Text>
      <Text className='gz-p'>{t.namedIntro}</Text>
      {named.length > 0 && (
        <View>
          <Text className='gz-field__label' id='count-named-label'>
            {t.named}
          </Text>
          <View className='gz-tags' {...(process.env.TARO_ENV === 'h5' ? { role: 'list', 'aria-labelledby': 'count-named-label' } : {})}>
            {named.map((p) => (
              <View key={p.id} {...(process.env.TARO_ENV === 'h5' ? { role: 'listitem' } : {})}>
                <Btn kind='secondary' size='small' label={t.remove(p.name)} onClick={() => (setFull(false), onChange(named.filter((x) => x.id !== p.id)))}>
                  {`${personLabel(p)} ✕`}
                </Btn>
              </View>
            ))}
          </View>
        </View>
      )}
      <FindPerson key={searchKey} id='count-named' text={t.findScrutineer} picked={found?.id ?? null} onPick={(p) => (setFound(p), setFull(false))} only={isOwner} error={full ? t.tooManyNamed : error} />
      {found && (
        <Btn kind='secondary' size='main' block onClick={add}>
          {`${t.add}：${personLabel(found)}`}
        </Btn>
      )}
    </View>
  );
}

export function StartRound({ poll, onStarted }: { poll: Poll; onStarted: (round: number, named: string[]) => void }) {
  const [returned, setReturned] = useState('');
  const [named, setNamed] = useState<Person[]>([]);
  // A refused scrutineer (`scrutineers.0`) is shown at the picker; the names stay.
  const f = useSubmit({ fields: ['returned', 'scrutineers'] });
  const issued = poll.roster?.units ?? 0;
  const start = async () => {
    // Checked by the action's own schema; nothing typed reads as missing, not as 0.
    const typed = returned.trim();
    const input = f.check(startCountInput, { pollId: poll.id, returned: typed === '' ? undefined : Number(typed), ...(named.length ? { scrutineers: named.map((p) => p.id) } : {}) });
    if (!input) return;
    await f.run(
      () => call('polls.count.start', input),
      (r) => {
        onStarted(r.session.round, named.map((p) => p.name));
        setNamed([]);
      },
    );
  };
  return (
    <View className='gz-card'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.startHeading}
      </Text>
      <TextInput id='count-returned' label={t.returned} keyboard='number' maxLength={6} value={returned} onChange={(v) => (setReturned(v), f.clear('returned'))} hint={t.returnedHint(issued)} error={f.err('returned')} />
      <NameScrutineers named={named} onChange={(p) => (setNamed(p), f.clear('scrutineers'))} error={f.err('scrutineers')} />
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      <Btn kind='primary' size='main' block busy={f.busy} onClick={() => void start()}>
        {f.busy ? t.starting : t.start}
      </Btn>
    </View>
  );
}

export function JoinRound({ pollId, round: given, counter, onJoin }: { pollId: string; round: number | null; counter: boolean; onJoin: (s: Seat) => void }) {
  const [round, setRound] = useState(given ? String(given) : '');
  // The round names the session: a refusal of the session is the round's; any other is the form's.
  const f = useSubmit({ fields: { sessionId: 'round' } });
  const join = async (slot: 1 | 2 | null) => {
    const n = Number(round.trim());
    if (f.invalid({ round: (!/^\d+$/.test(round.trim()) || n < 1) && t.needRound })) return;
    const sessionId = countSessionId(pollId, n);
    const input = f.check(joinCountInput, slot ? { sessionId, as: 'counter', slot } : { sessionId, as: 'scrutineer' });
    if (!input) return;
    await f.run(
      () => call('polls.count.join', input),
      () => onJoin({ sessionId, round: n, counter: slot }),
    );
  };
  const n = Number(round) || 0;
  return (
    <View className='gz-card'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.joinHeading}
      </Text>
      <TextInput id='count-round' label={t.round} keyboard='number' maxLength={3} value={round} onChange={(v) => (setRound(v), f.clear('round'))} hint={t.roundHint} error={f.err('round')} />
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      <View className='gz-actions'>
        {counter &&
          ([1, 2] as const).map((slot) => (
            <Btn key={slot} kind='primary' size='main' busy={f.busy} label={n ? t.iAmLabel(slot, n) : undefined} onClick={() => void join(slot)}>
              {t.iAm(slot)}
            </Btn>
          ))}
        <Btn kind='secondary' size='main' busy={f.busy} label={n ? t.watchLabel(n) : undefined} onClick={() => void join(null)}>
          {t.watch}
        </Btn>
      </View>
    </View>
  );
}
