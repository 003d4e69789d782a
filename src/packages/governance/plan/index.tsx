// 年度重点工作计划: every item with who leads it, budget and funding source, and its progress.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Page } from '../../../components/Page';
import { Empty, Failed, Loading } from '../../../components/states';
import { useAction, useReloadOnShow } from '../../../components/useAction';
import { buttonA11y, headingA11y } from '../../../components/a11y';
import { go } from '../../../components/nav';
import { yuan } from '../../../domain/governance';
import { PAGES } from '../../../routes';
import { planCreateText as ct, planText as t } from '../../../copy/governance';
import { CreateForm } from './CreateForm';
import { Bar } from '../components/Bar';
import '../governance.css';

export default function PlanPage() {
  const r = useAction('plan.list', {});
  const [adding, setAdding] = useState(false);
  useReloadOnShow(r.reload);
  return (
    <Page className='gz-gov'>
      {r.state === 'loading' && !r.data && <Loading />}
      {r.state === 'error' && !r.data && <Failed error={r.error} onRetry={r.reload} />}
      {r.data && (
        <>
          <Text className='gz-h1' {...headingA11y(1)}>
            {t.title(r.data.year)}
          </Text>
          <Text className='gz-p gz-muted'>{t.intro}</Text>
          {r.data.canEdit && (
            <View className='gz-actions-row'>
              <Btn kind={adding ? 'secondary' : 'primary'} onClick={() => setAdding((a) => !a)}>
                {adding ? ct.close : ct.open}
              </Btn>
            </View>
          )}
          {adding && <CreateForm year={r.data.year} onSaved={() => void r.reload()} />}
          {r.data.items.length === 0 ? (
            <Empty title={t.none} />
          ) : (
            <>
              <Text className='gz-p gz-strong'>{t.summary(r.data.items.length, r.data.done, yuan(r.data.budgetYuan))}</Text>
              <View className='gz-list'>
                {r.data.items.map((i) => {
                  const open = () => go(`${PAGES.planItem}?id=${encodeURIComponent(i.id)}`);
                  return (
                    <View key={i.id} className='gz-row gz-row--link' hoverClass='gz-btn--pressed' onClick={open} {...buttonA11y({ onActivate: open })}>
                      <View className='gz-row__main'>
                        <Text className='gz-row__title'>{i.title}</Text>
                        <Text className='gz-block'>
                          {t.progress(i.progress)} · {i.stateLabel}
                        </Text>
                        <Bar percent={i.progress} />
                        <Text className='gz-muted'>{t.owner(i.partyLabel, i.owner)}</Text>
                        <Text className='gz-muted'>{t.budget(i.budgetText, i.fundingLabel)}</Text>
                      </View>
                    </View>
                  );
                })}
              </View>
            </>
          )}
        </>
      )}
    </Page>
  );
}
