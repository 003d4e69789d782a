// 截止时间: a few common periods in one tap (3, 7 or 15 days, at 18:00), or a date and time picked
// with the platform's own picker (WeChat's date and time pickers; the browser's datetime input),
// said back in words. The value is `YYYY-MM-DD HH:mm` local time, or '' for none (the committee
// ends the poll by hand).
import { Picker, Text, View } from '@tarojs/components';
import { Chips } from '../../../components/Choice';
import { Field } from '../../../components/Field';
import { buttonA11y } from '../../../components/a11y';
import { createText as t } from '../../../copy/polls';

const h5 = process.env.TARO_ENV === 'h5';
const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAYS = '日一二三四五六';

/** `YYYY-MM-DD HH:mm` for a Date, local time. */
export function localText(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** N days from today at 18:00, local time. */
export function daysFromNow(days: number, now: Date = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, 18, 0);
  return localText(d);
}

/** `2026-12-02 18:00` → `2026年12月2日（周三）18:00`; '' when unreadable. */
export function spokenTime(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(value);
  if (!m) return '';
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日（周${WEEKDAYS[d.getDay()]}）${m[4]}:${m[5]}`;
}

/** "2026-12-31 18:00" (local time) → ISO; undefined when empty; null when it cannot be read. */
export function closingTime(text: string): string | undefined | null {
  const s = text.trim();
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(s);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), m[4] ? Number(m[4]) : 23, m[5] ? Number(m[5]) : 59);
  return Number.isNaN(d.getTime()) || d.getMonth() !== Number(m[2]) - 1 ? null : d.toISOString();
}

const PRESETS = [3, 7, 15];

/** `required`: a time must be chosen (moving an open poll's closing time), so no "不设截止" chip. */
export function ClosingTimeField(props: { value: string; onChange: (v: string) => void; error?: string | null; label?: string; hint?: string; required?: boolean }) {
  const { value, onChange, error, label = t.closesAt, hint = t.closesAtHint, required } = props;
  const presets = [...(required ? [] : [{ value: 'none', label: t.noClosing }]), ...PRESETS.map((n) => ({ value: String(n), label: t.inDays(n) }))];
  const chosen = value === '' ? 'none' : (PRESETS.map(String).find((n) => daysFromNow(Number(n)) === value) ?? null);
  const [date, time] = value ? value.split(' ') : ['', ''];
  return (
    <Field id='closesAt' label={label} error={error} hint={hint}>
      <Chips labelledBy='closesAt-label' options={presets} value={chosen} onChange={(v) => onChange(v === 'none' ? '' : daysFromNow(Number(v)))} />
      {h5 ? (
        <input
          id='closesAt'
          name='closesAt'
          type='datetime-local'
          className='gz-input'
          aria-label={t.closesAtPick}
          value={value.replace(' ', 'T')}
          onChange={(e) => onChange(e.target.value.replace('T', ' '))}
          {...(error ? { 'aria-describedby': 'closesAt-error', 'aria-invalid': true } : {})}
        />
      ) : (
        <View className='gz-actions'>
          <Picker mode='date' value={date || daysFromNow(7).split(' ')[0]} start={localText(new Date()).split(' ')[0]} onChange={(e) => onChange(`${e.detail.value} ${time || '18:00'}`)}>
            <View className='gz-input gz-select' {...buttonA11y({ label: `${t.pickDate}：${date || t.notSet}` })}>
              <Text className={date ? '' : 'gz-placeholder'}>{date || t.pickDate}</Text>
            </View>
          </Picker>
          <Picker mode='time' value={time || '18:00'} onChange={(e) => onChange(`${date || daysFromNow(7).split(' ')[0]} ${e.detail.value}`)}>
            <View className='gz-input gz-select' {...buttonA11y({ label: `${t.pickTime}：${time || t.notSet}` })}>
              <Text className={time ? '' : 'gz-placeholder'}>{time || t.pickTime}</Text>
            </View>
          </Picker>
        </View>
      )}
      <Text className='gz-p gz-poll-fact--strong'>{value ? t.closesOn(spokenTime(value) || value) : t.closesByHand}</Text>
    </Field>
  );
}
