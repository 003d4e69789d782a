// A reported issue waiting for the property: its facts, then accept (or reject with a reason).
import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { handleSignedOut } from '../../../components/useAction';
import { imageProps } from '../../../components/image';
import { call, isApiError } from '../../../services/api';
import { formatTime } from '../../../ui/format';
import { common } from '../../../ui/strings';
import { tasksText as t } from '../../../ui/strings/tasks';
import { TextArea } from '../../../components/Field';
import { errorText } from './model';
import type { IssueSummary, Done } from './model';

export function IssueFacts({ issue }: { issue: IssueSummary }) {
  return (
    <>
      <View className='gz-taglist'>
        {issue.acceptOverdue && <Text className='gz-tag gz-tag--late'>{t.acceptLate}</Text>}
        {!issue.acceptOverdue && issue.actionOverdue && <Text className='gz-tag gz-tag--late'>{t.actionLate}</Text>}
        <Text className='gz-tag gz-tag--status'>{issue.statusLabel}</Text>
        {issue.visibility === 'private' && <Text className='gz-tag gz-tag--status'>{t.privateTag}</Text>}
      </View>
      <Text className='gz-card__title'>
        {issue.categoryLabel}：{issue.placeLabel}
      </Text>
      <Text className='gz-card__body'>{issue.description}</Text>
      {issue.reopenReason && <Text className='gz-card__body gz-reopen'>{t.reopenReason(issue.reopenReason)}</Text>}
      {issue.thumb && <Image className='gz-board-thumb' src={issue.thumb} mode='aspectFill' {...imageProps(t.photoAlt(issue.placeLabel))} />}
      <Text className='gz-muted'>
        {t.reportedAt(formatTime(issue.createdAt))}
        {issue.seconds > 0 ? ` · ${t.seconds(issue.seconds)}` : ''}
      </Text>
    </>
  );
}

export function AcceptCard({ issue, onDone }: { issue: IssueSummary; onDone: Done }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'accept' | 'reject' | null>(null);
  const what = `${issue.categoryLabel}：${issue.placeLabel}`;

  const decide = async (accept: boolean) => {
    if (busy) return;
    setError(null);
    if (!accept && !reason.trim()) {
      setReasonError(t.needReason);
      return;
    }
    setBusy(accept ? 'accept' : 'reject');
    try {
      await call('issues.transition', accept ? { issueId: issue.id, transition: 'accept' } : { issueId: issue.id, transition: 'reject', note: reason.trim() });
      onDone(accept ? 'toAssign' : 'toAccept', accept ? `${what}：${t.accepted}` : `${what}：${t.rejected}`);
    } catch (e) {
      setBusy(null);
      if (handleSignedOut(e)) return;
      if (isApiError(e) && e.field === 'note') setReasonError(e.message);
      else setError(errorText(e));
    }
  };

  return (
    <View className='gz-card'>
      <IssueFacts issue={issue} />
      {error && <Notice kind='error'>{error}</Notice>}
      {rejecting ? (
        <View className='gz-inline-form'>
          <TextArea
            id={`reason-${issue.id}`}
            label={t.rejectReason}
            placeholder={t.rejectPlaceholder}
            value={reason}
            error={reasonError}
            max={300}
            onChange={(v) => {
              setReason(v);
              setReasonError(null);
            }}
          />
          <View className='gz-actions'>
            <Btn kind='danger' size='main' busy={busy === 'reject'} onClick={() => void decide(false)}>
              {t.confirmReject}
            </Btn>
            <Btn kind='link' onClick={() => setRejecting(false)}>
              {common.cancel}
            </Btn>
          </View>
        </View>
      ) : (
        <View className='gz-actions'>
          <Btn kind='primary' size='main' busy={busy === 'accept'} label={t.acceptLabel(what)} onClick={() => void decide(true)}>
            {t.accept}
          </Btn>
          <Btn kind='danger' size='main' disabled={!!busy} label={t.rejectLabel(what)} onClick={() => setRejecting(true)}>
            {t.reject}
          </Btn>
        </View>
      )}
    </View>
  );
}
