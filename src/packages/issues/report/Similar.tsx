// Open reports of the same kind at the same place, offered before a new one is sent (我也遇到).
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { handleSignedOut } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { call } from '../../../services/api';
import { type Category } from '../../../domain/issues';
import { reportText as t } from '../../../copy/issues';
import { PAGES } from '../../../routes';
import { formatTime } from '../../../ui/format';
import { placeInput } from './draft';
import type { Similar } from './draft';

/** Open reports of the same category at the same place, asked once both are chosen. */
export function useSimilar(category: Category | null, place: string | null) {
  const [found, setFound] = useState<{ key: string; issues: Similar[] } | null>(null);
  const key = category && place ? `${category}|${place}` : null;
  useEffect(() => {
    if (!category || !place) return;
    let live = true;
    call('issues.similar', { category, place: placeInput(place) })
      .then((r) => live && setFound({ key: `${category}|${place}`, issues: r.issues }))
      .catch((e: unknown) => {
        // Only a hint: without it the report can still be made.
        if (live && !handleSignedOut(e)) setFound({ key: `${category}|${place}`, issues: [] });
      });
    return () => {
      live = false;
    };
  }, [category, place]);
  return { checking: !!key && found?.key !== key, issues: key && found?.key === key ? found.issues : [] };
}

export function SimilarCard({ issues, onSecond, busy, error }: { issues: Similar[]; onSecond: (s: Similar) => void; busy: string | null; error: string | null }) {
  const open = (id: string) => void Taro.navigateTo({ url: `${PAGES.issueDetail}?id=${encodeURIComponent(id)}` });
  return (
    <View className='gz-card gz-similar' id='similar'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.similarTitle}
      </Text>
      <Text className='gz-card__body'>{t.similarBody}</Text>
      {issues.map((s) => (
        <View key={s.id} className='gz-similar__item'>
          <Text className='gz-tag gz-tag--pending'>{s.statusLabel}</Text>
          <Text className='gz-similar__desc'>{s.description}</Text>
          <Text className='gz-muted'>
            {formatTime(s.createdAt)} · {t.seconds(s.seconds)}{s.mine ? ` · ${t.similarMine}` : ''}
          </Text>
          <View className='gz-actions'>
            {!s.mine && (
              <Btn kind='primary' size='main' busy={busy === s.id} disabled={!!busy} label={t.metooLabel(s.description)} onClick={() => onSecond(s)}>
                {t.metoo}
              </Btn>
            )}
            <Btn kind='secondary' label={`${t.view}：${s.description}`} onClick={() => open(s.id)}>
              {t.view}
            </Btn>
          </View>
        </View>
      ))}
      {error && <Notice kind='error'>{error}</Notice>}
    </View>
  );
}
