// 帮扶记录: one person's needs, contact, consent and visits (each look is logged on the server);
// a paired volunteer logs a visit, and can turn a concern into a private issue for the property;
// whoever registered it (or the community) can withdraw it, which deletes it.
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { TextArea, TextInput } from '../../../components/Field';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { back, routeParam } from '../../../components/nav';
import { useSubmit } from '../../../components/useSubmit';
import { chinaDate } from '../../../domain/chinaTime';
import { call } from '../../../services/api';
import { logVisitInput, pairCareInput } from '../../../domain/schemas/volunteers';
import { groupPhone } from '../../../ui/format';
import { careNewText, careText as t } from '../../../copy/volunteers';
import { PeoplePicker } from '../components/PeoplePicker';
import { CareWithdraw } from '../components/CareWithdraw';
import { ConcernForm } from './ConcernForm';
import '../components/volunteer.css';
import { PAGES } from '../../../routes';

/** The care leader and the community choose who visits; the server checks they are care-team members. */
function Pairing({ careId, current, onSaved }: { careId: string; current: string[]; onSaved: (text: string) => Promise<void> }) {
  const team = useAction('volunteers.team', { care: true });
  const [chosen, setChosen] = useState<string[]>(current);
  const f = useSubmit({ fields: [] });
  const { busy, formError: error } = f;
  const save = async () => {
    const input = f.check(pairCareInput, { careId, volunteerIds: chosen });
    if (input) await f.run(() => call('care.pair', input).then(() => onSaved(careNewText.paired)));
  };
  return (
    <View className='gz-card'>
      <Text className='gz-h2' id='pair-label' {...headingA11y(2)}>
        {careNewText.pair}
      </Text>
      {team.state === 'loading' && !team.data && <Loading />}
      {team.state === 'error' && !team.data && <Failed error={team.error} onRetry={team.reload} />}
      {team.data && <PeoplePicker labelledBy='pair-label' people={team.data.members} chosen={chosen} onChange={setChosen} />}
      {error && <Notice kind='error'>{error}</Notice>}
      <Btn busy={busy} onClick={() => void save()}>
        {careNewText.savePair}
      </Btn>
    </View>
  );
}

// A stored instant as its date in China (a consent given at 07:00 in Wuhan is that day, not the day before in UTC).
const today = () => chinaDate(Date.now());

export default function CareDetailPage() {
  const router = useRouter();
  const id = routeParam(router.params.id);
  const care = useAction('care.get', { careId: id }, [id]);
  const [date, setDate] = useState(today());
  const [what, setWhat] = useState('');
  const [concerns, setConcerns] = useState('');
  const visit = useSubmit({ fields: ['date', 'what', 'concerns'] });
  const { errors } = visit;
  const said = visit.formError ? { kind: 'error' as const, text: visit.formError } : visit.done ? { kind: 'ok' as const, text: visit.done } : null;
  const [withdrawn, setWithdrawn] = useState(false);
  const [raising, setRaising] = useState<string | null>(null);

  if (!id) return <Page><Empty title={t.noId} /></Page>;
  const d = care.data;

  const save = async () => {
    const input = visit.check(logVisitInput, { careId: id, date: date.trim(), what, ...(concerns.trim() ? { concerns } : {}) });
    if (!input) return;
    const saved = await visit.run(() => call('care.visit', input), () => {
      setWhat('');
      setConcerns('');
      return t.saved;
    });
    if (saved) await care.reload();
  };
  const raised = async () => {
    setRaising(null);
    visit.setDone(t.issued);
    await care.reload();
  };

  return (
    <Page className='gz-vol'>
      {withdrawn && <Notice kind='ok'>{t.withdrawn}</Notice>}
      {care.state === 'loading' && !d && <Loading />}
      {care.state === 'error' && !d && <Failed error={care.error} onRetry={care.reload} />}
      {d && !withdrawn && (
        <>
          <Text className='gz-h1' {...headingA11y(1)}>
            {d.care.name}（{d.care.categoryLabel}）
          </Text>
          <View className='gz-card gz-vol-facts'>
            <Text className='gz-vol-line'>{d.care.unitLabel}</Text>
            <Text className='gz-vol-line'>
              {t.contact}：{groupPhone(d.care.contact)}
            </Text>
            <Text className='gz-vol-line'>
              {t.needs}：{d.care.needs}
            </Text>
            <Text className='gz-vol-line'>{t.volunteers(d.care.volunteers.map((v) => v.name).join('、'))}</Text>
            <Text className='gz-muted'>{t.consent(d.care.consent.wayLabel, chinaDate(d.care.consent.at))}</Text>
          </View>
          {said && <Notice kind={said.kind}>{said.text}</Notice>}
          {d.canManage && (
            <Pairing
              careId={id}
              current={d.care.volunteers.map((v) => v.userId)}
              onSaved={async (text) => {
                visit.setDone(text);
                await care.reload();
              }}
            />
          )}
          {d.canVisit && (
            <View className='gz-card'>
              <Text className='gz-h2' {...headingA11y(2)}>
                {t.logVisit}
              </Text>
              <TextInput id='visit-date' label={t.date} value={date} onChange={setDate} maxLength={10} error={errors.date} />
              <TextArea id='visit-what' label={t.what} value={what} onChange={setWhat} max={200} counter={t.counter} over={t.over} error={errors.what} rows={3} />
              <TextArea id='visit-concerns' label={t.concerns} value={concerns} onChange={setConcerns} max={200} counter={t.counter} over={t.over} error={errors.concerns} rows={2} />
              <Btn kind='primary' size='main' block busy={visit.busy} disabled={what.length > 200 || concerns.length > 200} onClick={() => void save()}>
                {t.saveVisit}
              </Btn>
            </View>
          )}
          <Text className='gz-h2' {...headingA11y(2)}>
            {t.visits}
          </Text>
          {d.visits.length === 0 && <Text className='gz-p gz-muted'>{t.noVisits}</Text>}
          {d.visits.map((v) => (
            <View key={v.id} className='gz-card'>
              <Text className='gz-card__title'>{t.visitLine(v.date, v.byName)}</Text>
              <Text className='gz-vol-line'>{v.what}</Text>
              {v.concerns && <Text className='gz-vol-line'>{t.concern(v.concerns)}</Text>}
              {v.concerns && (v.issueId ? (
                <Text className='gz-tag gz-tag--approved'>{t.raised}</Text>
              ) : (
                raising === v.id ? (
                  <ConcernForm careId={id} visitId={v.id} concern={v.concerns} places={d.concernPlaces} onRaised={() => void raised()} onCancel={() => setRaising(null)} />
                ) : (
                  <Btn onClick={() => setRaising(v.id)}>{t.toIssue}</Btn>
                )
              ))}
            </View>
          ))}
          {d.canWithdraw && (
            <CareWithdraw
              careId={id}
              onWithdrawn={() => {
                setWithdrawn(true);
                back(PAGES.careList);
              }}
            />
          )}
        </>
      )}
    </Page>
  );
}
