// Form pieces for the people screens. Each input has a visible label that is also its accessible
// name, and the server's message for a field is shown right under it.
import { Text, View } from '@tarojs/components';
import { Input, Picker } from './nutui';
import { useState, type ReactNode } from 'react';
import { buttonA11y, labelA11y, liveA11y } from '../../../components/a11y';
import { useElder } from '../../../components/elder';
import { common } from '../../../ui/strings';

function FieldShell({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <View className={`gz-field ${error ? 'gz-field--invalid' : ''}`} id={`${id}-field`}>
      <Text className='gz-field__label' id={`${id}-label`}>
        {label}
      </Text>
      {children}
      {hint && !error && <Text className='gz-muted'>{hint}</Text>}
      {error && (
        <Text className='gz-field__error' id={`${id}-error`} {...liveA11y('alert')}>
          {error}
        </Text>
      )}
    </View>
  );
}

export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  error?: string;
  hint?: string;
  type?: 'text' | 'number';
  maxLength?: number;
  disabled?: boolean;
}) {
  const { id, label, value, onChange, placeholder, error, hint, type = 'text', maxLength, disabled } = props;
  const described = process.env.TARO_ENV === 'h5' && error ? { 'aria-describedby': `${id}-error`, 'aria-invalid': 'true' } : {};
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      <Input
        id={id}
        name={id}
        type={type}
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        disabled={disabled}
        onChange={(v: string) => onChange(v)}
        {...labelA11y(label)}
        {...described}
      />
    </FieldShell>
  );
}

export interface Option {
  value: string;
  label: string;
}

/**
 * Pick one of a list. In WeChat, NutUI's picker (a bottom sheet); in the browser, the native
 * select; in 长辈模式, which has no pop-ups, the options laid out inline as large buttons.
 */
export function ChoiceField(props: {
  id: string;
  label: string;
  placeholder: string;
  options: Option[];
  value: string | null;
  onChange: (v: string) => void;
  error?: string;
  /** Shown instead of the control when there is nothing to pick yet. */
  unavailable?: string;
}) {
  const { id, label, placeholder, options, value, onChange, error, unavailable } = props;
  const { elder } = useElder();
  const [open, setOpen] = useState(false);
  const selected = options.find((o) => o.value === value);

  let control: ReactNode;
  if (unavailable) {
    control = <Text className='gz-muted'>{unavailable}</Text>;
  } else if (elder) {
    control = (
      <View className='gz-choices' {...(process.env.TARO_ENV === 'h5' ? { role: 'radiogroup', 'aria-labelledby': `${id}-label` } : {})}>
        {options.map((o) => {
          const pick = () => onChange(o.value);
          return (
            <View
              key={o.value}
              className={`gz-choice ${o.value === value ? 'gz-choice--on' : ''}`}
              onClick={pick}
              {...buttonA11y({ role: 'radio', pressed: o.value === value, onActivate: pick })}
            >
              <Text>{o.label}</Text>
            </View>
          );
        })}
      </View>
    );
  } else if (process.env.TARO_ENV === 'h5') {
    // In the browser the native <select>: NutUI's picker cannot be reached from a keyboard.
    control = (
      <select
        id={id}
        name={id}
        className='gz-input gz-native-select'
        aria-label={label}
        value={value ?? ''}
        onChange={(e) => e.target.value && onChange(e.target.value)}
        {...(error ? { 'aria-describedby': `${id}-error`, 'aria-invalid': true } : {})}
      >
        <option value='' disabled>
          {placeholder}
        </option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else {
    const show = () => setOpen(true);
    control = (
      <>
        <View
          className='gz-input gz-select'
          id={id}
          onClick={show}
          {...buttonA11y({ label: `${label}：${selected ? selected.label : common.choose}`, onActivate: show })}
        >
          <Text className={selected ? '' : 'gz-placeholder'}>{selected ? selected.label : placeholder}</Text>
        </View>
        <Picker
          visible={open}
          title={label}
          options={[options.map((o) => ({ value: o.value, label: o.label }))]}
          value={value ? [value] : []}
          onConfirm={(_opts, values) => {
            const v = values[0];
            if (v !== undefined && v !== null) onChange(String(v));
          }}
          onClose={() => setOpen(false)}
        />
      </>
    );
  }
  return (
    <FieldShell id={id} label={label} error={error}>
      {control}
    </FieldShell>
  );
}
