// The welcome of a compound, where a share card and a QR code land (`?compound=<id>` or WeChat's
// `scene`, src/domain/joining.ts): what the compound is, and for a newcomer the way into the claim
// flow; a member goes straight in. The compound it names becomes the current one before any call.
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { go } from '../../../components/nav';
import { setCurrentCompound } from '../../../services/compound';
import { compoundFromLaunch } from '../../../domain/joining';
import { placeLine } from '../../../domain/compoundCard';
import { PAGES } from '../../../routes';
import { joiningText as t } from '../components/joiningText';

export default function JoinPage() {
  const { params } = useRouter();
  // Before the first call: the welcome is about the compound the link names.
  useState(() => {
    const named = compoundFromLaunch(params);
    if (named) setCurrentCompound(named);
    return named;
  });
  const about = useAction('compounds.about');
  // Every screen reloads in this compound: nothing of the one before stays on view.
  const home = () => void Taro.reLaunch({ url: PAGES.home });

  if (about.state === 'loading') return <Page><Loading /></Page>;
  if (about.state === 'error') {
    return (
      <Page>
        {about.error.code === 'not_found' ? <Notice kind='error'>{t.notFound}</Notice> : <Failed error={about.error} onRetry={about.reload} />}
        <Btn kind='primary' size='main' block onClick={() => go(PAGES.findCompound)}>
          {t.findTitle}
        </Btn>
      </Page>
    );
  }
  const { compound: c, member } = about.data;
  return (
    <Page>
      <Text className='gz-h1' {...headingA11y(1)}>
        {member ? t.memberTitle(c.name) : t.welcomeTitle(c.name)}
      </Text>
      <View className='gz-card'>
        <Text className='gz-p'>{placeLine(c)}</Text>
        <Text className='gz-p'>
          {t.flats(c.flats)} · {t.committee(c.hasCommittee)}
        </Text>
      </View>
      <Text className='gz-p'>{member ? t.memberExplain : t.newcomerExplain}</Text>
      {member ? (
        <Btn kind='primary' size='main' block onClick={home}>
          {t.enter}
        </Btn>
      ) : (
        <>
          <Btn kind='primary' size='main' block onClick={() => go(PAGES.claim)}>
            {t.claim}
          </Btn>
          <Btn kind='secondary' block onClick={home}>
            {t.browse}
          </Btn>
        </>
      )}
      <Btn kind='link' block onClick={() => go(PAGES.findCompound)}>
        {t.notThis}
      </Btn>
    </Page>
  );
}
