// 用户隐私保护指引 in the app (我的 → 隐私保护指引): per kind of information, what, why, who sees
// it, how long it is kept and how to withdraw. The same text is declared in the console.
import { Text, View } from '@tarojs/components';
import { Page } from '../../../components/Page';
import { headingA11y } from '../../../components/a11y';
import { PRIVACY_ITEMS, guideText as t } from './guide';

export default function PrivacyPage() {
  return (
    <Page>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-muted'>{t.intro}</Text>
      {PRIVACY_ITEMS.map((item) => (
        <View key={item.what} className='gz-card'>
          <Text className='gz-card__title' {...headingA11y(2)}>
            {item.what}
          </Text>
          {(
            [
              [t.why, item.why],
              [t.who, item.who],
              [t.kept, item.kept],
              [t.withdraw, item.withdraw],
            ] as const
          ).map(([label, text]) => (
            <View key={label} className='gz-row'>
              <Text className='gz-muted'>{label}:</Text>
              <Text>{text}</Text>
            </View>
          ))}
        </View>
      ))}
    </Page>
  );
}
