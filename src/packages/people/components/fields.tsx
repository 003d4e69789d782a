// Form pieces for the people screens: the shared field widgets (src/components/Field.tsx,
// Choice.tsx) under the names these screens use. Each input has a visible label that is also its
// accessible name, and the server's message for a field is shown right under it. (These were
// NutUI's Input and Picker until the NutUI decision in docs/architecture.md.)
import { SelectField } from '../../../components/Choice';
import { TextInput } from '../../../components/Field';

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
  const { type = 'text', ...rest } = props;
  return <TextInput {...rest} keyboard={type === 'number' ? 'number' : undefined} />;
}

export interface Option {
  value: string;
  label: string;
}

/**
 * Pick one of a list: WeChat's own picker in the mini-program, the native select in the browser,
 * and in 长辈模式, which has no pop-ups, the options laid out inline as large buttons.
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
  const { options, ...rest } = props;
  return <SelectField {...rest} groups={[{ options }]} />;
}
