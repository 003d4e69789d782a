// 业主认证审核 (committee): check each pending claim against the roster; approve, or reject with a
// reason the applicant will read. No dialogs: rejecting opens the reason field in place.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useAction, useReloadOnShow } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { useSubmit } from '../../../components/useSubmit';
import { call, type Output } from '../../../services/api';
import { common } from '../../../ui/strings';
import { reviewText as t } from '../../../copy/people';
import { REJECT_REASON_MAX, reviewClaimInput } from '../../../domain/schemas/people';
import { formatTime } from '../../../ui/format';
import { TextInput } from '../../../components/Field';
import { useFeedback } from '../components/feedback';
import { go } from '../../../components/nav';
import { PAGES } from '../../../routes';

type Pending = Output<'claims.pending'>['claims'][number];

function ClaimCard({ claim, onDone }: { claim: Pending; onDone: (text: string) => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const f = useSubmit({ fields: ['reason'] });

  const decide = async (approve: boolean) => {
    const input = f.check(reviewClaimInput, approve ? { claimId: claim.id, approve } : { claimId: claim.id, approve, reason });
    if (!input) return;
    await f.run(
      () => call('claims.review', input),
      () => onDone(`${approve ? t.approved : t.rejected}：${claim.unitLabel}`),
    );
  };
  // A refused reason opens the reason field even after 通过 was pressed.
  const reasonError = f.errors.reason;
  const showReason = rejecting || Boolean(reasonError);

  const fieldId = `reason-${claim.id}`;
  return (
    <View className='gz-card'>
      <View className='gz-kv'>
        <Text className='gz-card__title'>{claim.unitLabel}</Text>
        <Text className={`gz-tag ${claim.matchesRoster ? 'gz-tag--approved' : 'gz-tag--pending'}`}>{claim.matchesRoster ? t.matches : t.differs}</Text>
      </View>
      <View className='gz-kv'>
        <Text className='gz-kv__k'>{t.applicant}</Text>
        <Text>{claim.userName}</Text>
      </View>
      <View className='gz-kv'>
        <Text className='gz-kv__k'>{t.claimedName}</Text>
        <Text>{claim.name}</Text>
      </View>
      <View className='gz-kv'>
        <Text className='gz-kv__k'>{t.phoneLast4}</Text>
        <Text className='gz-phone'>{claim.phoneLast4}</Text>
      </View>
      <View className='gz-kv'>
        <Text className='gz-kv__k'>{t.submittedAt}</Text>
        <Text>{formatTime(claim.at)}</Text>
      </View>
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      {showReason ? (
        <>
          <TextInput
            id={fieldId}
            label={t.reason}
            placeholder={t.reasonPlaceholder}
            value={reason}
            error={reasonError}
            maxLength={REJECT_REASON_MAX}
            onChange={(v) => {
              setReason(v);
              f.clear('reason');
            }}
          />
          <View className='gz-actions'>
            <Btn kind='danger' size='main' busy={f.busy} onClick={() => void decide(false)}>
              {t.confirmReject}
            </Btn>
            <Btn kind='link' onClick={() => (setRejecting(false), f.clear('reason'))}>
              {common.cancel}
            </Btn>
          </View>
        </>
      ) : (
        <View className='gz-actions'>
          <Btn kind='primary' size='main' busy={f.busy} label={`${t.approve}：${claim.unitLabel}`} onClick={() => void decide(true)}>
            {t.approve}
          </Btn>
          <Btn kind='danger' size='main' disabled={f.busy} label={`${t.reject}：${claim.unitLabel}`} onClick={() => setRejecting(true)}>
            {t.reject}
          </Btn>
        </View>
      )}
    </View>
  );
}

export default function ReviewPage() {
  const pending = useAction('claims.pending');
  const [decided, setDecided] = useState<string[]>([]);
  const feedback = useFeedback();
  useReloadOnShow(pending.reload);

  const claims = (pending.data?.claims ?? []).filter((c) => !decided.includes(c.id));
  return (
    <Page>
      {feedback.node}
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      {pending.state === 'loading' && !pending.data && <Loading />}
      {pending.state === 'error' && <Failed error={pending.error} onRetry={pending.reload} />}
      {pending.data && claims.length === 0 && <Empty title={t.empty} />}
      {claims.map((c) => (
        <ClaimCard
          key={c.id}
          claim={c}
          onDone={(text) => {
            setDecided((d) => [...d, c.id]);
            feedback.done(text);
          }}
        />
      ))}
      {/* Fewer claims to chase: the committee hands neighbours the compound's card or QR code. */}
      <Btn kind='link' block onClick={() => go(PAGES.inviteToCompound)}>
        {t.invite}
      </Btn>
    </Page>
  );
}
