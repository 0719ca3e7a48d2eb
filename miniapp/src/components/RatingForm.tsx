import Taro from '@tarojs/taro';
import { View, Text, Textarea } from '@tarojs/components';
import { useRef, useState } from 'react';
import {
  BAD_REVIEW_MAX_LEVEL,
  RATING_LABELS,
  RATING_LEVELS,
  RATING_REASON_MAX,
  type CityId,
  type RatedService,
  type RatingLevel,
  type ServiceRating,
} from '@portal/shared';
import { useI18n } from '../hooks/use-i18n';
import { ROUTES } from '../routes';
import { ApiError, describeError, errorCode } from '../services/error-words';
import { rateService } from '../services/ratings';
import { ActionButton } from './ActionButton';
import { FOCUSABLE, focusById, pressable } from './a11y';
import { Heading } from './Heading';
import './rating.scss';

type Field = 'level' | 'reason';

/** Whether the BFF refused the request because of its `reason` field (a bad review without one). */
function reasonRefused(error: unknown): boolean {
  return error instanceof ApiError && error.failure.kind === 'envelope' && (error.failure.details ?? []).some((d) => d.field === 'reason');
}

/** The thank-you, and for a bad review who will call back and by when. */
export function RatingDone({ rating, idBase }: { rating: ServiceRating; idBase: string }) {
  const { t, text } = useI18n();
  const followUp = rating.followUp;
  return (
    <View className="flow-panel" id={`${idBase}-done`} {...FOCUSABLE} data-testid="rating-done" data-level={rating.level}>
      <View role="heading" aria-level={2} className="flow-panel-title">
        {t('rate.done.title')}
      </View>
      <Text className="flow-panel-text">{t('rate.done.level', { level: text(RATING_LABELS[rating.level]) })}</Text>
      {followUp ? (
        <Text className="flow-panel-text" data-testid="rating-follow-up" data-due-date={followUp.dueDate}>
          {t('rate.followUp', { agency: text(followUp.agency), date: followUp.dueDate })}
        </Text>
      ) : (
        <Text className="flow-panel-text">{t('rate.done.good')}</Text>
      )}
    </View>
  );
}

/**
 * Rate a completed case ("好差评"): five levels as buttons with their words, a reason that is
 * required for 不满意 / 非常不满意, the GOV.UK error summary + field messages, no pop-ups.
 * `idBase` keeps the element ids unique when several forms are on one page.
 */
export function RatingForm({ city, service, subjectId, idBase = 'rating', onRated }: { city: CityId; service: RatedService; subjectId: string; idBase?: string; onRated?: (r: ServiceRating) => void }) {
  const { t, text } = useI18n();
  const [level, setLevel] = useState<RatingLevel | undefined>(undefined);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ServiceRating | undefined>(undefined);
  const [already, setAlready] = useState(false);
  const inFlight = useRef(false);
  const h5 = process.env.TARO_ENV === 'h5';
  const ids = { summary: `${idBase}-summary`, level: `${idBase}-level`, reason: `${idBase}-reason` };
  const bad = level !== undefined && level <= BAD_REVIEW_MAX_LEVEL;

  if (done) {
    return (
      <View className="portal-section">
        <RatingDone rating={done} idBase={idBase} />
        <View className="portal-actions">
          <ActionButton size="large" block data-testid="rating-mine" onClick={() => void Taro.navigateTo({ url: ROUTES.myRatings })}>
            {t('ratings.title')}
          </ActionButton>
        </View>
      </View>
    );
  }
  if (already) {
    return (
      <View className="portal-section">
        <View className="portal-note" role="status" data-testid="rating-already">
          {t('rate.already')}
        </View>
      </View>
    );
  }

  const submit = async () => {
    if (inFlight.current) return;
    const found: Partial<Record<Field, string>> = {};
    const trimmed = reason.trim();
    if (level === undefined) found.level = t('rate.missing.level');
    else if (bad && !trimmed) found.reason = t('rate.missing.reason');
    else if (bad && trimmed.length > RATING_REASON_MAX) found.reason = t('rate.long.reason', { max: RATING_REASON_MAX, count: trimmed.length });
    setErrors(found);
    setGeneral(undefined);
    if (level === undefined || Object.keys(found).length) {
      focusById(ids.summary);
      return;
    }
    inFlight.current = true;
    setBusy(true);
    try {
      const rating = await rateService(city, { service, subjectId, level, ...(bad ? { reason: trimmed } : {}) });
      setDone(rating);
      onRated?.(rating);
      focusById(`${idBase}-done`);
    } catch (error) {
      if (errorCode(error) === 'ALREADY_RATED') {
        setAlready(true);
      } else if (reasonRefused(error)) {
        setErrors({ reason: t('rate.missing.reason') });
        focusById(ids.summary);
      } else {
        setGeneral(describeError(error, t));
        focusById(ids.summary);
      }
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const lines: { message: string; field?: Field }[] = [
    ...(['level', 'reason'] as Field[]).filter((f) => errors[f]).map((f) => ({ message: errors[f]!, field: f })),
    ...(general ? [{ message: general }] : []),
  ];
  const focusField = (f: Field) => focusById(f === 'level' ? ids.level : ids.reason);
  const describedBy = [`${ids.reason}-hint`, errors.reason ? `${ids.reason}-error` : ''].filter(Boolean).join(' ');

  return (
    <View className="portal-section rating-form" data-testid="rating-form" data-service={service}>
      <View>
        <Heading level={2}>{t('rate.heading')}</Heading>
        <Text className="portal-text-secondary">{t('rate.hint')}</Text>
      </View>
      <View id={ids.summary} {...FOCUSABLE}>
        {lines.length ? (
          <View className="portal-error" role="alert" data-testid="error-summary">
            <Text className="portal-text">{t('summary.title')}</Text>
            <View role="list">
              {lines.map((line) =>
                line.field ? (
                  <View role="listitem" key={line.message}>
                    <View
                      className="rating-summary-link"
                      {...pressable(() => focusField(line.field!))}
                      role="link"
                      data-testid={`error-summary-${ids[line.field]}`}
                      onClick={() => focusField(line.field!)}
                    >
                      {line.message}
                    </View>
                  </View>
                ) : (
                  <View role="listitem" key={line.message} className="flow-bullet">
                    {line.message}
                  </View>
                ),
              )}
            </View>
          </View>
        ) : null}
      </View>
      <View className={errors.level ? 'rating-field rating-field-invalid' : 'rating-field'}>
        <View id={ids.level} {...FOCUSABLE}>
          <Text className="rating-label">{t('rate.level.legend')}</Text>
        </View>
        {errors.level ? (
          <Text className="rating-message" data-testid="rating-level-error">
            {errors.level}
          </Text>
        ) : null}
        <View className="rating-levels" role="group" aria-label={t('rate.level.legend')}>
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
                data-testid={`rating-level-${value}`}
                data-selected={selected ? 'true' : 'false'}
                onClick={() => {
                  setLevel(value);
                  setErrors((prev) => ({ ...prev, level: undefined, ...(value > BAD_REVIEW_MAX_LEVEL ? { reason: undefined } : {}) }));
                }}
              >
                {selected ? `✓ ${text(RATING_LABELS[value])}` : text(RATING_LABELS[value])}
              </ActionButton>
            );
          })}
        </View>
      </View>
      {bad ? (
        <View className={errors.reason ? 'rating-field rating-field-invalid' : 'rating-field'} data-testid="rating-reason-field">
          <Text className="rating-label" id={`${ids.reason}-label`}>
            {t('rate.reason.label')}
          </Text>
          <Text className="portal-text-secondary" id={`${ids.reason}-hint`}>
            {t('rate.reason.hint', { max: RATING_REASON_MAX })}
          </Text>
          {errors.reason ? (
            <Text className="rating-message" id={`${ids.reason}-error`} data-testid="rating-reason-error">
              {errors.reason}
            </Text>
          ) : null}
          <Textarea
            className="rating-textarea"
            value={reason}
            maxlength={RATING_REASON_MAX + 20}
            autoHeight={!h5}
            onInput={(event) => setReason(event.detail.value)}
            nativeProps={{
              id: ids.reason,
              'aria-label': t('rate.reason.label'),
              'aria-describedby': describedBy,
              'aria-invalid': errors.reason ? 'true' : 'false',
              'data-testid': 'rating-reason',
              name: ids.reason,
            }}
          />
        </View>
      ) : null}
      <View className="portal-actions">
        <ActionButton type="primary" size="large" block loading={busy} disabled={busy} data-testid="rating-submit" onClick={() => void submit()}>
          {t('rate.submit')}
        </ActionButton>
      </View>
    </View>
  );
}
