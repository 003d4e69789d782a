// Form fields without a UI kit (the 议事 screens are in the main package's reach and stay light).
// Each control has a visible label that is also its accessible name; the server's message for a
// field is shown right under it and tied to the control (aria-describedby, aria-invalid).
import { Input, Text, Textarea, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { labelA11y, liveA11y } from './a11y';
import './widgets.css';

const h5 = process.env.TARO_ENV === 'h5';

export function Field({ id, label, error, hint, extra, children }: { id: string; label: string; error?: string | null; hint?: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <View className={`gz-field ${error ? 'gz-field--invalid' : ''}`} id={`${id}-field`}>
      <Text className='gz-field__label' id={`${id}-label`}>
        {label}
      </Text>
      {children}
      {extra}
      {hint && !error && (
        <Text className='gz-muted' id={`${id}-hint`}>
          {hint}
        </Text>
      )}
      {error && (
        <Text className='gz-field__error' id={`${id}-error`} {...liveA11y('alert')}>
          {error}
        </Text>
      )}
    </View>
  );
}

/** H5 attributes tying a control to its message and counter. */
export function described(id: string, error: string | null | undefined, more: string[] = []): Record<string, string> {
  if (!h5) return {};
  const ids = [...(error ? [`${id}-error`] : []), ...more];
  return { ...(ids.length ? { 'aria-describedby': ids.join(' ') } : {}), ...(error ? { 'aria-invalid': 'true' } : {}) };
}

export function TextInput(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  error?: string | null;
  hint?: string;
  maxLength?: number;
  /** `decimal`: the numeric keypad with a decimal point (meter readings); `number`: digits only. */
  keyboard?: 'text' | 'decimal' | 'number';
  /** The accessible name when the visible label needs context ("19栋301 本次读数"). */
  name?: string;
  disabled?: boolean;
}) {
  const { id, label, value, onChange, placeholder, error, hint, maxLength = 140, keyboard, name, disabled } = props;
  // In the browser a text input with inputmode: a number input drops what it cannot parse.
  const typeProps: Record<string, unknown> = !keyboard
    ? {}
    : h5
      ? { type: 'text', ...(keyboard === 'text' ? {} : { inputMode: keyboard === 'decimal' ? 'decimal' : 'numeric' }) }
      : { type: keyboard === 'decimal' ? 'digit' : keyboard === 'number' ? 'number' : 'text' };
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <Input
        id={id}
        name={id}
        className='gz-input'
        value={value}
        maxlength={maxLength}
        placeholder={placeholder}
        disabled={disabled}
        onInput={(e) => onChange(String(e.detail.value ?? ''))}
        {...(h5 ? {} : { placeholderClass: 'gz-placeholder' })}
        {...typeProps}
        {...labelA11y(name ?? label)}
        {...described(id, error)}
      />
    </Field>
  );
}

/**
 * Several lines of text. With a counter ("12/500 字"), past the limit (pasted text) nothing is cut
 * off: the counter says by how much, and the form refuses to send until it is shortened. Without
 * one (short notes on the staff screens), typing stops at `max`.
 */
export function TextArea(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  max?: number;
  counter?: (n: number) => string;
  over?: (n: number) => string;
  placeholder?: string;
  error?: string | null;
  hint?: string;
  rows?: number;
}) {
  const { id, label, value, onChange, max = 300, counter, over, placeholder, error, hint, rows = 4 } = props;
  const n = value.length;
  const counterNode = counter && (
    <Text className={`gz-counter ${n > max ? 'gz-counter--over' : ''}`} id={`${id}-counter`}>
      {n > max && over ? `${counter(n)}，${over(n - max)}` : counter(n)}
    </Text>
  );
  // With a counter, no maxlength cut (-1 in WeChat): the counter tells, the form refuses.
  const limit = counter ? undefined : max;
  const common = { id, name: id, value, placeholder };
  return (
    <Field id={id} label={label} error={error} hint={hint} extra={counterNode}>
      {h5 ? (
        <textarea
          {...common}
          className='gz-input gz-textarea'
          rows={rows}
          maxLength={limit}
          aria-label={label}
          onChange={(e) => onChange(e.target.value)}
          {...described(id, error, counter ? [`${id}-counter`] : [])}
        />
      ) : (
        <Textarea
          {...common}
          className='gz-input gz-textarea'
          placeholderClass='gz-placeholder'
          maxlength={limit ?? -1}
          autoHeight
          onInput={(e) => onChange(String(e.detail.value ?? ''))}
          {...labelA11y(label)}
        />
      )}
    </Field>
  );
}
