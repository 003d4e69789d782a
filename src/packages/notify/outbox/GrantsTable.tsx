// 谁 · 哪类消息 · 还能收到几次: the grants left per person and kind, so the admin sees before a
// notice goes out who would get it and who has no grant left (their messages end as 未发送).
import { Text, View } from '@tarojs/components';
import { headingA11y } from '../../../components/a11y';
import type { Output } from '../../../services/api';
import { grantsText as t } from '../../../copy/notify';

type Row = Output<'notify.outbox'>['grants'][number];

const h5 = process.env.TARO_ENV === 'h5';

export function GrantsTable({ rows }: { rows: readonly Row[] }) {
  return (
    <View className='gz-card'>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.title}
      </Text>
      <Text className='gz-p gz-muted'>{t.intro}</Text>
      {rows.length === 0 ? (
        <Text className='gz-p'>{t.empty}</Text>
      ) : (
        <View className='gz-rows' {...(h5 ? { role: 'list' } : {})}>
          {rows.map((r) => (
            <Text className='gz-p gz-grant-row' key={`${r.to}-${r.kinds}`} {...(h5 ? { role: 'listitem' } : {})}>
              {t.row(r.to, r.kinds, r.left)}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
