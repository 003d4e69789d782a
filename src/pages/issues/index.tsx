// 议事 (tab): the compound's issues. Report one ("我要报事"), or look at what others reported:
// filter by status, category and building, sort newest / most seconded / priority (the score is
// shown), 20 a page with "加载更多", or only my own reports.
import { Image, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { Page } from '../../components/Page';
import { Btn } from '../../components/Btn';
import { Empty, Failed, Loading } from '../../components/states';
import { ChoiceGroup, SelectField, type Option } from '../../components/Choice';
import { PrivateTag, SlaTags, StatusTag } from '../../components/IssueTags';
import { StarsShown } from '../../components/Stars';
import { imageProps } from '../../components/image';
import { useAction, useReloadOnShow } from '../../components/useAction';
import { usePagedList } from '../../components/usePagedList';
import { buttonA11y, headingA11y, liveA11y } from '../../components/a11y';
import { useElder } from '../../components/elder';
import { go } from '../../components/nav';
import { call, type Input, type Output } from '../../services/api';
import { CATEGORIES, CATEGORY_CODES, type Category } from '../../domain/issues';
import { feedText as t } from '../../ui/strings/issues';
import { PAGES } from '../../routes';
import { formatTime } from '../../ui/format';
import './index.css';

type Item = Output<'issues.feed'>['items'][number];
type StatusFilter = 'open' | 'finished' | 'all';
type SortBy = 'newest' | 'seconds' | 'priority';
type Scope = 'all' | 'mine';

interface Filter {
  scope: Scope;
  status: StatusFilter;
  sort: SortBy;
  category: Category | 'all';
  buildingId: string;
}

const START: Filter = { scope: 'all', status: 'open', sort: 'newest', category: 'all', buildingId: 'all' };
const STATS_ROLES = ['manager', 'committee', 'community', 'admin'];

function feedInput(f: Filter, skip: number): Input<'issues.feed'> {
  return {
    ...(f.status === 'all' ? {} : { status: f.status }),
    ...(f.category === 'all' ? {} : { category: f.category }),
    ...(f.buildingId === 'all' ? {} : { buildingId: f.buildingId }),
    sort: f.sort,
    ...(f.scope === 'mine' ? { mine: true } : {}),
    ...(skip ? { skip } : {}),
  };
}

function emptyText(f: Filter): string {
  if (f.scope === 'mine' && f.status === 'all' && f.category === 'all' && f.buildingId === 'all') return t.emptyMine;
  if (f.category !== 'all' || f.buildingId !== 'all' || f.scope === 'mine') return t.emptyFiltered;
  return f.status === 'open' ? t.emptyOpen : f.status === 'finished' ? t.emptyFinished : t.emptyAll;
}

function IssueCard({ item, showPriority }: { item: Item; showPriority: boolean }) {
  const open = () => go(`${PAGES.issueDetail}?id=${encodeURIComponent(item.id)}`);
  return (
    <View className='gz-issue' hoverClass='gz-btn--pressed' onClick={open} {...buttonA11y({ onActivate: open })}>
      <View className='gz-issue__main'>
        <View className='gz-tags'>
          <StatusTag status={item.status} closedAs={item.closedAs} label={item.statusLabel} />
          {item.visibility === 'private' && <PrivateTag />}
          <SlaTags acceptOverdue={item.acceptOverdue} actionOverdue={item.actionOverdue} />
        </View>
        <Text className='gz-issue__title'>
          {item.categoryLabel} · {item.placeLabel}
        </Text>
        <Text className='gz-issue__desc'>{item.description}</Text>
        <View className='gz-issue__meta'>
          <Text>{t.seconds(item.seconds)}</Text>
          <Text>{t.comments(item.comments)}</Text>
          {showPriority && <Text className='gz-issue__priority'>{t.priority(item.createdAt)}</Text>}
          <Text>{formatTime(item.createdAt)}</Text>
        </View>
        {item.rating !== null && <StarsShown stars={item.rating} />}
      </View>
      {item.thumb && (
        <View className='gz-issue__thumb'>
          <Image className='gz-thumb__img' src={item.thumb} mode='aspectFill' {...imageProps(t.thumb)} />
        </View>
      )}
    </View>
  );
}

export default function IssuesPage() {
  const me = useAction('me');
  const buildings = useAction('compound.buildings');
  const [filter, setFilter] = useState<Filter>(START);
  const { list, loading, error, load, more, clear } = usePagedList<Item>((skip) => call('issues.feed', feedInput(filter, skip)));
  const { elder } = useElder();
  // Open at first, except in 长辈模式, where the list should come first on the screen.
  const [openFilters, setOpenFilters] = useState<boolean | null>(null);
  const showFilters = openFilters ?? !elder;

  useEffect(() => {
    void load(0);
  }, [filter, load]);
  // Back from a report or an issue's page: what changed shows (first page again).
  useReloadOnShow(() => load(0));

  const set = <K extends keyof Filter>(key: K, value: Filter[K]) => {
    clear();
    setFilter((f) => ({ ...f, [key]: value }));
  };

  const roles = me.data?.user.roles ?? [];
  const categoryOptions: Option<Category | 'all'>[] = [{ value: 'all', label: t.allCategories }, ...CATEGORY_CODES.map((c) => ({ value: c, label: CATEGORIES[c] }))];
  const buildingOptions: Option[] = [{ value: 'all', label: t.allBuildings }, ...(buildings.data?.buildings ?? []).map((b) => ({ value: b.id, label: b.zone ? `${b.zone} ${b.name}` : b.name }))];
  const summary = [
    t.statusOptions[filter.status],
    t.sortOptions[filter.sort],
    filter.category === 'all' ? t.allCategories : CATEGORIES[filter.category],
    filter.buildingId === 'all' ? t.allBuildings : buildingOptions.find((b) => b.value === filter.buildingId)?.label,
  ].join(' · ');
  const toggleFilters = () => setOpenFilters(!showFilters);

  return (
    <Page className='gz-issues gz-feed'>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-p gz-muted'>{t.intro}</Text>
      <Btn kind='primary' size='main' block onClick={() => go(PAGES.reportIssue)}>
        {t.report}
      </Btn>
      {roles.some((r) => STATS_ROLES.includes(r)) && (
        <View className='gz-actions'>
          <Btn kind='link' onClick={() => go(PAGES.issueStats)}>
            {t.stats}
          </Btn>
        </View>
      )}

      <ChoiceGroup<Scope>
        id='scope'
        label={t.scope}
        options={[
          { value: 'all', label: t.scopeAll },
          { value: 'mine', label: t.mine },
        ]}
        value={filter.scope}
        onChange={(v) => set('scope', v)}
      />
      <View className='gz-card gz-filters'>
        <View
          className='gz-disclosure'
          hoverClass='gz-btn--pressed'
          onClick={toggleFilters}
          {...buttonA11y({ onActivate: toggleFilters })}
          {...(process.env.TARO_ENV === 'h5' ? { 'aria-expanded': String(showFilters), 'aria-controls': 'filters' } : {})}
        >
          <View className='gz-disclosure__text'>
            <Text className='gz-disclosure__title'>{t.filters}</Text>
            <Text className='gz-disclosure__summary'>{summary}</Text>
          </View>
          <Text className='gz-disclosure__mark'>{showFilters ? t.hide : t.show}</Text>
        </View>
        {showFilters && (
          <View id='filters' className='gz-filters__body'>
            <ChoiceGroup<StatusFilter>
              id='status'
              label={t.status}
              options={(['open', 'finished', 'all'] as const).map((s) => ({ value: s, label: t.statusOptions[s] }))}
              value={filter.status}
              onChange={(v) => set('status', v)}
            />
            <ChoiceGroup<SortBy>
              id='sort'
              label={t.sort}
              options={(['newest', 'seconds', 'priority'] as const).map((s) => ({ value: s, label: t.sortOptions[s] }))}
              value={filter.sort}
              onChange={(v) => set('sort', v)}
            />
            {filter.sort === 'priority' && <Text className='gz-muted gz-filters__hint'>{t.priorityHint}</Text>}
            <SelectField<Category | 'all'> id='category' label={t.category} placeholder={t.allCategories} groups={[{ options: categoryOptions }]} value={filter.category} onChange={(v) => set('category', v)} />
            <SelectField id='building' label={t.building} placeholder={t.allBuildings} groups={[{ options: buildingOptions }]} value={filter.buildingId} onChange={(v) => set('buildingId', v)} />
          </View>
        )}
      </View>

      {loading === 'first' && !list && <Loading />}
      {error && !list && <Failed error={error} onRetry={() => void load(0)} />}
      {list && list.items.length === 0 && <Empty title={emptyText(filter)} />}
      {list && list.items.length > 0 && (
        <View className='gz-list' {...(process.env.TARO_ENV === 'h5' ? { role: 'list' } : {})}>
          {list.items.map((item) => (
            <View key={item.id} {...(process.env.TARO_ENV === 'h5' ? { role: 'listitem' } : {})}>
              <IssueCard item={item} showPriority={filter.sort === 'priority'} />
            </View>
          ))}
        </View>
      )}
      {list && error && <Failed error={error} onRetry={() => void more()} />}
      {list && list.hasMore && !error && (
        <Btn kind='secondary' size='main' block busy={loading === 'more'} onClick={() => void more()}>
          {loading === 'more' ? t.loadingMore : t.more}
        </Btn>
      )}
      {list && !list.hasMore && list.nextSkip > 20 && (
        <Text className='gz-p gz-muted gz-feed__end' {...liveA11y('status')}>
          {t.end}
        </Text>
      )}
    </Page>
  );
}
