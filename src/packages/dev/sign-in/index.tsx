// H5 demo only: the local host's personas. In WeChat identity comes from the platform.
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { Page } from '../../../components/Page';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { buttonA11y, headingA11y } from '../../../components/a11y';
import { listPersonas, signIn, type Persona } from '../../../services/devSession';
import { syncElderWithServer } from '../../../components/elder';
import { ApiError, isApiError } from '../../../services/api';
import { useSubmit } from '../../../components/useSubmit';
import { ROLE_LABELS } from '../../../domain/roles';
import { me as meText } from '../../../ui/strings';
import { signInText as t } from '../../../copy/people';
import { PAGES, isTabPage } from '../../../routes';

function safeBack(raw: string | undefined): string {
  const url = raw ? decodeURIComponent(raw) : '';
  // Only our own pages, never the sign-in page itself.
  return url.startsWith('/') && !url.startsWith(PAGES.signIn) && !url.startsWith('//') ? url : PAGES.home;
}

export default function SignInPage() {
  const router = useRouter();
  const back = safeBack(router?.params?.back);
  const [personas, setPersonas] = useState<Persona[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const f = useSubmit({ fields: [], unexpected: () => t.failed });
  const [chosen, setChosen] = useState<string | null>(null);
  // Stays on the chosen persona after success too, while the next page opens.
  const [leaving, setLeaving] = useState(false);
  const busy = f.busy || leaving ? chosen : null;
  const failed = f.formError;

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      setPersonas(await listPersonas());
    } catch (e) {
      setLoadError(isApiError(e) ? e : new ApiError({ code: 'internal', message: String(e) }));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const choose = async (p: Persona) => {
    if (busy) return;
    setChosen(p.id);
    await f.run(
      () => signIn(p.id),
      () => {
        setLeaving(true);
        // 长辈模式 follows the person signed in now.
        void syncElderWithServer();
        if (isTabPage(back)) void Taro.reLaunch({ url: back });
        else void Taro.redirectTo({ url: back });
      },
    );
  };

  return (
    <Page>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-p gz-muted'>{t.intro}</Text>
      {failed && <Notice kind='error'>{failed}</Notice>}
      {!personas && !loadError && <Loading />}
      {loadError && <Failed error={loadError} onRetry={load} />}
      {personas && personas.length === 0 && <Empty title={t.empty} />}
      {personas && personas.length > 0 && (
        <View className='gz-list'>
          {personas.map((p) => {
            const pick = () => void choose(p);
            const roles = p.roles.map((r) => ROLE_LABELS[r] ?? r).join('、') || meText.noRoles;
            return (
              <View
                key={p.id}
                className='gz-row gz-row--link'
                hoverClass='gz-btn--pressed'
                onClick={pick}
                {...buttonA11y({ label: `${t.as(p.name)}（${roles}）`, disabled: !!busy, onActivate: pick })}
              >
                <View className='gz-row__main'>
                  <Text className='gz-row__title'>{p.name}</Text>
                  <Text className='gz-muted'>{roles}</Text>
                  {p.note && <Text className='gz-muted'>{p.note}</Text>}
                </View>
                {busy === p.id && <Text className='gz-muted'>…</Text>}
              </View>
            );
          })}
        </View>
      )}
    </Page>
  );
}
