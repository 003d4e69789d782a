// "修好了吗?": the reporter confirms the fix (and rates it) or says what is still wrong; or rates later.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { TextArea } from '../../../components/Field';
import { StarsInput } from '../../../components/Stars';
import { handleSignedOut } from '../../../components/useAction';
import { headingA11y } from '../../../components/a11y';
import { call, isApiError } from '../../../services/api';
import { detailText as t, reportText } from '../../../copy/issues';
import { errorText } from './model';
import type { TransitionOption } from './model';
import { TransitionForm } from './TransitionForm';

/** Stars and an optional comment; `submit` sends them (alone, or after confirming the fix). */
function useRating() {
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ stars?: string; comment?: string }>({});
  return { stars, setStars, comment, setComment, errors, setErrors };
}

function RatingFields({ r, idPrefix }: { r: ReturnType<typeof useRating>; idPrefix: string }) {
  return (
    <>
      <StarsInput
        id={`${idPrefix}-stars`}
        value={r.stars}
        error={r.errors.stars}
        onChange={(n) => {
          r.setStars(n);
          r.setErrors((e) => ({ ...e, stars: undefined }));
        }}
      />
      <TextArea
        id={`${idPrefix}-comment`}
        label={t.rateComment}
        placeholder={t.rateCommentPlaceholder}
        value={r.comment}
        max={200}
        counter={(n) => t.counterOf(n, 200)}
        over={reportText.over}
        rows={2}
        error={r.errors.comment}
        onChange={(v) => {
          r.setComment(v);
          r.setErrors((e) => ({ ...e, comment: undefined }));
        }}
      />
    </>
  );
}

async function sendRating(issueId: string, r: ReturnType<typeof useRating>): Promise<boolean> {
  try {
    await call('issues.rate', { issueId, stars: r.stars, ...(r.comment.trim() ? { comment: r.comment.trim() } : {}) });
    return true;
  } catch (e) {
    if (handleSignedOut(e)) return false;
    const field = isApiError(e) ? e.field : undefined;
    r.setErrors(field === 'comment' ? { comment: errorText(e) } : { stars: errorText(e) });
    return false;
  }
}

/** For the reporter once the work is done: confirm (and rate), or say what is still wrong. */
export function FixedCard({ issueId, confirm, reopen, onDone }: { issueId: string; confirm?: TransitionOption; reopen?: TransitionOption; onDone: (text: string) => void }) {
  const r = useRating();
  const [notFixed, setNotFixed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const fixed = async () => {
    if (busy || !confirm) return;
    setBusy(true);
    setError(null);
    try {
      await call('issues.transition', { issueId, transition: 'confirm' });
    } catch (e) {
      setBusy(false);
      if (!handleSignedOut(e)) setError(errorText(e));
      return;
    }
    // Confirmed; the rating goes with it when stars were chosen (else the rating card stays).
    if (r.stars > 0) await sendRating(issueId, r);
    setBusy(false);
    onDone(r.stars > 0 ? `${t.done('confirm', confirm.label)}。${t.rated}` : t.done('confirm', confirm.label));
  };

  return (
    <View className='gz-card gz-card--ask' id='fixed'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.fixedQuestion}
      </Text>
      <Text className='gz-card__body'>{t.fixedBody}</Text>
      {!notFixed && <RatingFields r={r} idPrefix='fixed' />}
      {error && <Notice kind='error'>{error}</Notice>}
      {notFixed && reopen ? (
        <TransitionForm issueId={issueId} option={reopen} onDone={onDone} onCancel={() => setNotFixed(false)} />
      ) : (
        <View className='gz-actions'>
          {confirm && (
            <Btn kind='primary' size='main' busy={busy} onClick={() => void fixed()}>
              {r.stars > 0 ? t.confirmAndRate : t.fixedYes}
            </Btn>
          )}
          {reopen && (
            <Btn kind='danger' size='main' disabled={busy} onClick={() => setNotFixed(true)}>
              {t.fixedNo}
            </Btn>
          )}
        </View>
      )}
    </View>
  );
}

export function RateCard({ issueId, onDone }: { issueId: string; onDone: (text: string) => void }) {
  const r = useRating();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (busy) return;
    if (r.stars < 1) {
      r.setErrors({ stars: t.needStars });
      return;
    }
    setBusy(true);
    const ok = await sendRating(issueId, r);
    setBusy(false);
    if (ok) onDone(t.rated);
  };
  return (
    <View className='gz-card gz-card--ask' id='rate'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.rateTitle}
      </Text>
      <RatingFields r={r} idPrefix='rate' />
      <Btn kind='primary' size='main' block busy={busy} onClick={() => void submit()}>
        {t.rateSubmit}
      </Btn>
    </View>
  );
}
