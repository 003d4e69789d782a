// 转为不公开报事: a concern from a visit becomes a private report for the property. Where it is
// (the person's home first, their building's 楼道/楼顶, a common place) and what kind of problem,
// picked here in the visit's own card, so a refusal shows next to what it is about.
import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { SelectField } from '../../../components/Choice';
import { Notice } from '../../../components/states';
import { handleSignedOut } from '../../../components/useAction';
import { call, isApiError } from '../../../services/api';
import { CATEGORIES, CATEGORY_CODES, type Category } from '../../../domain/issues';
import { parsePlaceValue } from '../../../domain/places';
import { careText as t } from '../strings';

export function ConcernForm(props: { careId: string; visitId: string; concern: string; places: { value: string; label: string }[]; onRaised: () => void; onCancel: () => void }) {
  const { careId, visitId, concern, places, onRaised, onCancel } = props;
  const [place, setPlace] = useState<string | null>(places.find((p) => p.value.startsWith('unit:'))?.value ?? null);
  const [category, setCategory] = useState<Category>('other');
  const [errors, setErrors] = useState<{ place?: string; category?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const id = `concern-${visitId}`;

  const send = async () => {
    const where = place ? parsePlaceValue(place) : null;
    if (!where) return setErrors({ place: t.needPlace });
    setBusy(true);
    setErrors({});
    try {
      await call('care.concern', { careId, visitId, category, description: concern, place: where });
      onRaised();
    } catch (e) {
      if (handleSignedOut(e)) return;
      const field = isApiError(e) ? e.field : undefined;
      const message = e instanceof Error ? e.message : String(e);
      setErrors(field === 'place' || field === 'common' ? { place: message } : field === 'category' ? { category: message } : { form: message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='gz-subform'>
      <SelectField id={`${id}-place`} label={t.concernPlace} placeholder={t.concernPlacePlaceholder} groups={[{ options: places }]} value={place} error={errors.place} onChange={setPlace} />
      <SelectField<Category>
        id={`${id}-category`}
        label={t.concernCategory}
        placeholder={t.concernCategory}
        groups={[{ options: CATEGORY_CODES.map((c) => ({ value: c, label: CATEGORIES[c] })) }]}
        value={category}
        error={errors.category}
        onChange={setCategory}
      />
      {errors.form && <Notice kind='error'>{errors.form}</Notice>}
      <View className='gz-actions'>
        <Btn kind='primary' size='main' busy={busy} onClick={() => void send()}>
          {t.sendConcern}
        </Btn>
        <Btn kind='secondary' size='main' disabled={busy} onClick={onCancel}>
          {t.notNow}
        </Btn>
      </View>
    </View>
  );
}
