// 找小区: a newcomer finds their compound by city, district and the start of its name, a page at a
// time (compounds.search: public facts only), then enters it: the welcome leads into the claim flow.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { TextInput } from '../../../components/Field';
import { Empty, Failed, Loading } from '../../../components/states';
import { buttonA11y, headingA11y, liveA11y } from '../../../components/a11y';
import { usePagedList } from '../../../components/usePagedList';
import { useSubmit } from '../../../components/useSubmit';
import { call, type Output } from '../../../services/api';
import { setCurrentCompound } from '../../../services/compound';
import { placeLine } from '../../../domain/compoundCard';
import { searchCompoundsInput } from '../../../domain/schemas/tenancy';
import { PAGES } from '../../../routes';
import { joiningText as t } from '../components/joiningText';

type Found = Output<'compounds.search'>;
type Item = Found['items'][number];
const FIELDS = ['city', 'district', 'name'] as const;
type FieldName = (typeof FIELDS)[number];

function Row({ item }: { item: Item }) {
  const choose = () => {
    setCurrentCompound(item.id);
    void Taro.navigateTo({ url: `${PAGES.joinCompound}?compound=${item.id}` });
  };
  return (
    <View className='gz-row gz-row--link' hoverClass='gz-btn--pressed' onClick={choose} {...buttonA11y({ label: `${t.choose(item.name)},${placeLine(item)},${t.flats(item.flats)}`, onActivate: choose })}>
      <View className='gz-row__main'>
        <Text className='gz-row__title'>{item.name}</Text>
        <Text className='gz-muted'>{placeLine(item)}</Text>
      </View>
      <Text className='gz-muted'>{t.flats(item.flats)}</Text>
    </View>
  );
}

export default function FindCompoundPage() {
  const [form, setForm] = useState<Record<FieldName, string>>({ city: '', district: '', name: '' });
  // Nothing is read until the first 查找 (the list hook starts out as loading its first page).
  const [searched, setSearched] = useState(false);
  // The search is checked with the action's own schema before it is sent (a district without its city…).
  const f = useSubmit({ fields: FIELDS });
  const query = (page: number) => ({ city: form.city.trim(), district: form.district.trim(), name: form.name.trim(), page });
  // compounds.search pages by number: here a "skip" counts the pages already shown.
  const pages = usePagedList<Item>(async (pagesShown) => {
    const r = await call('compounds.search', query(pagesShown + 1));
    return { items: r.items, hasMore: r.hasMore, nextSkip: r.page };
  });
  const set = (field: FieldName) => (v: string) => {
    setForm((now) => ({ ...now, [field]: v }));
    f.clear(field);
  };
  const search = () => {
    if (!f.check(searchCompoundsInput, query(1))) return;
    setSearched(true);
    void pages.reload();
  };
  const busy = searched ? pages.loading : null;
  const found = pages.list;
  const { error } = pages;
  const fieldError = (field: FieldName) => f.err(field) ?? (error?.field === field ? error.message : null);
  const otherError = error && !FIELDS.includes(error.field as FieldName) ? error : null;

  return (
    <Page>
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.findTitle}
      </Text>
      <Text className='gz-p gz-muted'>{t.findExplain}</Text>
      <TextInput id='city' label={t.city} placeholder={t.cityPlaceholder} value={form.city} onChange={set('city')} maxLength={20} error={fieldError('city')} />
      <TextInput id='district' label={t.district} placeholder={t.districtPlaceholder} value={form.district} onChange={set('district')} maxLength={20} error={fieldError('district')} />
      <TextInput id='name' label={t.name} placeholder={t.namePlaceholder} hint={t.nameHint} value={form.name} onChange={set('name')} maxLength={30} error={fieldError('name')} />
      <Btn kind='primary' size='main' block busy={busy === 'first'} onClick={search}>
        {busy === 'first' ? t.searching : t.search}
      </Btn>
      {otherError && <Failed error={otherError} onRetry={search} />}
      {busy === 'first' && <Loading text={t.searching} />}
      {found && busy !== 'first' && (
        <>
          {/* Said aloud when the results arrive; the heading itself cannot also be a status. */}
          <View {...liveA11y('status')}>
            <Text className='gz-h2' {...headingA11y(2)}>
              {found.items.length === 0 ? t.noResults : t.results(found.items.length, found.hasMore)}
            </Text>
          </View>
          {found.items.length === 0 ? (
            <Empty title={t.noResultsHint} />
          ) : (
            <View className='gz-list'>
              {found.items.map((item) => (
                <Row key={item.id} item={item} />
              ))}
            </View>
          )}
          {found.hasMore && (
            <Btn block busy={busy === 'more'} onClick={() => void pages.more()}>
              {t.more}
            </Btn>
          )}
        </>
      )}
    </Page>
  );
}
