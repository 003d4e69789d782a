// Picking several people (care volunteers): large toggle buttons that are checkboxes for screen
// readers; in 长辈模式 they grow like every other control.
import { Text, View } from '@tarojs/components';
import { buttonA11y } from '../../../components/a11y';

const h5 = process.env.TARO_ENV === 'h5';

export function PeoplePicker({ labelledBy, people, chosen, onChange }: { labelledBy: string; people: Array<{ userId: string; name: string }>; chosen: string[]; onChange: (ids: string[]) => void }) {
  return (
    <View className='gz-choices' {...(h5 ? { role: 'group', 'aria-labelledby': labelledBy } : {})}>
      {people.map((p) => {
        const on = chosen.includes(p.userId);
        const flip = () => onChange(on ? chosen.filter((x) => x !== p.userId) : [...chosen, p.userId]);
        return (
          <View key={p.userId} className={`gz-choice ${on ? 'gz-choice--on' : ''}`} onClick={flip} {...buttonA11y({ role: 'checkbox', pressed: on, onActivate: flip })}>
            <Text className='gz-choice__label'>{p.name}</Text>
          </View>
        );
      })}
    </View>
  );
}
