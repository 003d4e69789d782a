// Form pieces of the staff screens. Every input has a visible label that is also its accessible
// name, and the server's message for a field is shown right under it (the shared Field). No NutUI
// here: Taro's own inputs in WeChat, the plain HTML elements in the browser, and choices laid out
// inline as large buttons (no pop-up pickers, so they work the same in 长辈模式).
import { Text, Textarea, View } from '@tarojs/components';
import { buttonA11y, labelA11y } from '../../../components/a11y';
import { ChoiceGroup, type Option } from '../../../components/Choice';
import { described, Field } from '../../../components/Field';

export { TextInput } from '../../../components/Field';
export type { Option };

const isH5 = process.env.TARO_ENV === 'h5';

export function TextArea(props: { id: string; label: string; value: string; onChange: (v: string) => void; placeholder?: string; error?: string | null; maxLength?: number }) {
  const { id, label, value, onChange, placeholder, error, maxLength = 300 } = props;
  return (
    <Field id={id} label={label} error={error}>
      {isH5 ? (
        <textarea
          id={id}
          name={id}
          className='gz-input gz-note-input'
          value={value}
          maxLength={maxLength}
          placeholder={placeholder}
          aria-label={label}
          onChange={(e) => onChange(e.target.value)}
          {...described(id, error)}
        />
      ) : (
        <Textarea
          id={id}
          className='gz-input gz-note-input'
          placeholderClass='gz-placeholder'
          value={value}
          maxlength={maxLength}
          placeholder={placeholder}
          autoHeight
          onInput={(e) => onChange(String(e.detail.value ?? ''))}
          {...labelA11y(label)}
        />
      )}
    </Field>
  );
}

/** Pick one: every option on screen as a large button (a radio group for screen readers). */
export function Choices(props: { id: string; label: string; options: Option[]; value: string | null; onChange: (v: string) => void; error?: string | null; hint?: string }) {
  return <ChoiceGroup {...props} hoverClass='gz-btn--pressed' />;
}

export { WhenInput } from '../../../components/WhenInput';

/** A yes/no box with its words next to it; the state is said to screen readers, not only drawn. */
export function CheckBox({ checked, onChange, label, name, disabled }: { checked: boolean; onChange: (v: boolean) => void; label: string; name?: string; disabled?: boolean }) {
  const toggle = () => {
    if (!disabled) onChange(!checked);
  };
  return (
    <View
      className={`gz-check ${checked ? 'gz-check--on' : ''}`}
      hoverClass='gz-btn--pressed'
      onClick={toggle}
      {...buttonA11y({ role: 'checkbox', pressed: checked, label: name ?? label, disabled, onActivate: toggle })}
    >
      <View className={`gz-tick ${checked ? 'gz-tick--on' : ''}`}>
        <Text>{checked ? '✓' : ''}</Text>
      </View>
      <Text>{label}</Text>
    </View>
  );
}
