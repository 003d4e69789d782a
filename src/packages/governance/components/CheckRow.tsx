// A large tick-box row (attendance, agenda picks): a checkbox for screen readers, tap anywhere.
import { Text, View } from '@tarojs/components';
import { buttonA11y } from '../../../components/a11y';

export function CheckRow({ label, hint, on, onToggle }: { label: string; hint?: string; on: boolean; onToggle: () => void }) {
  return (
    <View className={`gz-checkrow ${on ? 'gz-checkrow--on' : ''}`} hoverClass='gz-btn--pressed' onClick={onToggle} {...buttonA11y({ role: 'checkbox', pressed: on, onActivate: onToggle, label: hint ? `${label}，${hint}` : label })}>
      <Text className={`gz-tick ${on ? 'gz-tick--on' : ''}`} aria-hidden>
        {on ? '✓' : ''}
      </Text>
      <View className='gz-checkrow__main'>
        <Text className='gz-checkrow__label'>{label}</Text>
        {hint && <Text className='gz-muted'>{hint}</Text>}
      </View>
    </View>
  );
}
