// The in-app agreement view WeChat asks for before a privacy-sensitive API: shown in place (never a
// modal: 长辈模式 has none), with the guide's link, an agree button WeChat recognises
// (open-type agreePrivacyAuthorization) and a refusal. Renders nothing in the browser.
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Btn } from './Btn';
import { go } from './nav';
import { liveA11y } from './a11y';
import { AGREE_BUTTON_ID, agreePrivacy, refusePrivacy, watchPrivacyRequests, type PrivacyRequest } from '../services/privacy';
import { privacyText as t } from '../ui/strings/privacy';
import { PAGES } from '../routes';

export function PrivacyConsent({ what }: { what: string }) {
  const [request, setRequest] = useState<PrivacyRequest | null>(null);
  useEffect(() => watchPrivacyRequests(setRequest), []);
  if (!request) return null;
  return (
    <View className='gz-notice gz-notice--info' {...liveA11y('status')}>
      <Text className='gz-row__title'>{t.askTitle}</Text>
      <Text>{t.ask(what)}</Text>
      <Btn kind='link' size='small' onClick={() => go(PAGES.privacy)}>
        {t.read}
      </Btn>
      <Button id={AGREE_BUTTON_ID} className='gz-btn gz-btn--primary gz-btn--main' openType={'agreePrivacyAuthorization' as never} {...{ onAgreePrivacyAuthorization: agreePrivacy }}>
        {t.agree}
      </Button>
      <Btn kind='secondary' size='main' block onClick={refusePrivacy}>
        {t.disagree}
      </Btn>
    </View>
  );
}
