// 计划项目: one item of the year plan: budget and funding source, milestones, progress, and every
// change with its reason (the public change log); residents follow it to be told when it moves.
import { Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { sharePath } from '../../../services/sharePath';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { ShareButton } from '../../../components/ShareButton';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useAction } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { routeParam } from '../../../components/nav';
import { call, type Output } from '../../../services/api';
import { PAGES } from '../../../routes';
import { common, planText as t } from '../../../copy/governance';
import { Bar } from '../components/Bar';
import { showTime } from '../components/when';
import { useSubmit } from '../components/useSubmit';
import { MoveForm } from './MoveForm';
import '../governance.css';
import { askToSubscribe } from '../../../services/subscribe';

type Data = Output<'plan.get'>;

function Body({ data, reload }: { data: Data; reload: () => void }) {
  const { item, changes } = data;
  const follow = useSubmit();
  return (
    <>
      <View className='gz-head'>
        <Text className={`gz-tag ${item.state === 'done' ? 'gz-tag--done' : 'gz-tag--pending'}`}>{item.stateLabel}</Text>
      </View>
      <Text className='gz-h1' {...headingA11y(1)}>
        {item.title}
      </Text>
      {item.description && <Text className='gz-p'>{item.description}</Text>}
      <Text className='gz-p gz-strong'>{t.progress(item.progress)}</Text>
      <Bar percent={item.progress} />
      <Text className='gz-p'>{t.owner(item.partyLabel, item.owner)}</Text>
      <Text className='gz-p'>{t.budget(item.budgetText, item.fundingLabel)}</Text>
      <Text className='gz-p gz-muted'>{t.followers(item.followers)}</Text>

      {data.following && <Notice kind='ok'>{t.following}</Notice>}
      {follow.formError && <Notice kind='error'>{follow.formError}</Notice>}
      <View className='gz-actions-row'>
        <Btn kind={data.following ? 'secondary' : 'primary'} busy={follow.busy} onClick={() => {
            // Following means wanting to hear of changes: asked in the tap itself.
            if (!data.following) void askToSubscribe(['plan.moved']);
            void follow.run(() => call('plan.follow', { itemId: item.id, follow: !data.following }), () => void reload());
          }}
        >
          {data.following ? t.unfollow : t.follow}
        </Btn>
      </View>

      <Text className='gz-h2' {...headingA11y(2)}>
        {t.milestones}
      </Text>
      <View className='gz-list'>
        {item.milestones.map((m) => (
          <View key={m.title} className='gz-row'>
            <View className='gz-row__main'>
              <Text className='gz-row__title'>{m.title}</Text>
              <Text className='gz-muted'>{m.due}</Text>
            </View>
            <Text className={`gz-tag ${m.done ? 'gz-tag--done' : 'gz-tag--pending'}`}>{m.done ? t.done : t.todo}</Text>
          </View>
        ))}
      </View>

      <Text className='gz-h2' {...headingA11y(2)}>
        {t.changes}
      </Text>
      {changes.length === 0 ? (
        <Text className='gz-p gz-muted'>{t.noChanges}</Text>
      ) : (
        <View className='gz-list'>
          {changes.map((c) => (
            <View key={c.id} className='gz-card'>
              <Text className='gz-strong'>{t.change(c.from, c.to)}</Text>
              {c.milestone && <Text className='gz-block'>{t.reached(c.milestone)}</Text>}
              <Text className='gz-block'>{c.reason}</Text>
              <Text className='gz-muted'>{t.by(c.byName, showTime(c.at))}</Text>
            </View>
          ))}
        </View>
      )}
      {data.canEdit && <MoveForm item={item} onSaved={reload} />}
      <ShareButton label={common.share} />
    </>
  );
}

export default function PlanItemPage() {
  const router = useRouter();
  const id = routeParam(router?.params?.id);
  const r = useAction('plan.get', { itemId: id }, [id]);
  useShareAppMessage(() => ({ title: r.data?.item.title ?? '年度计划', path: sharePath(`${PAGES.planItem}?id=${encodeURIComponent(id)}`) }));
  return (
    <Page className='gz-gov'>
      {!id && <Empty title='没有找到这个项目' />}
      {id && r.state === 'loading' && !r.data && <Loading />}
      {id && r.state === 'error' && !r.data && <Failed error={r.error} onRetry={r.reload} />}
      {id && r.data && <Body data={r.data} reload={() => void r.reload()} />}
    </Page>
  );
}
