import { Text, View } from '@tarojs/components';
import { elder as t } from '../ui/strings';
import { buttonA11y } from './a11y';
import { setElder, useElder } from './elder';

/** The big 长辈模式 switch: state said in words, not only by the knob's position or colour. */
export function ElderSwitch() {
  const { elder } = useElder();
  const toggle = () => setElder(!elder);
  return (
    <View
      className={`gz-switch ${elder ? 'gz-switch--on' : ''}`}
      hoverClass='gz-btn--pressed'
      onClick={toggle}
      {...buttonA11y({ role: 'switch', pressed: elder, label: t.label, onActivate: toggle })}
    >
      <View className='gz-switch__text'>
        <Text className='gz-switch__label'>{t.label}</Text>
        <Text className='gz-switch__state'>{elder ? t.on : t.off}</Text>
      </View>
      <View className='gz-switch__track'>
        <View className='gz-switch__knob' />
      </View>
    </View>
  );
}
