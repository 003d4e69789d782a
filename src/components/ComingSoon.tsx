import { Text, View } from '@tarojs/components';
import { Page } from './Page';
import { headingA11y } from './a11y';

/** An honest placeholder for an area that is not built yet: what will be here, no sample data. */
export function ComingSoon({ title, body, when }: { title: string; body: string; when: string }) {
  return (
    <Page>
      <Text className='gz-h1' {...headingA11y(1)}>
        {title}
      </Text>
      <View className='gz-card'>
        <Text className='gz-card__body'>{body}</Text>
      </View>
      <View className='gz-notice gz-notice--info'>
        <Text>{when}</Text>
      </View>
    </Page>
  );
}
