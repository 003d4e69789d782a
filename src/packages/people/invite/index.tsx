// 邀请邻居: the compound's QR code and share card, from 我的 and the committee's screens. In WeChat
// the code is a mini-program code (compounds.joinCode → wxacode.getUnlimited) opening the welcome
// page with the compound in its scene; the browser build draws a QR of its own address for the
// same page. The card (useShareAppMessage, https://taro-docs.jd.com/docs/hooks#useshareappmessage)
// opens the welcome page with `?compound=<id>`.
import { Image, Text, View } from '@tarojs/components';
import { useShareAppMessage } from '@tarojs/taro';
import { Page } from '../../../components/Page';
import { ShareButton } from '../../../components/ShareButton';
import { Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { qrDataUrl } from '../../../components/qr';
import { PAGES } from '../../../routes';
import { joiningText as t } from '../components/joiningText';
import '../components/joining.css';

const h5 = process.env.TARO_ENV === 'h5';

/** The browser's address of an in-app path (hash routing). */
const browserLink = (path: string) => (typeof window === 'undefined' ? path : `${window.location.origin}${window.location.pathname}#${path}`);

export default function InvitePage() {
  const code = useAction('compounds.joinCode');
  useShareAppMessage(() => ({ title: code.data ? t.shareTitle(code.data.compound.name) : t.share, path: code.data?.path ?? PAGES.home }));

  if (code.state === 'loading' && !code.data) return <Page><Loading /></Page>;
  if (code.state === 'error' && !code.data) return <Page><Failed error={code.error} onRetry={code.reload} /></Page>;
  const { compound, path, image } = code.data!;
  const link = h5 ? browserLink(path) : null;
  const src = image ?? (link ? qrDataUrl(link, 6) : null);
  return (
    <Page>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.inviteTitle(compound.name)}
      </Text>
      <Text className='gz-p'>{t.inviteExplain}</Text>
      {src ? (
        <View className='gz-card gz-invite-qr'>
          <Image className='gz-invite-qr__img' src={src} mode='aspectFit' {...(h5 ? { imgProps: { alt: t.qrAlt(compound.name) } } : {})} />
          <Text className='gz-p gz-invite-qr__name'>{compound.name}</Text>
        </View>
      ) : (
        <Notice kind='info'>{t.noCode}</Notice>
      )}
      {link && (
        <Text className='gz-p gz-muted gz-invite-link' userSelect>
          {t.linkLabel}:{link}
        </Text>
      )}
      <ShareButton label={t.share} />
    </Page>
  );
}
