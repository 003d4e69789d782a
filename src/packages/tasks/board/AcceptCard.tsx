// A reported issue waiting for the property: its facts, then accept (or reject with a reason).
import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { useSubmit } from '../../../components/useSubmit';
import { imageProps } from '../../../components/image';
import { call } from '../../../services/api';
import { formatTime } from '../../../ui/format';
import { common } from '../../../ui/strings';
import { tasksText as t } from '../../../ui/strings/tasks';
import { TextArea } from '../../../components/Field';
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
  // The reason goes up as the transition's note.
  const f = useSubmit({ fields: { note: 'note' } });
  const [pressed, setPressed] = useState<'accept' | 'reject' | null>(null);
  const busy = f.busy ? pressed : null;
  const error = f.formError;
  const reasonError = f.errors.note ?? null;
  const what = `${issue.categoryLabel}：${issue.placeLabel}`;

  const decide = async (accept: boolean) => {
    if (busy) return;
    if (!accept && f.invalid({ note: !reason.trim() && t.needReason })) return;
    setPressed(accept ? 'accept' : 'reject');
    await f.run(
      () => call('issues.transition', accept ? { issueId: issue.id, transition: 'accept' } : { issueId: issue.id, transition: 'reject', note: reason.trim() }),
      () => onDone(accept ? 'toAssign' : 'toAccept', accept ? `${what}：${t.accepted}` : `${what}：${t.rejected}`),
    );
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
              f.clear('note');
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
