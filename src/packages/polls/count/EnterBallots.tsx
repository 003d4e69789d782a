// One counter's entry of the paper ballots of a round: serial (typed, or scanned from the ballot's
// QR code in WeChat), then 同意/反对/弃权 on the pad (an election: the candidates ringed) or 废票
// with a reason, with the running tally on the phone. Each entry is checked with the action's own
// input schema before it is sent; a refused entry is not counted (the native pad's tap is taken
// back) and its message shows under the field it names, the serial kept. No pop-ups (长辈模式).
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Chips } from '../../../components/Choice';
import { Field, TextInput } from '../../../components/Field';
import { Notice } from '../../../components/states';
import { useSubmit } from '../../../components/useSubmit';
import { buttonA11y, headingA11y } from '../../../components/a11y';
import { call, type Output } from '../../../services/api';
import { enterCountInput } from '../../../domain/schemas/polls';
import { CountPad, type PadCounts, type PadKind } from '../components/countpad';
import { NativeCountPad, useTakeBack } from '../components/countpad/native';
import { useElder } from '../../../components/elder';
import { choiceText, countText as t } from '../../../copy/polls';
import { nextSerial, normalSerial } from './model';
import type { Seat } from './Rounds';
import { readBallotCode } from '../../../domain/ballotCode';
import { isPrivacyRefusal } from '../../../services/privacy';
import { PrivacyConsent } from '../../../components/PrivacyConsent';
import { privacyText } from '../../../ui/strings/privacy';

type Poll = Output<'polls.get'>['poll'];
type Reading = { choice?: 'yes' | 'no' | 'abstain'; choices?: string[]; invalid?: string };

// The camera scan of a ballot's QR code: WeChat only (a browser page cannot open the camera here).
const canScan = process.env.TARO_ENV === 'weapp';
// WeChat: the native pad counts a tap itself at once; the page takes it back if the entry fails.
const nativePad = process.env.TARO_ENV === 'weapp';
const ZERO: PadCounts = { yes: 0, no: 0, abstain: 0, invalid: 0 };
const OTHER = t.reasons[t.reasons.length - 1];

export function EnterBallots({ poll, seat }: { poll: Poll; seat: Seat & { counter: 1 | 2 } }) {
  const [serial, setSerial] = useState('P0001');
  const [counts, setCounts] = useState<PadCounts>(ZERO);
  const [spoilt, setSpoilt] = useState(false);
  const [reason, setReason] = useState<string | null>(null);
  const [other, setOther] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const entered = useRef(new Map<string, PadKind>());
  // The spoilt ballot's reason (chosen or typed) is one field; so are the candidates ringed.
  const f = useSubmit({ fields: ['serial', 'invalid', 'choices'] });
  const election = poll.kind === 'election';
  const seats = poll.seats ?? 0;

  const { elder } = useElder();
  const [takeBack, undoNativeTap] = useTakeBack();
  // Only the pad's own taps were counted by the native pad (elections have no pad).
  const padCounted = nativePad && !election;

  const send = async (kind: PadKind, reading: Reading, what: string) => {
    const untap = () => void (padCounted && undoNativeTap(kind));
    if (f.busy) return untap();
    // The serial as the form reads it (12 → P0012) before the schema sees it.
    const s = normalSerial(serial);
    if (serial.trim() && !s) return (f.invalid({ serial: t.badSerial }), untap());
    const input = f.check(enterCountInput, { sessionId: seat.sessionId, serial: s ?? '', ...reading });
    if (!input) return untap();
    const sent = await f.run(() => call('polls.count.enter', input), () => t.entered(input.serial, what));
    if (!sent) return untap();
    // A serial entered again is a correction: it moves from its old kind, not counted twice.
    const before = entered.current.get(input.serial);
    if (padCounted && before) undoNativeTap(before);
    entered.current.set(input.serial, kind);
    setCounts((c) => (before ? { ...c, [before]: c[before] - 1, [kind]: c[kind] + (before === kind ? 0 : 1) } : { ...c, [kind]: c[kind] + 1 }));
    setSerial(nextSerial(input.serial));
    setSpoilt(false);
    setReason(null);
    setOther('');
    setPicked([]);
  };

  const scan = async () => {
    f.setDone(null);
    try {
      const r = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      const read = readBallotCode(r.result, poll.id);
      if (!read.ok) return void f.setFormError(read.reason);
      setSerial(read.serial);
      f.clear('serial');
      f.setFormError(null);
      f.setDone(t.scanned(read.serial));
    } catch (e) {
      f.setFormError(isPrivacyRefusal(e) ? privacyText.refused : t.scanFailed);
    }
  };

  const onPad = (kind: PadKind) => {
    if (kind !== 'invalid') return void send(kind, { choice: kind }, choiceText[kind]);
    setSpoilt(true);
    f.clear('invalid');
  };

  const markInvalid = () => {
    // Nothing chosen is the form's own step; a typed reason left empty is the schema's to name.
    if (!reason) return void f.invalid({ invalid: t.needReason });
    const why = reason === OTHER ? other : reason;
    void send('invalid', { invalid: why }, `${t.invalid}（${why.trim()}）`);
  };

  const toggle = (id: string) => {
    if (picked.includes(id)) return (f.clear('choices'), setPicked(picked.filter((x) => x !== id)));
    if (picked.length >= seats) return void f.invalid({ choices: t.tooMany(seats) });
    f.clear('choices');
    setPicked([...picked, id]);
  };

  const { busy, formError, done } = f;
  const total = counts.yes + counts.no + counts.abstain + counts.invalid;
  const names = (poll.candidates ?? []).filter((c) => picked.includes(c.id)).map((c) => c.name);
  return (
    <View className='gz-card'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.enterHeading}
      </Text>
      <Text className='gz-p'>{t.roundInfo(seat.round, seat.counter)}</Text>
      <TextInput id='count-serial' label={t.serial} maxLength={8} value={serial} onChange={(v) => (setSerial(v), f.clear('serial'))} hint={t.serialHint} error={f.err('serial')} />
      {canScan && (
        <>
          <PrivacyConsent what={privacyText.scan} />
          <Btn kind='secondary' size='main' block onClick={() => void scan()}>
            {t.scan}
          </Btn>
        </>
      )}
      {formError && <Notice kind='error'>{formError}</Notice>}
      {done && !formError && <Notice kind='ok'>{done}</Notice>}
      {spoilt ? (
        <View>
          <Field id='count-reason' label={t.invalidHeading} error={f.err('invalid')}>
            <Chips labelledBy='count-reason-label' options={t.reasons.map((r) => ({ value: r, label: r }))} value={reason} onChange={(r) => (setReason(r), f.clear('invalid'))} />
            {reason === OTHER && <TextInput id='count-reason-other' label={t.reasonOther} maxLength={100} value={other} onChange={(v) => (setOther(v), f.clear('invalid'))} />}
          </Field>
          <View className='gz-actions'>
            <Btn kind='primary' size='main' busy={busy} onClick={markInvalid}>
              {busy ? t.entering : t.enterInvalid}
            </Btn>
            <Btn kind='secondary' size='main' onClick={() => (padCounted && undoNativeTap('invalid'), setSpoilt(false), f.clear('invalid'))}>
              {t.cancelInvalid}
            </Btn>
          </View>
        </View>
      ) : election ? (
        <View>
          <Field id='count-cands' label={t.candidates(seats)} error={f.err('choices')}>
            <View className='gz-choices' {...(process.env.TARO_ENV === 'h5' ? { role: 'group', 'aria-labelledby': 'count-cands-label' } : {})}>
              {(poll.candidates ?? []).map((c) => {
                const on = picked.includes(c.id);
                const pick = () => toggle(c.id);
                return (
                  <View key={c.id} className={`gz-choice ${on ? 'gz-choice--on' : ''}`} onClick={pick} {...buttonA11y({ role: 'checkbox', pressed: on, onActivate: pick })}>
                    <Text className='gz-choice__label'>{c.name}</Text>
                  </View>
                );
              })}
            </View>
          </Field>
          <View className='gz-actions'>
            <Btn kind='primary' size='main' busy={busy} onClick={() => void send('yes', { choices: picked }, names.length ? names.join('、') : t.blank)}>
              {busy ? t.entering : t.enterElection}
            </Btn>
            <Btn kind='secondary' size='main' onClick={() => onPad('invalid')}>
              {t.invalid}
            </Btn>
          </View>
          <Text className='gz-pad__total'>
            {t.tally}：{t.tallyElection(counts.yes, counts.invalid, total)}
          </Text>
        </View>
      ) : (
        !padCounted && <CountPad counts={counts} serial={normalSerial(serial) ?? serial} busy={busy} onCount={onPad} />
      )}
      {/* Kept mounted while a spoilt ballot's reason is asked: its counts live in the component. */}
      {padCounted && (
        <View style={{ display: spoilt ? 'none' : 'block' }}>
          <NativeCountPad elder={elder} takeBack={takeBack} onCount={onPad} />
        </View>
      )}
    </View>
  );
}
