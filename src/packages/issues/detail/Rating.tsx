// "修好了吗?": the reporter confirms the fix (and rates it) or says what is still wrong; or rates later.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { TextArea } from '../../../components/Field';
import { StarsInput } from '../../../components/Stars';
import { useSubmit } from '../../../components/useSubmit';
import { headingA11y } from '../../../components/a11y';
import { call } from '../../../services/api';
import { rateIssueInput } from '../../../domain/schemas/issues';
import { detailText as t, reportText } from '../../../copy/issues';
import type { TransitionOption } from './model';
import { TransitionForm } from './TransitionForm';

/** Stars and an optional comment, checked by the schema the server parses issues.rate with. */
function useRating() {
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const f = useSubmit({ fields: ['stars', 'comment'] });
  /** The rating to send, or undefined with the refused field's message under it. */
  const input = (issueId: string) => f.check(rateIssueInput, { issueId, stars, ...(comment.trim() ? { comment } : {}) });
  return { stars, setStars, comment, setComment, f, input };
}

function RatingFields({ r, idPrefix }: { r: ReturnType<typeof useRating>; idPrefix: string }) {
  return (
    <>
      <StarsInput
        id={`${idPrefix}-stars`}
        value={r.stars}
        error={r.f.errors.stars}
        onChange={(n) => {
          r.setStars(n);
          r.f.clear('stars');
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
        error={r.f.errors.comment}
        onChange={(v) => {
          r.setComment(v);
          r.f.clear('comment');
        }}
      />
      {r.f.formError && <Notice kind='error'>{r.f.formError}</Notice>}
    </>
  );
}

/** For the reporter once the work is done: confirm (and rate), or say what is still wrong. */
export function FixedCard({ issueId, confirm, reopen, onDone }: { issueId: string; confirm?: TransitionOption; reopen?: TransitionOption; onDone: (text: string) => void }) {
  const r = useRating();
  const [notFixed, setNotFixed] = useState(false);
  const f = useSubmit({ fields: [] });
  const busy = f.busy || r.f.busy;
  const error = f.formError;

  const fixed = async () => {
    if (busy || !confirm) return;
    // Stars chosen: the rating is checked before the fix is confirmed, so a refused comment is fixed first.
    const rating = r.stars > 0 ? r.input(issueId) : null;
    if (rating === undefined) return;
    if (!(await f.run(() => call('issues.transition', { issueId, transition: 'confirm' })))) return;
    // Confirmed; the rating goes with it when stars were chosen (else the rating card stays).
    if (rating) await r.f.run(() => call('issues.rate', rating));
    onDone(rating ? `${t.done('confirm', confirm.label)}。${t.rated}` : t.done('confirm', confirm.label));
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
  const { busy } = r.f;
  const submit = async () => {
    if (busy) return;
    const input = r.input(issueId);
    if (input) await r.f.run(() => call('issues.rate', input), () => onDone(t.rated));
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
