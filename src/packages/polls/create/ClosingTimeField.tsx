// 截止时间: a few common periods in one tap (3, 7 or 15 days, at 18:00), or a date and time picked
// with the platform's own picker (WeChat's date and time pickers; the browser's datetime input),
// said back in words. The value is `YYYY-MM-DD HH:mm` China time, or '' for none (the committee
// ends the poll by hand).
import { Picker, Text, View } from '@tarojs/components';
import { Chips } from '../../../components/Choice';
import { Field } from '../../../components/Field';
import { buttonA11y } from '../../../components/a11y';
import { createText as t } from '../../../copy/polls';
import { chinaDate, chinaDayStart, chinaParts, fromChinaTyped } from '../../../domain/chinaTime';

const h5 = process.env.TARO_ENV === 'h5';
const WEEKDAYS = '日一二三四五六';

/** N days from today (China's calendar) at 18:00 China time. */
export function daysFromNow(days: number, now: Date = new Date()): string {
  return `${chinaDate(chinaDayStart(now, days))} 18:00`;
}

/** `2026-12-02 18:00` → `2026年12月2日（周三）18:00`; '' when unreadable. */
export function spokenTime(value: string): string {
  const at = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(value) ? fromChinaTyped(value, '23:59') : null;
  const p = at && chinaParts(at);
  return p ? `${p.y}年${p.m}月${p.d}日（周${WEEKDAYS[p.weekday]}）${value.slice(11)}` : '';
}

/** "2026-12-31 18:00" (China time) → ISO; undefined when empty; null when it cannot be read. A date alone closes at 23:59. */
export function closingTime(text: string): string | undefined | null {
  if (!text.trim()) return undefined;
  return fromChinaTyped(text, '23:59')?.toISOString() ?? null;
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
          <Picker mode='date' value={date || daysFromNow(7).split(' ')[0]} start={chinaDate(new Date())} onChange={(e) => onChange(`${e.detail.value} ${time || '18:00'}`)}>
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
