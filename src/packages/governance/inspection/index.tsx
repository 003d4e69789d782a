// 季度现场检查 (the quality director, on site, on the phone): six items, each scored 0–10 with an
// optional note and photos; saved as often as wanted, submitted once all six are scored. The
// submission measures the quarter's service figures from the issues and publishes the scorecard.
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { ConfirmInline } from '../../../components/ConfirmInline';
import { ChoiceGroup } from '../../../components/Choice';
import { TextInput } from '../../../components/Field';
import { PhotoPicker } from '../../../components/PhotoPicker';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { routeParam } from '../../../components/nav';
import { call, type Output } from '../../../services/api';
import type { Photo } from '../../../services/photos';
import { CHECKLIST, CHECKLIST_CODES, ITEM_SCORE_MAX, type ChecklistCode } from '../../../domain/governance';
import { PAGES } from '../../../routes';
import { INSPECTION_NOTE_MAX, saveInspectionInput } from '../../../domain/schemas/governance';
import { inspectionText as t } from '../../../copy/governance';
import { useSubmit } from '../components/useSubmit';
import '../governance.css';

type Data = Output<'inspections.get'>;
interface Draft {
  score: string | null;
  note: string;
  photos: Photo[];
}

// Before the first save the server has no draft: the checklist's own labels.
const CHECKLIST_FALLBACK: Array<{ code: ChecklistCode; label: string; what: string }> = CHECKLIST_CODES.map((code) => ({ code, label: CHECKLIST[code].label, what: CHECKLIST[code].what }));

const SCORES = Array.from({ length: ITEM_SCORE_MAX + 1 }, (_, n) => String(n));

function Checklist({ data }: { data: Data }) {
  const items = data.inspection?.items;
  const [version, setVersion] = useState(data.inspection?.version ?? 0);
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(
      (items ?? []).map((i) => [i.code, { score: i.score === null ? null : String(i.score), note: i.note, photos: i.photos.map((fileId, k) => ({ fileId, url: i.photoUrls[k] })) }]),
    ),
  );
  const [uploading, setUploading] = useState(false);
  const labels: Array<{ code: ChecklistCode; label: string; what: string }> = items ?? CHECKLIST_FALLBACK;
  // A refusal of one item's score, note or photos ("items.2.note") shows under that item's field.
  const f = useSubmit({ fields: { items: 'items', ...Object.fromEntries(labels.flatMap(({ code }, k) => (['score', 'note', 'photos'] as const).map((part) => [`items.${k}.${part}`, `${part}-${code}`]))) } });
  const draft = (code: string): Draft => drafts[code] ?? { score: null, note: '', photos: [] };
  const set = (code: string, patch: Partial<Draft>) => setDrafts((d) => ({ ...d, [code]: { ...draft(code), ...patch } }));

  const save = () => {
    const input = f.check(saveInspectionInput, {
      quarter: data.quarter,
      version,
      items: labels.map(({ code }) => ({ code, score: draft(code).score === null ? null : Number(draft(code).score), note: draft(code).note, photos: draft(code).photos.map((p) => p.fileId) })),
    });
    if (!input) return Promise.resolve(undefined);
    return f.run(
      () => call('inspections.save', input),
      (r) => {
        setVersion(r.version);
        return t.saved(r.scored);
      },
    );
  };
  const submit = async () => {
    const saved = await save();
    if (!saved) return;
    await f.run(() => call('inspections.submit', { quarter: data.quarter, version: saved.version }), () => void Taro.redirectTo({ url: `${PAGES.scorecard}?quarter=${data.quarter}` }));
  };

  return (
    <>
      {labels.map(({ code, label, what }) => (
        <View key={code} className='gz-card'>
          <Text className='gz-card__title' {...headingA11y(2)}>
            {label}
          </Text>
          <Text className='gz-muted'>{what}</Text>
          <View className='gz-scores'>
            <ChoiceGroup id={`score-${code}`} label={`${label}${t.score}`} options={SCORES.map((s) => ({ value: s, label: s }))} value={draft(code).score} onChange={(v) => (f.clear(`score-${code}`), set(code, { score: v }))} hint={draft(code).score === null ? t.unscored : undefined} error={f.err(`score-${code}`)} />
          </View>
          <TextInput id={`note-${code}`} label={t.note(label)} value={draft(code).note} onChange={(v) => (f.clear(`note-${code}`), set(code, { note: v }))} maxLength={INSPECTION_NOTE_MAX} error={f.err(`note-${code}`)} />
          <PhotoPicker id={`photos-${code}`} label={t.photos(label)} photos={draft(code).photos} onChange={(photos) => (f.clear(`photos-${code}`), set(code, { photos }))} onBusy={setUploading} error={f.errors[`photos-${code}`]} />
        </View>
      ))}
      {f.formError && <Notice kind='error'>{f.errors.items ?? f.formError}</Notice>}
      {f.done && <Notice kind='ok'>{f.done}</Notice>}
      <View className='gz-actions-row'>
        <Btn kind='secondary' busy={f.busy || uploading} onClick={() => void save()}>
          {t.save}
        </Btn>
      </View>
      <Text className='gz-p gz-muted'>{t.submitHint}</Text>
      <ConfirmInline label={t.submit} warning={t.confirmSubmit} yes={t.yesSubmit} busy={f.busy || uploading} onConfirm={() => void submit()} />
    </>
  );
}

export default function InspectionPage() {
  const router = useRouter();
  const quarter = routeParam(router?.params?.quarter);
  const r = useAction('inspections.get', quarter ? { quarter } : {}, [quarter]);
  return (
    <Page className='gz-gov'>
      {r.state === 'loading' && !r.data && <Loading />}
      {r.state === 'error' && !r.data && <Failed error={r.error} onRetry={r.reload} />}
      {r.data && (
        <>
          <Text className='gz-h1' {...headingA11y(1)}>
            {t.title(r.data.label)}
          </Text>
          <Text className='gz-p gz-muted'>{t.intro}</Text>
          {r.data.canInspect ? (
            <Checklist data={r.data} />
          ) : r.data.inspection?.status === 'submitted' ? (
            <>
              <Notice kind='ok'>{t.submitted}</Notice>
              <Btn kind='primary' onClick={() => void Taro.navigateTo({ url: `${PAGES.scorecard}?quarter=${r.data!.quarter}` })}>
                {t.toScorecard}
              </Btn>
            </>
          ) : (
            <Empty title={t.notYours} />
          )}
        </>
      )}
    </Page>
  );
}
