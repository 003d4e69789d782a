// 我要报事: category, place (one of my units or a common place), what is wrong (≤ 500 characters,
// with a counter), up to 6 photos, public or private. Staff, the community and the committee may
// report for a resident. Once category and place are chosen, open reports of the same thing at
// the same place are offered first ("我也遇到"). The draft is kept on the phone until it is sent,
// and a refused text keeps everything typed, the message shown under the field it names.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Failed, Loading, Notice } from '../../../components/states';
import { ChoiceGroup, SelectField, type OptionGroup } from '../../../components/Choice';
import { useUnits } from '../../../components/useUnits';
import { TextArea, TextInput } from '../../../components/Field';
import { PhotoPicker } from '../../../components/PhotoPicker';
import { useAction } from '../../../components/useAction';
import { useSubmit } from '../../../components/useSubmit';
import { askToSubscribe } from '../../../services/subscribe';
import { headingA11y } from '../../../components/a11y';
import { call } from '../../../services/api';
import { reportIssueInput } from '../../../domain/schemas/issues';
import { CATEGORIES, CATEGORY_CODES, DESCRIPTION_MAX, type Category } from '../../../domain/issues';
import { reportText as t } from '../../../copy/issues';
import { PAGES } from '../../../routes';
import { common } from '../../../ui/strings';
import '../issues.css';
import { EMPTY, readDraft, isBlank, writeDraft, placeInput, REPORT_FIELDS } from './draft';
import type { Draft, FieldName, Similar } from './draft';
import { useSimilar, SimilarCard } from './Similar';
import { mayReportOnBehalf } from '../../../domain/permissions/issues';

export default function ReportPage() {
  const me = useAction('me');
  const [restored] = useState(readDraft);
  const [draft, setDraft] = useState<Draft>(() => restored ?? EMPTY);
  const [showRestored, setShowRestored] = useState(() => !!restored && !isBlank(restored));
  const f = useSubmit({ fields: REPORT_FIELDS });
  const { errors, formError, busy: submitting } = f;
  const [uploading, setUploading] = useState(false);
  // 我也遇到 on one of the similar reports: which one is being sent, and the refusal for it.
  const seconds = useSubmit({ fields: [] });
  const [secondingId, setSecondingId] = useState<string | null>(null);
  const seconding = seconds.busy ? secondingId : null;
  const sent = useRef(false);

  const canOnBehalf = mayReportOnBehalf({ roles: me.data?.user.roles ?? [] });
  const buildings = useAction('compound.buildings');
  const places = useAction('issues.places');
  const units = useUnits(draft.onBehalf ? draft.buildingId : null);
  const similar = useSimilar(draft.category, draft.place);

  // Every change is kept on the phone at once (leaving the page loses nothing).
  useEffect(() => {
    if (!sent.current) writeDraft(draft);
  }, [draft]);

  const update = (patch: Partial<Draft>, clear: FieldName[] = []) => {
    setDraft((d) => ({ ...d, ...patch }));
    clear.forEach(f.clear);
    f.setFormError(null);
  };

  const reset = () => {
    setDraft(EMPTY);
    f.setErrors({});
    setShowRestored(false);
  };

  const placeGroups = useMemo(() => {
    const groups: OptionGroup[] = [];
    const mine = (me.data?.units ?? []).map((u) => ({ value: `unit:${u.unitId}`, label: u.label }));
    if (mine.length) groups.push({ label: t.myUnits, options: mine });
    if (draft.onBehalf && draft.unitId && draft.unitLabel && !mine.some((m) => m.value === `unit:${draft.unitId}`)) {
      groups.push({ options: [{ value: `unit:${draft.unitId}`, label: t.residentHome(draft.unitLabel) }] });
    }
    // My own buildings' 楼道/楼顶/地下室 next to my flats; the resident's building's when reporting for them.
    const myParts = (places.data?.mine ?? []).filter((p) => p.value.startsWith('building:'));
    const theirs = draft.onBehalf ? places.data?.buildings.find((b) => b.id === draft.buildingId) : undefined;
    if (myParts.length || theirs) groups.push({ label: t.myBuilding, options: [...(theirs?.places ?? []), ...myParts] });
    groups.push({ label: t.commonPlaces, options: places.data?.common ?? [] });
    const others = (places.data?.buildings ?? []).filter((b) => b !== theirs).flatMap((b) => b.places);
    if (others.length) groups.push({ label: t.otherBuildings, options: others });
    return groups;
  }, [me.data, places.data, draft.onBehalf, draft.buildingId, draft.unitId, draft.unitLabel]);

  const placeKnown = !draft.place || placeGroups.some((g) => g.options.some((o) => o.value === draft.place));

  const second = async (s: Similar) => {
    if (seconds.busy) return;
    setSecondingId(s.id);
    await seconds.run(
      () => call('issues.second', { issueId: s.id }),
      () => {
        // The problem is on record now: no second report to keep.
        sent.current = true;
        writeDraft(EMPTY);
        void Taro.redirectTo({ url: `${PAGES.issueDetail}?id=${encodeURIComponent(s.id)}&seconded=1` });
      },
    );
  };

  const submit = async () => {
    if (submitting) return;
    const onBehalf = draft.onBehalf && canOnBehalf;
    // Checked by the schema the server parses issues.report with; a place no longer offered is asked again.
    const input = f.check(reportIssueInput, {
      category: draft.category || undefined,
      place: draft.place && placeKnown ? placeInput(draft.place) : undefined,
      description: draft.description,
      photos: draft.photos.map((p) => p.fileId),
      visibility: draft.visibility,
      ...(draft.showName && !onBehalf ? { showName: true } : {}),
      ...(onBehalf ? { onBehalf: { name: draft.name, ...(draft.unitId ? { unitId: draft.unitId } : {}) } } : {}),
    });
    if (!input) return;
    if (uploading) return f.setFormError(t.waitPhotos);
    await f.run(
      async () => {
        // Inside the tap, before anything is awaited: WeChat shows its panel only then.
        await askToSubscribe(['issue.status']);
        return call('issues.report', input);
      },
      (r) => {
        sent.current = true;
        writeDraft(EMPTY);
        void Taro.redirectTo({ url: `${PAGES.issueDetail}?id=${encodeURIComponent(r.issue.id)}&new=1` });
      },
    );
  };

  const ready = !!me.data;
  const unitUnavailable = units.state === 'loading' || units.state === 'idle' ? common.loading : units.state === 'error' ? t.unitsFailed : units.list.length === 0 ? t.noUnits : undefined;
  const openSimilar = similar.issues;

  return (
    <Page className='gz-issues'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-p gz-muted'>{t.intro}</Text>
      {showRestored && (
        <Notice kind='info'>
          <Text>{t.draftKept}</Text>
          <Btn kind='link' size='small' onClick={reset}>
            {t.clearDraft}
          </Btn>
        </Notice>
      )}
      {me.state === 'loading' && !me.data && <Loading />}
      {me.state === 'error' && !me.data && <Failed error={me.error} onRetry={me.reload} />}
      {ready && (
        <View className='gz-card gz-form'>
          {canOnBehalf && (
            <>
              <ChoiceGroup<'self' | 'other'>
                id='onBehalf'
                label={t.onBehalf}
                options={[
                  { value: 'self', label: t.onBehalfOff },
                  { value: 'other', label: t.onBehalfOn, hint: t.onBehalfHint },
                ]}
                value={draft.onBehalf ? 'other' : 'self'}
                onChange={(v) => update({ onBehalf: v === 'other' }, ['name', 'unitId'])}
              />
              {draft.onBehalf && (
                <View className='gz-subform'>
                  <TextInput id='name' label={t.onBehalfName} placeholder={t.onBehalfNamePlaceholder} value={draft.name} maxLength={20} error={errors.name} onChange={(v) => update({ name: v }, ['name'])} />
                  <SelectField
                    id='onBehalfBuilding'
                    label={t.onBehalfBuilding}
                    placeholder={t.buildingPlaceholder}
                    groups={[{ options: (buildings.data?.buildings ?? []).map((b) => ({ value: b.id, label: b.zone ? `${b.zone} ${b.name}` : b.name })) }]}
                    value={draft.buildingId}
                    onChange={(v) => update({ buildingId: v, unitId: null, unitLabel: null, place: draft.unitId && draft.place === `unit:${draft.unitId}` ? null : draft.place }, ['unitId'])}
                  />
                  {draft.buildingId && (
                    <SelectField
                      id='unitId'
                      label={t.onBehalfUnit}
                      placeholder={t.unitPlaceholder}
                      groups={[{ options: units.list.map((u) => ({ value: u.id, label: u.label })) }]}
                      value={draft.unitId}
                      error={errors.unitId}
                      unavailable={unitUnavailable}
                      onChange={(v) => update({ unitId: v, unitLabel: units.list.find((u) => u.id === v)?.label ?? null }, ['unitId'])}
                    />
                  )}
                </View>
              )}
            </>
          )}
          <SelectField<Category>
            id='category'
            label={t.category}
            placeholder={t.categoryPlaceholder}
            groups={[{ options: CATEGORY_CODES.map((c) => ({ value: c, label: CATEGORIES[c] })) }]}
            value={draft.category}
            error={errors.category}
            onChange={(v) => update({ category: v }, ['category'])}
          />
          <SelectField id='place' label={t.place} placeholder={t.placePlaceholder} groups={placeGroups} value={placeKnown ? draft.place : null} error={errors.place} onChange={(v) => update({ place: v }, ['place'])} />
          {similar.checking && <Text className='gz-muted'>{t.checking}</Text>}
          {openSimilar.length > 0 && <SimilarCard issues={openSimilar} onSecond={(s) => void second(s)} busy={seconding} error={seconds.formError} />}
          <TextArea
            id='description'
            label={t.description}
            placeholder={t.descriptionPlaceholder}
            value={draft.description}
            max={DESCRIPTION_MAX}
            counter={t.counter}
            over={t.over}
            error={errors.description}
            onChange={(v) => update({ description: v }, ['description'])}
          />
          <PhotoPicker id='photos' label={t.photos} photos={draft.photos} error={errors.photos} onBusy={setUploading} onChange={(photos) => update({ photos }, ['photos'])} />
          <ChoiceGroup<'public' | 'private'>
            id='visibility'
            label={t.visibility}
            options={[
              { value: 'public', label: t.public, hint: t.publicHint },
              { value: 'private', label: t.private, hint: t.privateHint },
            ]}
            value={draft.visibility}
            error={errors.visibility}
            onChange={(v) => update({ visibility: v }, ['visibility'])}
          />
          {draft.visibility === 'public' && !draft.onBehalf && (
            <ChoiceGroup<'masked' | 'full'>
              id='showName'
              label={t.shownAs}
              options={[
                { value: 'masked', label: t.shownMasked, hint: t.shownMaskedHint },
                { value: 'full', label: t.shownFull, hint: t.shownFullHint },
              ]}
              value={draft.showName ? 'full' : 'masked'}
              onChange={(v) => update({ showName: v === 'full' })}
            />
          )}
          {formError && <Notice kind='error'>{formError}</Notice>}
          <Btn kind='primary' size='main' block busy={submitting} onClick={() => void submit()}>
            {submitting ? common.submitting : openSimilar.some((s) => !s.mine) ? t.submitAnyway : t.submit}
          </Btn>
        </View>
      )}
    </Page>
  );
}
