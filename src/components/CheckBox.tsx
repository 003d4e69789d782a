// A yes/no box with its words next to it; the state is said to screen readers, not only drawn.
import { Text, View } from '@tarojs/components';
import { buttonA11y } from './a11y';
import './CheckBox.css';

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
