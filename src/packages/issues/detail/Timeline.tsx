// The public timeline of an issue: who did what and when, with the note, photos and stars.
import { Text, View } from '@tarojs/components';
import { PhotoGrid } from '../../../components/PhotoPicker';
import { StarsShown } from '../../../components/Stars';
import { detailText as t } from '../../../copy/issues';
import { formatTime } from '../../../ui/format';
import { h5 } from './model';
import type { Detail } from './model';

export function Timeline({ items }: { items: Detail['timeline'] }) {
  if (items.length === 0) return <Text className='gz-p gz-muted'>{t.timelineEmpty}</Text>;
  return (
    <View className='gz-timeline' {...(h5 ? { role: 'list' } : {})}>
      {items.map((e) => (
        <View key={e.id} className='gz-timeline__item' {...(h5 ? { role: 'listitem' } : {})}>
          <View className='gz-timeline__dot' />
          <View className='gz-timeline__body'>
            <Text className='gz-timeline__label'>{e.label}</Text>
            <Text className='gz-muted'>
              {t.by(e.actorName)} · {formatTime(e.at)}
            </Text>
            {e.note && <Text className='gz-timeline__note'>{e.note}</Text>}
            {e.stars !== null && <StarsShown stars={e.stars} />}
            <PhotoGrid urls={e.photos} label={`${e.label}：${t.photos}`} />
          </View>
        </View>
      ))}
    </View>
  );
}
