// One activity in a list: title, team, when, where and places left (said in words). Opens the
// activity's sign-up. Shared by the 志愿 tab and the team screen.
import { Text, View } from '@tarojs/components';
import { buttonA11y } from '../../components/a11y';
import { go } from '../../components/nav';
import type { Output } from '../../services/api';
import { PAGES } from '../../routes';
import { volunteerText as t } from '../../ui/strings/volunteer';

export type ActivityItem = Output<'volunteers.activities'>['items'][number];
type Me = { status: string; position: number | null } | null | undefined;

export function ActivityCard({ a, me }: { a: ActivityItem; me?: Me }) {
  const open = () => go(`${PAGES.volunteerActivity}?id=${encodeURIComponent(a.id)}`);
  const places = a.placesLeft > 0 ? t.placesLeft(a.placesLeft) : t.full(a.waitlisted);
  const mine = me ? (me.status === 'confirmed' ? t.confirmed : t.waitlisted(me.position)) : null;
  return (
    <View className='gz-card gz-vol-card' hoverClass='gz-btn--pressed' onClick={open} {...buttonA11y({ onActivate: open, label: `${a.title}，${a.when}，${a.place}，${mine ?? places}` })}>
      <View className='gz-tags'>
        <Text className='gz-tag gz-tag--role'>{a.teamName}</Text>
        {mine ? <Text className='gz-tag gz-tag--approved'>{mine}</Text> : <Text className={`gz-tag ${a.placesLeft > 0 ? 'gz-tag--pending' : 'gz-tag--rejected'}`}>{places}</Text>}
      </View>
      <Text className='gz-card__title'>{a.title}</Text>
      <Text className='gz-card__body'>
        {a.when} · {a.place}
      </Text>
    </View>
  );
}
