// 转为不公开报事: a concern from a visit becomes a private report for the property. Where it is
// (the person's home first, their building's 楼道/楼顶, a common place) and what kind of problem,
// picked here in the visit's own card, so a refusal shows next to what it is about.
import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { SelectField } from '../../../components/Choice';
import { Notice } from '../../../components/states';
import { useSubmit } from '../../../components/useSubmit';
import { call } from '../../../services/api';
import { raiseConcernInput } from '../../../domain/schemas/volunteers';
import { CATEGORIES, CATEGORY_CODES, type Category } from '../../../domain/issues';
import { parsePlaceValue } from '../../../domain/places';
import { careText as t } from '../../../copy/volunteers';

export function ConcernForm(props: { careId: string; visitId: string; concern: string; places: { value: string; label: string }[]; onRaised: () => void; onCancel: () => void }) {
  const { careId, visitId, concern, places, onRaised, onCancel } = props;
  const [place, setPlace] = useState<string | null>(places.find((p) => p.value.startsWith('unit:'))?.value ?? null);
  const [category, setCategory] = useState<Category>('other');
  // The server names a common place 'common'; it is picked in the same list as the homes.
  const f = useSubmit({ fields: { place: 'place', common: 'place', category: 'category' } });
  const id = `concern-${visitId}`;

  const send = async () => {
    const where = place ? parsePlaceValue(place) : null;
    // The action falls back on the person's home; this form always names the place picked.
    if (f.invalid({ place: !where && t.needPlace }) || !where) return;
    const input = f.check(raiseConcernInput, { careId, visitId, category, description: concern, place: where });
    if (input) await f.run(() => call('care.concern', input), () => onRaised());
  };

  return (
    <View className='gz-subform'>
      <SelectField id={`${id}-place`} label={t.concernPlace} placeholder={t.concernPlacePlaceholder} groups={[{ options: places }]} value={place} error={f.errors.place} onChange={setPlace} />
      <SelectField<Category>
        id={`${id}-category`}
        label={t.concernCategory}
        placeholder={t.concernCategory}
        groups={[{ options: CATEGORY_CODES.map((c) => ({ value: c, label: CATEGORIES[c] })) }]}
        value={category}
        error={f.errors.category}
        onChange={setCategory}
      />
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      <View className='gz-actions'>
        <Btn kind='primary' size='main' busy={f.busy} onClick={() => void send()}>
          {t.sendConcern}
        </Btn>
        <Btn kind='secondary' size='main' disabled={f.busy} onClick={onCancel}>
          {t.notNow}
        </Btn>
      </View>
    </View>
  );
}
