// Picking one of several: a row of large buttons that act as radio buttons (short lists, and every
// list in 长辈模式, which has no pop-ups), or a select for long lists: the native <select> in the
// browser (keyboard and screen reader work as usual), WeChat's own picker in the mini-program.
import { Picker, Text, View } from '@tarojs/components';
import { Fragment, type ReactNode } from 'react';
import { buttonA11y } from './a11y';
import { useElder } from './elder';
import { Field } from './Field';
import { common } from '../ui/strings';
import './widgets.css';

const h5 = process.env.TARO_ENV === 'h5';

export interface Option<V extends string = string> {
  value: V;
  label: string;
  /** A second line under the label (what the choice means). */
  hint?: string;
}

export interface OptionGroup<V extends string = string> {
  /** Shown above its options; omit for an ungrouped list. */
  label?: string;
  options: Option<V>[];
}

/** The options as large buttons, a radio group for screen readers. `hoverClass`: WeChat's pressed look. */
export function Chips<V extends string>({ labelledBy, options, value, onChange, hoverClass = 'gz-btn--pressed' }: { labelledBy: string; options: Option<V>[]; value: V | null; onChange: (v: V) => void; hoverClass?: string }) {
  return (
    <View className='gz-choices' {...(h5 ? { role: 'radiogroup', 'aria-labelledby': labelledBy } : {})}>
      {options.map((o) => {
        const on = o.value === value;
        const pick = () => onChange(o.value);
        return (
          <View
            key={o.value}
            className={`gz-choice ${on ? 'gz-choice--on' : ''} ${o.hint ? 'gz-choice--hinted' : ''}`}
            {...(hoverClass ? { hoverClass } : {})}
            onClick={pick}
            {...buttonA11y({ role: 'radio', pressed: on, onActivate: pick, label: o.hint ? `${o.label}：${o.hint}` : undefined })}
          >
            <Text className='gz-choice__label'>{o.label}</Text>
            {o.hint && <Text className='gz-choice__hint'>{o.hint}</Text>}
          </View>
        );
      })}
    </View>
  );
}

/** A short list always laid out as buttons (status filter, sort, 公开/仅物业可见). */
export function ChoiceGroup<V extends string>(props: {
  id: string;
  label: string;
  options: Option<V>[];
  value: V | null;
  onChange: (v: V) => void;
  error?: string | null;
  hint?: string;
  hoverClass?: string;
}) {
  const { id, label, options, value, onChange, error, hint, hoverClass } = props;
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <Chips labelledBy={`${id}-label`} options={options} value={value} onChange={onChange} hoverClass={hoverClass} />
    </Field>
  );
}

/** The browser's own <select> (keyboard and screen reader work as usual); `value` null shows the placeholder. */
export function NativeSelect<V extends string>(props: { id: string; label: string; placeholder: string; groups: OptionGroup<V>[]; value: V | null; onChange: (v: V) => void; error?: string | null }) {
  const { id, label, placeholder, groups, value, onChange, error } = props;
  const option = (o: Option<V>) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <select
      id={id}
      name={id}
      className='gz-input gz-native-select'
      aria-label={label}
      value={value ?? ''}
      onChange={(e) => e.target.value && onChange(e.target.value as V)}
      {...(error ? { 'aria-describedby': `${id}-error`, 'aria-invalid': true } : {})}
    >
      <option value='' disabled>
        {placeholder}
      </option>
      {groups.map((g, i) =>
        g.label ? (
          <optgroup key={g.label} label={g.label}>
            {g.options.map(option)}
          </optgroup>
        ) : (
          <Fragment key={i}>{g.options.map(option)}</Fragment>
        ),
      )}
    </select>
  );
}

/** A long list: a select, or buttons in 长辈模式. `value` null shows the placeholder. */
export function SelectField<V extends string>(props: {
  id: string;
  label: string;
  placeholder: string;
  groups: OptionGroup<V>[];
  value: V | null;
  onChange: (v: V) => void;
  error?: string;
  /** Shown instead of the control when there is nothing to pick yet. */
  unavailable?: string;
}) {
  const { id, label, placeholder, groups, value, onChange, error, unavailable } = props;
  const { elder } = useElder();
  const all = groups.flatMap((g) => g.options);
  const selected = all.find((o) => o.value === value);

  let control: ReactNode;
  if (unavailable) {
    control = <Text className='gz-muted'>{unavailable}</Text>;
  } else if (elder) {
    control = groups.map((g, i) => (
      <View key={g.label ?? i} className='gz-choicegroup'>
        {g.label && (
          <Text className='gz-choicegroup__label' id={`${id}-group-${i}`}>
            {g.label}
          </Text>
        )}
        <Chips labelledBy={g.label ? `${id}-label ${id}-group-${i}` : `${id}-label`} options={g.options} value={value} onChange={onChange} />
      </View>
    ));
  } else if (h5) {
    control = <NativeSelect id={id} label={label} placeholder={placeholder} groups={groups} value={value} onChange={onChange} error={error} />;
  } else {
    // WeChat's native picker: one flat list, each option said with its group.
    const labels = groups.flatMap((g) => g.options.map((o) => (g.label ? `${g.label} · ${o.label}` : o.label)));
    control = (
      <Picker mode='selector' range={labels} value={Math.max(0, all.findIndex((o) => o.value === value))} onChange={(e) => onChange(all[Number(e.detail.value)].value)}>
        <View className='gz-input gz-select' id={id} {...buttonA11y({ label: `${label}：${selected ? selected.label : common.choose}` })}>
          <Text className={selected ? '' : 'gz-placeholder'}>{selected ? selected.label : placeholder}</Text>
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
