// 上门动员名单 (committee): one building's flats whose owner has not voted, floor by floor, with
// the owner's name and a masked phone, and a "visited" tick shared by every volunteer. The whole
// building is loaded before it can be printed (A4, through the print kit, with a QR back here) or
// exported as Excel or CSV (the same rows, from polls.canvassExport).
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Chips } from '../../../components/Choice';
import { Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { useSubmit } from '../../../components/useSubmit';
import { useRefresh } from '../../../components/useRefresh';
import { buttonA11y, headingA11y, liveA11y } from '../../../components/a11y';
import { PrintSheet } from '../../../components/print/PrintSheet';
import { PrintButton } from '../../../components/print/PrintButton';
import { useAllPages } from '../components/useAllPages';
import { ExportFile } from '../../../components/export/ExportFile';
import { call, type Output } from '../../../services/api';
import { byFloor, floorWord } from '../../../domain/canvass';
import { PAGES } from '../../../routes';
import { formatTime } from '../../../ui/format';
import { param } from '../count/model';
import { canvassText as t } from '../../../copy/polls';
import './index.css';

type Item = Output<'polls.canvass'>['items'][number];
type Building = { id: string; name: string };
const h5 = process.env.TARO_ENV === 'h5';

function Door({ item, onTick, busy }: { item: Item; onTick: () => void; busy: boolean }) {
  const on = !!item.visited;
  return (
    <View className='gz-canvass-row'>
      <View className='gz-canvass-row__main'>
        <Text className='gz-canvass-row__unit'>{item.label}</Text>
        <Text>{item.owner}</Text>
        {item.phone && <Text className='gz-muted'>{item.phone}</Text>}
        {item.visited && <Text className='gz-muted gz-noprint'>{t.visited(item.visited.byName, formatTime(item.visited.at))}</Text>}
      </View>
      <View
        className={`gz-canvass-row__tick ${busy ? 'gz-btn--inactive' : ''}`}
        hoverClass='gz-btn--pressed'
        onClick={busy ? undefined : onTick}
        {...buttonA11y({ role: 'checkbox', pressed: on, disabled: busy, onActivate: onTick, label: t.tick(item.label) })}
      >
        <Text className={`gz-tick ${on ? 'gz-tick--on' : ''}`} aria-hidden>
          {on ? '✓' : ''}
        </Text>
        <Text className='gz-canvass-row__tick-word'>{t.colVisited}</Text>
      </View>
    </View>
  );
}

function BuildingList({ pollId, pollTitle, building, reloadKey }: { pollId: string; pollTitle: string; building: Building; reloadKey: number }) {
  const { items, setItems, loaded, error, retry } = useAllPages<Item>((skip) => call('polls.canvass', { pollId, buildingId: building.id, ...(skip ? { skip } : {}) }), [pollId, building.id, reloadKey]);
  // One tick at a time; a refused tick is said above the list, the list as it was.
  const [ticking, setTicking] = useState<string | null>(null);
  const f = useSubmit({ fields: [] });

  const tick = async (item: Item) => {
    if (ticking) return;
    setTicking(item.unitId);
    await f.run(
      () => call('polls.canvass.visit', { pollId, unitId: item.unitId, visited: !item.visited }),
      (r) => setItems((list) => list && list.map((i) => (i.unitId === item.unitId ? { ...i, visited: r.visited } : i))),
    );
    setTicking(null);
  };

  if (error) return <Failed error={error} onRetry={retry} />;
  return (
    <View>
      <Text className='gz-p gz-noprint' {...liveA11y('status')}>
        {items ? (items.length ? t.count(building.name, items.length) : t.none(building.name)) : t.loading(loaded)}
      </Text>
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      <PrintButton ready={!!items} label={t.print} busyText={t.loading(loaded)} />
      {items && items.length > 0 && (
        <View className='gz-noprint'>
          <ExportFile what={t.exportWhat} fetch={async (format) => (await call('polls.canvassExport', { pollId, buildingId: building.id, format })).file} />
        </View>
      )}
      {!items && <Loading />}
      {items && items.length > 0 && (
        <PrintSheet title={t.sheetTitle(building.name)} subtitle={`${pollTitle} · ${t.count(building.name, items.length)}`} onlinePath={`${PAGES.pollCanvass}?id=${encodeURIComponent(pollId)}&building=${encodeURIComponent(building.id)}`}>
          {byFloor(items).map((g) => (
            <View key={String(g.floor)} className='gz-canvass-floor'>
              <Text className='gz-print-group' {...headingA11y(3)}>
                {floorWord(g.floor)}
              </Text>
              <View {...(h5 ? { role: 'list', 'aria-label': `${building.name}${floorWord(g.floor)}` } : {})}>
                {g.items.map((item) => (
                  <View key={item.unitId} {...(h5 ? { role: 'listitem' } : {})}>
                    <Door item={item} busy={ticking === item.unitId} onTick={() => void tick(item)} />
                  </View>
                ))}
              </View>
            </View>
          ))}
        </PrintSheet>
      )}
    </View>
  );
}

function Canvass({ pollId, initialBuilding }: { pollId: string; initialBuilding: string | null }) {
  const poll = useAction('polls.get', { pollId }, [pollId]);
  const first = useAction('polls.canvass', { pollId }, [pollId]);
  const [chosen, setChosen] = useState<string | null>(initialBuilding);
  const [reloadKey, setReloadKey] = useState(0);
  useRefresh(() => setReloadKey((n) => n + 1));
  if (first.state === 'error' && !first.data) return <Failed error={first.error} onRetry={first.reload} />;
  if (!first.data || !poll.data) return <Loading />;
  const buildings = first.data.buildings;
  const building = buildings.find((b) => b.id === chosen) ?? buildings[0];
  return (
    <View>
      <Text className='gz-p gz-noprint'>{poll.data.poll.title}</Text>
      <View className='gz-noprint'>
        <Text className='gz-field__label' id='canvass-building'>
          {t.building}
        </Text>
        <Chips labelledBy='canvass-building' options={buildings.map((b) => ({ value: b.id, label: b.name }))} value={building.id} onChange={setChosen} />
      </View>
      <BuildingList key={building.id} pollId={pollId} pollTitle={poll.data.poll.title} building={building} reloadKey={reloadKey} />
    </View>
  );
}

export default function CanvassPage() {
  const router = useRouter();
  const pollId = param(router?.params?.id);
  const building = param(router?.params?.building);
  return (
    <Page className='gz-canvass'>
      <Text className='gz-h1 gz-noprint' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-p gz-muted gz-noprint'>{t.intro}</Text>
      {pollId ? <Canvass pollId={pollId} initialBuilding={building} /> : <Notice kind='info'>{t.noPoll}</Notice>}
    </Page>
  );
}
