import { Text, View } from '@tarojs/components';
import { elder as t } from '../ui/strings';
import { Btn } from './Btn';
import { dismissElderOffer, setElder, useElder } from './elder';

/** First-visit offer of 长辈模式 on 首页: an inline card, never a pop-up. */
export function ElderOffer() {
  const { offered } = useElder();
  if (offered) return null;
  return (
    <View className='gz-card gz-offer'>
      <Text className='gz-card__title'>{t.offerTitle}</Text>
      <Text className='gz-card__body'>{t.offerBody}</Text>
      <Btn kind='primary' size='main' block onClick={() => setElder(true)}>
        {t.offerYes}
      </Btn>
      <Btn kind='link' onClick={dismissElderOffer}>
        {t.offerNo}
      </Btn>
    </View>
  );
}
