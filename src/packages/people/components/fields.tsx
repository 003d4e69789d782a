// Form pieces for the people screens. Each input has a visible label that is also its accessible
// name, and the server's message for a field is shown right under it (the shared Field).
import { Text, View } from '@tarojs/components';
import { Input, Picker } from './nutui';
import { useState, type ReactNode } from 'react';
import { buttonA11y, labelA11y } from '../../../components/a11y';
import { Chips, NativeSelect } from '../../../components/Choice';
import { described, Field } from '../../../components/Field';
import { useElder } from '../../../components/elder';
import { common } from '../../../ui/strings';

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
  return (
    <Field id={id} label={label} error={error} hint={hint}>
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
        {...described(id, error)}
      />
    </Field>
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
    control = <Chips labelledBy={`${id}-label`} options={options} value={value} onChange={onChange} />;
  } else if (process.env.TARO_ENV === 'h5') {
    // In the browser the native <select>: NutUI's picker cannot be reached from a keyboard.
    control = <NativeSelect id={id} label={label} placeholder={placeholder} groups={[{ options }]} value={value} onChange={onChange} error={error} />;
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
    <Field id={id} label={label} error={error}>
      {control}
    </Field>
  );
}
