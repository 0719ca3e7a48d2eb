import { View, Text } from '@tarojs/components';
import { useRef, useState } from 'react';
import { BAD_REVIEW_MAX_LEVEL, LETTER_RULES, RATING_LABELS, RATING_LEVELS, RATING_REASON_MAX, type LetterView, type RatingLevel } from '@portal/shared';
import { ActionButton } from '../../../components/ActionButton';
import { FOCUSABLE, focusById } from '../../../components/a11y';
import { Heading } from '../../../components/Heading';
import { ApiError, describeError } from '../../../services/error-words';
import { rateLetter, requestReexamination } from '../../../services/letters';
import { ErrorSummary, type SummaryItem } from '../../account/components/ErrorSummary';
import { dayWords } from '../dates';
import { checkLetterRating, checkReexaminationReason } from '../feedback';
import { useLetterI18n } from '../use-words';
import { TextArea } from './TextArea';
import '../../../components/rating.scss';

function refusedField(error: unknown, field: string): boolean {
  return error instanceof ApiError && error.failure.kind === 'envelope' && (error.failure.details ?? []).some((d) => d.field === field);
}

/** Rate the answer (five levels in words, as 好差评); a bad rating says why. The letter comes back updated. */
export function LetterRating({ letter, onChanged }: { letter: LetterView; onChanged: (l: LetterView) => void }) {
  const { t, text } = useLetterI18n();
  const [level, setLevel] = useState<RatingLevel | undefined>(undefined);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ level?: string; comment?: string }>({});
  const [general, setGeneral] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const bad = level !== undefined && level <= BAD_REVIEW_MAX_LEVEL;

  const submit = async () => {
    if (inFlight.current) return;
    const found: { level?: string; comment?: string } = {};
    for (const p of checkLetterRating(level, comment)) {
      if (p.field === 'level') found.level = t('lt.rating.missing.level');
      else found.comment = p.kind === 'missing' ? t('lt.rating.missing.comment') : t('lt.rating.long.comment', { max: RATING_REASON_MAX, count: p.count });
    }
    setErrors(found);
    setGeneral(undefined);
    if (Object.keys(found).length || level === undefined) return focusById('lt-rating-summary');
    inFlight.current = true;
    setBusy(true);
    try {
      const trimmed = comment.trim();
      const updated = await rateLetter(letter.trackingNo, { level, ...(trimmed ? { comment: trimmed } : {}) });
      onChanged(updated);
      focusById('lt-rated');
    } catch (error) {
      if (refusedField(error, 'comment')) setErrors({ comment: t('lt.rating.missing.comment') });
      else setGeneral(describeError(error, t));
      focusById('lt-rating-summary');
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const items: SummaryItem[] = [
    ...(errors.level ? [{ message: errors.level, fieldId: 'lt-rating-level' }] : []),
    ...(errors.comment ? [{ message: errors.comment, fieldId: 'lt-rating-comment' }] : []),
    ...(general ? [{ message: general }] : []),
  ];
  return (
    <View className="portal-section rating-form" data-testid="lt-rating-form">
      <View>
        <Heading level={2}>{t('lt.rating.heading')}</Heading>
        <Text className="portal-text-secondary">{t('lt.rating.hint')}</Text>
      </View>
      <View id="lt-rating-summary" {...FOCUSABLE}>
        <ErrorSummary items={items} />
      </View>
      <View className={errors.level ? 'rating-field rating-field-invalid' : 'rating-field'}>
        <View id="lt-rating-level" {...FOCUSABLE}>
          <Text className="rating-label">{t('lt.rating.legend')}</Text>
        </View>
        {errors.level ? (
          <Text className="rating-message" data-testid="lt-rating-level-error">
            {errors.level}
          </Text>
        ) : null}
        <View className="rating-levels" role="group" aria-label={t('lt.rating.legend')}>
          {RATING_LEVELS.map((value) => {
            const selected = value === level;
            return (
              <ActionButton
                key={value}
                className="rating-level"
                size="large"
                block
                type={selected ? 'primary' : 'default'}
                fill={selected ? 'solid' : 'outline'}
                aria-pressed={selected}
                data-testid={`lt-rating-level-${value}`}
                data-selected={selected ? 'true' : 'false'}
                onClick={() => {
                  setLevel(value);
                  setErrors({});
                }}
              >
                {selected ? `✓ ${text(RATING_LABELS[value])}` : text(RATING_LABELS[value])}
              </ActionButton>
            );
          })}
        </View>
      </View>
      <TextArea
        id="lt-rating-comment"
        testId="lt-rating-comment"
        label={t(bad ? 'lt.rating.comment.bad' : 'lt.rating.comment', { max: RATING_REASON_MAX })}
        error={errors.comment}
        value={comment}
        maxLength={RATING_REASON_MAX + 20}
        onChange={setComment}
      />
      <View className="portal-actions">
        <ActionButton type="primary" size="large" block loading={busy} disabled={busy} data-testid="lt-rating-submit" onClick={() => void submit()}>
          {t('lt.rating.submit')}
        </ActionButton>
      </View>
    </View>
  );
}

/** Ask once for a re-examination, with a reason; the department's new deadline is shown once it is open. */
export function Reexamination({ letter, onChanged }: { letter: LetterView; onChanged: (l: LetterView) => void }) {
  const { t } = useLetterI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [general, setGeneral] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);

  const submit = async () => {
    if (inFlight.current) return;
    const problem = checkReexaminationReason(reason);
    const words = problem
      ? problem === 'missing'
        ? t('lt.reexam.missing')
        : problem === 'short'
          ? t('lt.reexam.short', { min: LETTER_RULES.reasonMin })
          : t('lt.reexam.long', { max: LETTER_RULES.reasonMax, count: [...reason.trim()].length })
      : undefined;
    setError(words);
    setGeneral(undefined);
    if (words) return focusById('lt-reexam-summary');
    inFlight.current = true;
    setBusy(true);
    try {
      const updated = await requestReexamination(letter.trackingNo, { reason: reason.trim() });
      onChanged(updated);
      focusById('lt-reexam-done');
    } catch (err) {
      if (refusedField(err, 'reason')) setError(t('lt.reexam.short', { min: LETTER_RULES.reasonMin }));
      else setGeneral(describeError(err, t));
      focusById('lt-reexam-summary');
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <View className="portal-section" data-testid="lt-reexam">
        <Heading level={2}>{t('lt.reexam.heading')}</Heading>
        <Text className="portal-text">{t('lt.reexam.text', { days: LETTER_RULES.reexaminationAnswerWithinWorkingDays })}</Text>
        <View className="portal-actions">
          <ActionButton size="large" block data-testid="lt-reexam-open" onClick={() => setOpen(true)}>
            {t('lt.reexam.open')}
          </ActionButton>
        </View>
      </View>
    );
  }
  const items: SummaryItem[] = [...(error ? [{ message: error, fieldId: 'lt-reexam-reason' }] : []), ...(general ? [{ message: general }] : [])];
  return (
    <View className="portal-section" data-testid="lt-reexam">
      <Heading level={2}>{t('lt.reexam.heading')}</Heading>
      <Text className="portal-text">{t('lt.reexam.text', { days: LETTER_RULES.reexaminationAnswerWithinWorkingDays })}</Text>
      <View id="lt-reexam-summary" {...FOCUSABLE}>
        <ErrorSummary items={items} />
      </View>
      <TextArea
        id="lt-reexam-reason"
        testId="lt-reexam-reason"
        label={t('lt.reexam.reason')}
        hint={t('lt.reexam.reason.hint', { min: LETTER_RULES.reasonMin, max: LETTER_RULES.reasonMax })}
        error={error}
        value={reason}
        maxLength={LETTER_RULES.reasonMax + 20}
        onChange={setReason}
      />
      <View className="portal-actions">
        <ActionButton type="primary" size="large" block loading={busy} disabled={busy} data-testid="lt-reexam-submit" onClick={() => void submit()}>
          {t('lt.reexam.submit')}
        </ActionButton>
      </View>
    </View>
  );
}

/** What the writer can do with an answered letter, or what they already did. */
export function LetterFeedback({ letter, onChanged }: { letter: LetterView; onChanged: (l: LetterView) => void }) {
  const { t, text, locale } = useLetterI18n();
  return (
    <>
      {letter.rating ? (
        <View className="portal-section" id="lt-rated" {...FOCUSABLE} data-testid="lt-rated" data-level={letter.rating.level}>
          <View className="portal-note" role="status">
            {`${t('lt.rating.done', { level: text(RATING_LABELS[letter.rating.level]) })} ${t('lt.rating.thanks')}`}
          </View>
          {letter.rating.comment ? <Text className="lt-body">{letter.rating.comment}</Text> : null}
        </View>
      ) : letter.canRate ? (
        <LetterRating letter={letter} onChanged={onChanged} />
      ) : null}
      {letter.status === 'reexamining' && letter.deadlines.reexaminationBy ? (
        <View className="portal-section" id="lt-reexam-done" {...FOCUSABLE}>
          <View className="portal-note" role="status" data-testid="lt-reexam-done" data-due-date={letter.deadlines.reexaminationBy}>
            {t('lt.reexam.done', { date: dayWords(letter.deadlines.reexaminationBy, locale) })}
          </View>
        </View>
      ) : letter.canRequestReexamination ? (
        <Reexamination letter={letter} onChanged={onChanged} />
      ) : null}
    </>
  );
}
