// A date (yyyy-mm-dd) or a time of day (hh:mm) with the platform's own picker: the browser's date
// and time inputs, WeChat's picker; in 长辈模式 in WeChat (where the picker slides up over the
// page, like a modal) the value is typed instead. Shared by the staff's due times, meeting times,
// decision due dates and activity start times.
import { Input, Picker, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { buttonA11y, labelA11y } from './a11y';
import { described, Field } from './Field';
import { useElder } from './elder';
import './WhenInput.css';

const isH5 = process.env.TARO_ENV === 'h5';
const placeholderClass = isH5 ? {} : { placeholderClass: 'gz-placeholder' };

/** A date (yyyy-mm-dd) or a time of day (hh:mm): the native control; typed in 长辈模式 in WeChat. */
export function WhenInput(props: { id: string; mode: 'date' | 'time'; label: string; value: string; onChange: (v: string) => void; error?: string | null; placeholder: string }) {
  const { id, mode, label, value, onChange, error, placeholder } = props;
  const { elder } = useElder();
  let control: ReactNode;
  if (isH5) {
    control = (
      <input
        id={id}
        name={id}
        type={mode}
        className='gz-input'
        value={value}
        aria-label={label}
        onChange={(e) => onChange(e.target.value)}
        {...described(id, error)}
      />
    );
  } else if (elder) {
    // WeChat's picker slides up over the page: in 长辈模式 the value is typed instead.
    control = (
      <Input
        id={id}
        className='gz-input'
        {...placeholderClass}
        type='text'
        value={value}
        placeholder={placeholder}
        onInput={(e) => onChange(String(e.detail.value ?? ''))}
        {...labelA11y(label)}
      />
    );
  } else {
    control = (
      <Picker mode={mode} value={value} onChange={(e) => onChange(String(e.detail.value))}>
        <View className='gz-input gz-select' {...buttonA11y({ label: `${label}：${value || placeholder}` })}>
          <Text className={value ? '' : 'gz-placeholder'}>{value || placeholder}</Text>
        </View>
      </Picker>
    );
  }
  return (
    <Field id={id} label={label} error={error}>
      {control}
    </Field>
  );
}

