// 登记委托书 (committee): an owner who cannot vote in person authorises someone in writing. The
// committee checks the signed paper, picks the flat and the proxy (found by name, phone masked),
// photographs the paper and records it; the proxy then votes for that owner from the poll's page,
// and the ballot is marked as a proxy's. The action's input schema checks the form before it is
// sent; a refused field (the schema's or the server's) shows under it and what was typed stays.
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { SelectField } from '../../../components/Choice';
import { PhotoPicker } from '../../../components/PhotoPicker';
import { Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { useUnits } from '../../../components/useUnits';
import { headingA11y } from '../../../components/a11y';
import { routeParam } from '../../../components/nav';
import { useSubmit } from '../../../components/useSubmit';
import { call } from '../../../services/api';
import { recordProxyInput } from '../../../domain/schemas/polls';
import type { Photo } from '../../../services/photos';
import { FindPerson, type Person } from '../components/FindPerson';
import { proxyText as t } from '../../../copy/polls';

const findText = { name: t.proxyName, nameHint: t.proxyNameHint, search: t.search, searching: t.searching, needName: t.needName, nobody: t.nobody, pick: t.pickProxy };
type FieldName = 'buildingId' | 'unitId' | 'proxyUserId' | 'photoFileId';

function ProxyForm({ pollId }: { pollId: string }) {
  const buildings = useAction('compound.buildings');
  const [buildingId, setBuildingId] = useState<string | null>(null);
  const units = useUnits(buildingId);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [proxy, setProxy] = useState<Person | null>(null);
  // A new key empties the search after each recorded paper.
  const [searchKey, setSearchKey] = useState(0);
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [uploading, setUploading] = useState(false);
  const f = useSubmit({ fields: ['unitId', 'proxyUserId', 'photoFileId'] });
  const { busy, done: recorded } = f;
  const err = (name: FieldName) => f.err(name);
  const clear = (name: FieldName) => f.clear(name);

  const submit = async () => {
    if (busy || uploading) return;
    f.setDone(null);
    // The building is the form's own step before the flat; the rest is the action's schema.
    if (!buildingId) return f.invalid({ buildingId: t.needBuilding });
    const input = f.check(recordProxyInput, { pollId, unitId: unitId ?? '', proxyUserId: proxy?.id ?? '', photoFileId: photos[0]?.fileId ?? '' });
    if (!input || !proxy) return;
    await f.run(
      () => call('polls.proxy.record', input),
      (r) => {
        // Ready for the next paper: the building stays, the rest is cleared.
        setUnitId(null);
        setProxy(null);
        setSearchKey((k) => k + 1);
        setPhotos([]);
        return t.recorded(r.proxy.units.join('、'), proxy.name);
      },
    );
  };

  const unitUnavailable = !buildingId ? t.pickBuildingFirst : units.state === 'error' ? units.error : units.state !== 'ready' ? t.loading : units.list.length === 0 ? t.noUnits : undefined;
  return (
    <View className='gz-card gz-form'>
      {recorded && <Notice kind='ok'>{recorded}</Notice>}
      <SelectField
        id='proxy-building'
        label={t.building}
        placeholder={t.buildingPlaceholder}
        groups={[{ options: (buildings.data?.buildings ?? []).map((b) => ({ value: b.id, label: b.zone ? `${b.zone} ${b.name}` : b.name })) }]}
        value={buildingId}
        error={err('buildingId') ?? undefined}
        unavailable={buildings.state === 'error' ? t.buildingsFailed : undefined}
        onChange={(v) => {
          if (v !== buildingId) setUnitId(null);
          setBuildingId(v);
          clear('buildingId');
        }}
      />
      <SelectField
        id='proxy-unit'
        label={t.unit}
        placeholder={t.unitPlaceholder}
        groups={[{ options: units.list.map((u) => ({ value: u.id, label: u.label })) }]}
        value={unitId}
        error={err('unitId') ?? undefined}
        unavailable={unitUnavailable}
        onChange={(v) => {
          setUnitId(v);
          clear('unitId');
        }}
      />
      <FindPerson key={searchKey} id='proxy' text={findText} picked={proxy?.id ?? null} onPick={(p) => (setProxy(p), clear('proxyUserId'))} error={err('proxyUserId')} />
      <PhotoPicker id='proxy-photo' label={t.photo} photos={photos} onChange={(p) => (setPhotos(p), clear('photoFileId'))} onBusy={setUploading} max={1} error={err('photoFileId') ?? undefined} />
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      <Btn kind='primary' size='main' block busy={busy || uploading} onClick={() => void submit()}>
        {busy ? t.recording : t.record}
      </Btn>
    </View>
  );
}

export default function PollProxyPage() {
  const router = useRouter();
  const pollId = routeParam(router?.params?.id);
  return (
    <Page className='gz-proxy'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-p'>{t.intro}</Text>
      {pollId ? <ProxyForm pollId={pollId} /> : <Notice kind='info'>{t.noPoll}</Notice>}
    </Page>
  );
}
