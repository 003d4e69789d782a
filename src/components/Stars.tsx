// A 1–5 star rating. Picking: a radio group (each star a radio named "3 星，一般"; arrow keys
// move the choice; the chosen number is also written out, so colour and shape are not the only
// signal). Showing: the stars plus "4 星（满分 5 星）" for screen readers.
import { Text, View } from '@tarojs/components';
import { labelA11y } from './a11y';
import { useElder } from './elder';
import { starsText as t } from '../ui/strings/issues';
import './widgets.css';

const h5 = process.env.TARO_ENV === 'h5';
const LEVELS = [1, 2, 3, 4, 5];

/**
 * In 长辈模式 the five choices are five full-width rows ("★★★★ 4 星 · 满意"), best first: five
 * 80 px stars do not fit side by side on a phone, and words say more than shapes.
 */
export function StarsInput({ id, label = t.label, value, onChange, error }: { id: string; label?: string; value: number; onChange: (n: number) => void; error?: string }) {
  const { elder } = useElder();
  const levels = elder ? [...LEVELS].reverse() : LEVELS;
  const key = (e: { key?: string; preventDefault?: () => void }) => {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowUp' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowDown' ? -1 : 0;
    if (step) {
      e.preventDefault?.();
      const next = Math.min(5, Math.max(1, (value || (step > 0 ? 0 : 6)) + step));
      onChange(next);
      if (h5) document.getElementById(`${id}-${next}`)?.focus();
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault?.();
    }
  };
  return (
    <View className={`gz-field ${error ? 'gz-field--invalid' : ''}`} id={`${id}-field`}>
      <Text className='gz-field__label' id={`${id}-label`}>
        {label}
      </Text>
      <View className={`gz-stars ${elder ? 'gz-stars--list' : ''}`} {...(h5 ? { role: 'radiogroup', 'aria-labelledby': `${id}-label`, ...(error ? { 'aria-describedby': `${id}-error`, 'aria-invalid': 'true' } : {}) } : { ariaRole: 'radiogroup', ariaLabel: label })}>
        {levels.map((n) => {
          const on = elder ? n === value : n <= value;
          const name = `${t.star(n)}，${t.words[n]}`;
          const pick = () => onChange(n);
          const a11y = h5
            ? {
                id: `${id}-${n}`,
                role: 'radio',
                'aria-checked': String(n === value),
                'aria-label': name,
                // One stop in the tab order: the chosen star, else the first.
                tabIndex: n === (value || 1) ? 0 : -1,
                onKeyDown: (e: { key?: string; preventDefault?: () => void }) => {
                  if (e.key === ' ' || e.key === 'Enter') {
                    e.preventDefault?.();
                    pick();
                  } else key(e);
                },
              }
            : { ariaRole: 'radio', ariaLabel: name, ariaChecked: n === value };
          return (
            <View key={n} className={`gz-star ${on ? 'gz-star--on' : ''}`} hoverClass='gz-btn--pressed' onClick={pick} {...a11y}>
              {elder ? (
                <>
                  <Text className='gz-star__glyph'>{'★'.repeat(n)}</Text>
                  <Text className='gz-star__word'>
                    {t.star(n)} · {t.words[n]}
                  </Text>
                </>
              ) : (
                <Text className='gz-star__glyph'>{on ? '★' : '☆'}</Text>
              )}
            </View>
          );
        })}
      </View>
      {!elder && (
        <Text className='gz-stars__word' {...(h5 ? { 'aria-hidden': 'true' } : {})}>
          {value ? `${t.star(value)} · ${t.words[value]}` : ' '}
        </Text>
      )}
      {error && (
        <Text className='gz-field__error' id={`${id}-error`} {...(h5 ? { role: 'alert' } : { ariaRole: 'alert' })}>
          {error}
        </Text>
      )}
    </View>
  );
}

export function StarsShown({ stars }: { stars: number }) {
  return (
    <View className='gz-stars gz-stars--shown' {...(h5 ? { role: 'img' } : {})} {...labelA11y(t.shown(stars))}>
      {LEVELS.map((n) => (
        <Text key={n} className={`gz-star__glyph ${n <= stars ? 'gz-star--on' : ''}`} {...(h5 ? { 'aria-hidden': 'true' } : {})}>
          {n <= stars ? '★' : '☆'}
        </Text>
      ))}
    </View>
  );
}
