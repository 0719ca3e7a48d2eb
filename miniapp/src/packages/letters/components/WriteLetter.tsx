import Taro from '@tarojs/taro';
import { View, Text, Image } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import {
  LETTER_RULES,
  LETTER_TOPICS,
  LETTER_TYPES,
  type CityId,
  type DepartmentWithFigures,
  type LetterChannel,
  type MeResponse,
  type PublicLetter,
  type SubmitLetterResponse,
} from '@portal/shared';
import { ActionButton } from '../../../components/ActionButton';
import { FOCUSABLE, focusById } from '../../../components/a11y';
import { DataView } from '../../../components/DataView';
import { Heading } from '../../../components/Heading';
import { useRemote } from '../../../hooks/use-remote';
import { ROUTES, withQuery } from '../../../routes';
import { describeError, errorCode, isRetryable } from '../../../services/error-words';
import type { FormErrors } from '../../../services/field-errors';
import { fetchDepartments } from '../../../services/departments';
import { fetchSimilarLetters, submitLetter, uploadLetterPhoto } from '../../../services/letters';
import { ErrorSummary, ERROR_SUMMARY_ID, type SummaryItem } from '../../account/components/ErrorSummary';
import { TextField } from '../../account/components/TextField';
import { Choices } from '../../vaccination/components/Choices';
import { datesInWords, dayWords } from '../dates';
import {
  checkStep,
  counter,
  DRAFT_STEPS,
  draftHasContent,
  firstIncompleteStep,
  looksLikeMarkup,
  markAttempted,
  newDraft,
  stepOfField,
  toRequest,
  updateDraft,
  withNewKey,
  type DraftField,
  type DraftStep,
  type LetterDraft,
} from '../draft';
import { dropDraft, loadDraft, saveDraft } from '../draft-store';
import { ADDRESSEE_GROUPS, addresseeGroupWords, topicWords, typeWords } from '../format';
import { DRAFT_FIELDS, draftErrorWords, letterFormErrors } from '../letter-errors';
import { rememberPublicLetters } from '../public-cache';
import { askLetterSubscription } from '../subscribe';
import { useLetterI18n } from '../use-words';
import type { LetterWordKey } from '../words';
import { TextArea } from './TextArea';

type Step = DraftStep | 'similar' | 'check';
const FIELD_ID = (f: DraftField) => `lt-${f}`;
const STEP_TITLES: Record<Step, LetterWordKey> = {
  about: 'lt.step.about',
  letter: 'lt.step.letter',
  contact: 'lt.step.contact',
  similar: 'lt.step.similar',
  check: 'lt.step.check',
};
/** Similar letters are looked up by department and topic: a letter to the Premier has no department, so no such step. */
const stepsOf = (channel: LetterChannel): Step[] => (channel === 'premier' ? [...DRAFT_STEPS, 'check'] : [...DRAFT_STEPS, 'similar', 'check']);
const FIELD_LABELS: Record<DraftField, LetterWordKey> = {
  type: 'lt.field.type',
  topic: 'lt.field.topic',
  departmentId: 'lt.field.departmentId',
  title: 'lt.field.title',
  content: 'lt.field.content',
  address: 'lt.field.address',
  photos: 'lt.field.photos',
  contactPhone: 'lt.field.contactPhone',
  publishable: 'lt.field.publishable',
};

function summaryItems(errors: FormErrors<DraftField>): SummaryItem[] {
  const items: SummaryItem[] = DRAFT_FIELDS.filter((f) => errors.fields[f]).map((f) => ({ message: errors.fields[f]!, fieldId: FIELD_ID(f) }));
  if (errors.general) items.push({ message: errors.general });
  return items;
}

function CheckRow({ label, value, testId, onChange, changeLabel }: { label: string; value: string; testId: string; onChange: () => void; changeLabel: string }) {
  const { t } = useLetterI18n();
  return (
    <View className="flow-row" role="listitem">
      <Text className="flow-key">{label}</Text>
      <Text className="flow-value lt-body" data-testid={testId}>
        {value}
      </Text>
      <ActionButton className="flow-change" size="small" fill="none" aria-label={changeLabel} data-testid={`${testId}-change`} onClick={onChange}>
        {t('lt.check.change')}
      </ActionButton>
    </View>
  );
}

/** The confirmation: tracking number and query code large and copyable, and what happens next with its dates. */
export function Confirmation({ result, subscribed }: { result: SubmitLetterResponse; subscribed: boolean }) {
  const { t, text, locale } = useLetterI18n();
  const [copied, setCopied] = useState('');
  const department = result.department ? text(result.department.name) : t('lt.channel.premier');
  const copy = (value: string, what: string) => {
    Taro.setClipboardData({ data: value })
      .then(() => setCopied(t('lt.done.copied', { what })))
      .catch(() => setCopied(t('lt.copy.failed')));
  };
  const steps = result.nextSteps.length
    ? result.nextSteps.map((s) => datesInWords(text(s), locale))
    : [
        t('lt.next.accept', { date: dayWords(result.deadlines.acceptBy, locale), department }),
        t('lt.next.answer', { date: dayWords(result.deadlines.answerBy, locale) }),
        t('lt.next.rate'),
      ];
  return (
    <View className="portal-section" data-testid="lt-confirmation">
      <View className="flow-panel" id="lt-confirmation" {...FOCUSABLE}>
        <View role="heading" aria-level={2} className="flow-panel-title">
          {t('lt.done.title')}
        </View>
        <Text className="flow-panel-text">{t('lt.done.trackingNo')}</Text>
        <Text className="lt-code" data-testid="lt-tracking-no" selectable userSelect>
          {result.trackingNo}
        </Text>
        <Text className="flow-panel-text">{t('lt.done.queryCode')}</Text>
        <Text className="lt-code" data-testid="lt-query-code" selectable userSelect>
          {result.queryCode}
        </Text>
      </View>
      <View className="portal-actions">
        <ActionButton size="large" block data-testid="lt-copy-tracking-no" onClick={() => copy(result.trackingNo, t('lt.done.trackingNo'))}>
          {t('lt.done.copy', { what: t('lt.done.trackingNo') })}
        </ActionButton>
        <ActionButton size="large" block data-testid="lt-copy-query-code" onClick={() => copy(`${result.trackingNo} ${result.queryCode}`, t('lt.done.queryCode'))}>
          {t('lt.done.copy', { what: t('lt.done.queryCode') })}
        </ActionButton>
      </View>
      {copied ? (
        <View className="portal-note" role="status" data-testid="lt-copied">
          {copied}
        </View>
      ) : null}
      <Text className="portal-text flow-paragraph">{t('lt.done.keep')}</Text>
      <Heading level={2} className="portal-heading flow-paragraph">
        {t('lt.done.next')}
      </Heading>
      <Text className="portal-text">{t('lt.done.department', { department })}</Text>
      <View role="list" data-testid="lt-next" data-accept-by={result.deadlines.acceptBy} data-answer-by={result.deadlines.answerBy}>
        {steps.map((line) => (
          <View key={line} role="listitem" className="flow-bullet">
            {line}
          </View>
        ))}
      </View>
      <Text className="portal-text flow-paragraph">{subscribed ? t('lt.done.subscribed') : t('lt.done.messages')}</Text>
      <View className="portal-actions">
        <ActionButton
          type="primary"
          size="large"
          block
          data-testid="lt-done-inquiry"
          onClick={() => void Taro.redirectTo({ url: withQuery(ROUTES.letterInquiry, { no: result.trackingNo, code: result.queryCode }) })}
        >
          {t('lt.done.inquiry')}
        </ActionButton>
        <ActionButton size="large" block data-testid="lt-done-mine" onClick={() => void Taro.redirectTo({ url: ROUTES.myLetters })}>
          {t('lt.done.mine')}
        </ActionButton>
      </View>
    </View>
  );
}

function Addressee({ city, draft, error, onChange }: { city: CityId; draft: LetterDraft; error?: string; onChange: (id: string) => void }) {
  const { t, text } = useLetterI18n();
  const departments = useRemote(() => fetchDepartments(city), [city]);
  return (
    <DataView remote={departments} testId="lt-departments" isEmpty={(d) => d.departments.length === 0}>
      {(data) => {
        const byKind = (kind: string) => data.departments.filter((d: DepartmentWithFigures) => d.kind === kind);
        return (
          <View className={error ? 'portal-section portal-field-invalid' : 'portal-section'} data-testid="lt-addressee">
            <View id={FIELD_ID('departmentId')} {...FOCUSABLE}>
              <Heading level={2}>{t('lt.field.departmentId')}</Heading>
            </View>
            {error ? (
              <View className="portal-field-message" data-testid="lt-departmentId-error">
                {error}
              </View>
            ) : null}
            {ADDRESSEE_GROUPS.filter((kind) => byKind(kind).length).map((kind) => (
              <Choices
                key={kind}
                id={`lt-departments-${kind}`}
                testId="lt-department"
                heading={addresseeGroupWords(kind, t)}
                wide={kind !== 'district'}
                choices={byKind(kind).map((d) => ({ value: d.id, label: text(d.name) }))}
                value={draft.departmentId}
                onChange={onChange}
              />
            ))}
          </View>
        );
      }}
    </DataView>
  );
}

function Photos({ draft, error, onChange }: { draft: LetterDraft; error?: string; onChange: (photos: LetterDraft['photos']) => void }) {
  const { t } = useLetterI18n();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const max = LETTER_RULES.maxPhotos;
  const photos = draft.photos;

  const add = async () => {
    if (busy || photos.length >= max) return;
    setProblem('');
    let chosen: Taro.chooseImage.SuccessCallbackResult;
    try {
      chosen = await Taro.chooseImage({ count: max - photos.length, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    } catch {
      return; // the citizen closed the picker
    }
    setBusy(true);
    const added: LetterDraft['photos'] = [];
    try {
      for (const file of chosen.tempFiles.slice(0, max - photos.length)) {
        const type = (file as { type?: string }).type;
        if (type && !LETTER_RULES.photoTypes.includes(type)) {
          setProblem(t('lt.photos.type'));
          continue;
        }
        if (file.size > LETTER_RULES.maxPhotoBytes) {
          setProblem(t('lt.photos.size'));
          continue;
        }
        try {
          const uploaded = await uploadLetterPhoto(file.path);
          added.push({ photoId: uploaded.photoId, localPath: file.path });
        } catch (err) {
          const code = errorCode(err);
          setProblem(
            code === 'UNSUPPORTED_MEDIA_TYPE' ? t('lt.photos.type') : code === 'PAYLOAD_TOO_LARGE' ? t('lt.photos.size') : t('lt.photos.failed', { reason: describeError(err, t) }),
          );
        }
      }
    } finally {
      setBusy(false);
      if (added.length) onChange([...photos, ...added].slice(0, max));
    }
  };

  const message = error || problem;
  return (
    <View className={message ? 'lt-field portal-field-invalid' : 'lt-field'} data-testid="lt-photos-field">
      <View id={FIELD_ID('photos')} {...FOCUSABLE}>
        <Text className="lt-label">{t('lt.field.photos', { max })}</Text>
      </View>
      <Text className="portal-text-secondary">{t('lt.hint.photos')}</Text>
      {message ? (
        <View className="portal-field-message" role="alert" data-testid="lt-photos-error">
          {message}
        </View>
      ) : null}
      {photos.length ? (
        <View className="lt-photos" role="list">
          {photos.map((p, i) => (
            <View key={p.photoId} className="lt-photo" role="listitem" data-testid="lt-photo">
              <Image
                className="lt-photo-image"
                src={p.localPath}
                mode="aspectFill"
                aria-label={t('lt.photos.alt', { n: i + 1 })}
                {...(process.env.TARO_ENV === 'h5' ? { nativeProps: { alt: t('lt.photos.alt', { n: i + 1 }) } } : {})}
              />
              <ActionButton size="small" block data-testid="lt-photo-remove" onClick={() => onChange(photos.filter((x) => x.photoId !== p.photoId))}>
                {t('lt.photos.remove', { n: i + 1 })}
              </ActionButton>
            </View>
          ))}
        </View>
      ) : null}
      <Text className="lt-counter" aria-live="polite">
        {busy ? t('lt.photos.uploading') : t('lt.photos.count', { n: photos.length, max })}
      </Text>
      {photos.length < max ? (
        <ActionButton size="large" block loading={busy} disabled={busy} data-testid="lt-photo-add" onClick={() => void add()}>
          {t('lt.photos.add')}
        </ActionButton>
      ) : null}
    </View>
  );
}

function Similar({ city, draft, onRead }: { city: CityId; draft: LetterDraft; onRead: (letter: PublicLetter) => void }) {
  const { t, text, locale } = useLetterI18n();
  const similar = useRemote(
    () =>
      fetchSimilarLetters(city, {
        departmentId: draft.channel === 'city' ? draft.departmentId : undefined,
        topic: draft.topic,
        text: `${draft.title} ${draft.content}`.trim().slice(0, 200),
      }).then((r) => {
        rememberPublicLetters(r.items);
        return r;
      }),
    [city],
  );
  return (
    <View className="portal-section" data-testid="lt-similar">
      <Text className="portal-text">{t('lt.similar.text')}</Text>
      <DataView remote={similar} testId="lt-similar" isEmpty={(d) => d.items.length === 0} empty={<Text className="portal-text">{t('lt.similar.none')}</Text>}>
        {(data) => (
          <View role="list">
            {data.items.map((item) => (
              <View key={item.trackingNo} className="lt-card" role="listitem" data-testid="lt-similar-item">
                <Text className="lt-card-title">{item.title}</Text>
                <Text className="lt-meta">
                  {[item.department ? text(item.department.name) : '', topicWords(item.topic, locale), dayWords(item.submittedAt.slice(0, 10), locale)].filter(Boolean).join(' · ')}
                </Text>
                <ActionButton size="large" block data-testid="lt-similar-read" onClick={() => onRead(item)}>
                  {t('lt.similar.read')}
                </ActionButton>
              </View>
            ))}
          </View>
        )}
      </DataView>
    </View>
  );
}

/**
 * Writing a letter, step by step: about (type, topic, addressee) → the letter (title, content
 * with a counter, place, photos) → contact and publication → similar published letters → check →
 * send → confirmation. The draft and its Idempotency-Key live in storage until the BFF answers
 * with a tracking number.
 */
export function Writer({ city, channel, me, onIdentityNeeded }: { city: CityId; channel: LetterChannel; me: MeResponse; onIdentityNeeded: () => void }) {
  const { t, locale } = useLetterI18n();
  const [initial] = useState(() => loadDraft(city, channel));
  const [draft, setDraft] = useState<LetterDraft>(() => initial ?? newDraft(city, channel));
  const [restored] = useState(() => Boolean(initial && draftHasContent(initial)));
  // A restored draft carries on where it stopped: its first unanswered step, else the last look before sending.
  const [step, setStep] = useState<Step>(() => {
    if (!initial || !draftHasContent(initial)) return 'about';
    const gap = firstIncompleteStep(initial);
    if (gap) return gap;
    return initial.attempted || channel === 'premier' ? 'check' : 'similar';
  });
  const [errors, setErrors] = useState<FormErrors<DraftField>>({ fields: {} });
  const [submitProblem, setSubmitProblem] = useState<'uncertain' | 'keyReused' | undefined>(initial?.attempted ? 'uncertain' : undefined);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ result: SubmitLetterResponse; subscribed: boolean } | undefined>(undefined);
  const inFlight = useRef(false);

  useEffect(() => {
    if (!done) saveDraft(draft);
  }, [draft, done]);

  const set = (patch: Parameters<typeof updateDraft>[1]) => {
    setDraft((prev) => updateDraft(prev, patch));
    const touched = Object.keys(patch) as DraftField[];
    setErrors((prev) => {
      const fields = { ...prev.fields };
      for (const f of touched) delete fields[f];
      if ('anonymousInPublic' in patch) delete fields.publishable;
      return { fields, general: prev.general };
    });
  };

  const show = (next: FormErrors<DraftField>) => {
    setErrors(next);
    if (summaryItems(next).length) focusById(ERROR_SUMMARY_ID);
  };

  const goTo = (next: Step, focus?: string) => {
    setStep(next);
    focusById(focus ?? `lt-step-${next}`);
  };

  const forward = () => {
    if (step === 'about' || step === 'letter' || step === 'contact') {
      const found = checkStep(draft, step);
      if (Object.keys(found).length) return show({ fields: draftErrorWords(found, draft, t) });
      setErrors({ fields: {} });
      return goTo(step === 'about' ? 'letter' : step === 'letter' ? 'contact' : channel === 'premier' ? 'check' : 'similar');
    }
    if (step === 'similar') goTo('check');
  };

  const back = () => {
    const steps = stepsOf(channel);
    const index = steps.indexOf(step);
    setErrors({ fields: {} });
    if (index > 0) goTo(steps[index - 1]);
  };

  const change = (field: DraftField) => {
    setErrors({ fields: {} });
    goTo(stepOfField(field), FIELD_ID(field));
  };

  const discard = () => {
    dropDraft(city, channel);
    setDraft(newDraft(city, channel));
    setSubmitProblem(undefined);
    setErrors({ fields: {} });
    goTo('about');
  };

  const send = async (asNew = false) => {
    if (inFlight.current) return;
    const incomplete = firstIncompleteStep(draft);
    if (incomplete) {
      setStep(incomplete);
      return show({ fields: draftErrorWords(checkStep(draft, incomplete), draft, t) });
    }
    inFlight.current = true;
    setBusy(true);
    // WeChat asks for subscriptions only inside the tap; H5 skips it.
    const subscribed = await askLetterSubscription();
    const attempt = markAttempted(asNew ? withNewKey(draft) : draft);
    setDraft(attempt);
    saveDraft(attempt);
    setSubmitProblem(undefined);
    setErrors({ fields: {} });
    try {
      const result = await submitLetter(city, toRequest(attempt), attempt.idempotencyKey);
      dropDraft(city, channel);
      setDone({ result, subscribed });
      focusById('lt-confirmation');
    } catch (error) {
      const code = errorCode(error);
      if (code === 'IDEMPOTENCY_KEY_REUSED') {
        setSubmitProblem('keyReused');
        focusById('lt-submit-problem');
      } else if (code === 'IDENTITY_NOT_VERIFIED' || code === 'PRIVACY_NOT_ACCEPTED') {
        onIdentityNeeded();
      } else if (code === 'VALIDATION_FAILED') {
        const mapped = letterFormErrors(error, attempt, t);
        const first = DRAFT_FIELDS.find((f) => mapped.fields[f]);
        if (first) setStep(stepOfField(first));
        show(mapped);
      } else if (isRetryable(error)) {
        // The answer may have been lost after the letter was stored: the same key makes the retry safe.
        setSubmitProblem('uncertain');
        focusById('lt-submit-problem');
      } else {
        show({ fields: {}, general: describeError(error, t) });
      }
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  if (done) return <Confirmation result={done.result} subscribed={done.subscribed} />;

  const e = errors.fields;
  const allSteps = stepsOf(channel);
  const stepNo = allSteps.indexOf(step) + 1;
  const content = counter(draft.content);

  return (
    <View data-testid="lt-form" data-step={step}>
      <View className="portal-section">
        {restored ? (
          <View className="portal-note" role="status" data-testid="lt-draft-restored">
            {t('lt.draft.restored')}
          </View>
        ) : null}
        <View id={`lt-step-${step}`} {...FOCUSABLE}>
          <Text className="lt-step">{t('lt.step', { n: stepNo, total: allSteps.length })}</Text>
          <Heading level={2}>{t(STEP_TITLES[step])}</Heading>
        </View>
        <ErrorSummary items={summaryItems(errors)} />
      </View>

      {step === 'about' ? (
        <>
          <Choices
            id={FIELD_ID('type')}
            testId="lt-type"
            heading={t('lt.field.type')}
            error={e.type}
            choices={LETTER_TYPES.map((v) => ({ value: v, label: typeWords(v, locale) }))}
            value={draft.type}
            onChange={(v) => set({ type: v as LetterDraft['type'] })}
          />
          <Choices
            id={FIELD_ID('topic')}
            testId="lt-topic"
            heading={t('lt.field.topic')}
            error={e.topic}
            choices={LETTER_TOPICS.map((v) => ({ value: v, label: topicWords(v, locale) }))}
            value={draft.topic}
            onChange={(v) => set({ topic: v as LetterDraft['topic'] })}
          />
          {channel === 'city' ? (
            <Addressee city={city} draft={draft} error={e.departmentId} onChange={(departmentId) => set({ departmentId })} />
          ) : (
            <View className="portal-section">
              <Heading level={2}>{t('lt.field.departmentId')}</Heading>
              <Text className="portal-text" data-testid="lt-addressee-premier">
                {t('lt.addressee.premier')}
              </Text>
            </View>
          )}
        </>
      ) : null}

      {step === 'letter' ? (
        <View className="portal-section">
          <TextField
            id={FIELD_ID('title')}
            testId="lt-title"
            label={t('lt.field.title')}
            hint={t('lt.hint.title', { min: LETTER_RULES.titleMin, max: LETTER_RULES.titleMax })}
            error={e.title}
            value={draft.title}
            maxLength={LETTER_RULES.titleMax + 20}
            onChange={(title) => set({ title })}
          />
          <TextArea
            id={FIELD_ID('content')}
            testId="lt-content"
            label={t('lt.field.content')}
            hint={t('lt.hint.content')}
            error={e.content}
            value={draft.content}
            maxLength={LETTER_RULES.contentMax + 200}
            tall
            onChange={(value) => set({ content: value })}
            footer={
              <>
                <Text className={content.over ? 'lt-counter lt-counter-over' : 'lt-counter'} data-testid="lt-content-counter" data-count={content.count}>
                  {content.over
                    ? t('lt.counter.over', { count: content.count, over: content.count - content.max, max: content.max })
                    : t('lt.counter', { count: content.count, left: content.left })}
                </Text>
                {looksLikeMarkup(draft.content) || looksLikeMarkup(draft.title) ? (
                  <Text className="lt-meta" data-testid="lt-markup-note">
                    {t('lt.markup.note')}
                  </Text>
                ) : null}
              </>
            }
          />
          <View className="lt-field">
            <TextField
              id={FIELD_ID('address')}
              testId="lt-address"
              label={t('lt.field.address')}
              hint={t('lt.hint.address')}
              error={e.address}
              value={draft.address}
              maxLength={LETTER_RULES.addressMax + 20}
              onChange={(address) => set({ address, latitude: undefined, longitude: undefined })}
            />
            {process.env.TARO_ENV === 'weapp' ? (
              <ActionButton
                size="large"
                block
                data-testid="lt-location-choose"
                onClick={() => {
                  Taro.chooseLocation({})
                    .then((r) => set({ address: [r.address, r.name].filter(Boolean).join(' ').slice(0, LETTER_RULES.addressMax), latitude: r.latitude, longitude: r.longitude }))
                    .catch(() => undefined);
                }}
              >
                {t('lt.location.choose')}
              </ActionButton>
            ) : null}
          </View>
          <Photos draft={draft} error={e.photos} onChange={(photos) => set({ photos })} />
        </View>
      ) : null}

      {step === 'contact' ? (
        <>
          <View className="portal-section">
            <TextField
              id={FIELD_ID('contactPhone')}
              testId="lt-contactPhone"
              label={t('lt.field.contactPhone')}
              hint={[t('lt.hint.contactPhone'), me.phone ? t('lt.hint.contactPhone.signedIn', { phone: me.phone }) : ''].filter(Boolean).join(' ')}
              error={e.contactPhone}
              value={draft.contactPhone}
              keyboard="number"
              maxLength={20}
              autoComplete="tel"
              onChange={(contactPhone) => set({ contactPhone })}
            />
          </View>
          <Choices
            id={FIELD_ID('publishable')}
            testId="lt-publishable"
            heading={t('lt.field.publishable')}
            error={e.publishable}
            wide
            choices={[
              { value: 'yes', label: t('lt.publish.yes') },
              { value: 'no', label: t('lt.publish.no') },
            ]}
            value={draft.publishable === undefined ? undefined : draft.publishable ? 'yes' : 'no'}
            onChange={(v) => set({ publishable: v === 'yes', ...(v === 'no' ? { anonymousInPublic: false } : {}) })}
          />
          <View className="portal-section">
            <Text className="portal-text-secondary">{t('lt.hint.publishable')}</Text>
          </View>
          {draft.publishable ? (
            <>
              <Choices
                id="lt-anonymous"
                testId="lt-anonymous"
                heading={t('lt.field.anonymous')}
                wide
                choices={[
                  { value: 'yes', label: t('lt.anonymous.yes') },
                  { value: 'no', label: t('lt.anonymous.no') },
                ]}
                value={draft.anonymousInPublic ? 'yes' : 'no'}
                onChange={(v) => set({ anonymousInPublic: v === 'yes' })}
              />
              <View className="portal-section">
                <Text className="portal-text" data-testid="lt-anonymous-note">
                  {t('lt.hint.anonymous')}
                </Text>
              </View>
            </>
          ) : null}
        </>
      ) : null}

      {step === 'similar' ? (
        <Similar city={city} draft={draft} onRead={(item) => void Taro.navigateTo({ url: withQuery(ROUTES.publicLetter, { no: item.trackingNo }) })} />
      ) : null}

      {step === 'check' ? (
        <CheckPage
          draft={draft}
          onChange={change}
          city={city}
          busy={busy}
          problem={submitProblem}
          onSend={() => void send()}
          onSendAsNew={() => void send(true)}
        />
      ) : null}

      <View className="portal-section">
        <View className="portal-actions">
          {step !== 'check' ? (
            <ActionButton type="primary" size="large" block data-testid="lt-continue" onClick={forward}>
              {step === 'similar' ? t('lt.similar.continue') : t('lt.continue')}
            </ActionButton>
          ) : null}
          {step !== 'about' ? (
            <ActionButton size="large" block data-testid="lt-back" onClick={back}>
              {t('lt.back')}
            </ActionButton>
          ) : null}
        </View>
        {draftHasContent(draft) ? (
          <>
            <Text className="portal-text-secondary flow-paragraph" data-testid="lt-draft-saved">
              {t('lt.draft.saved')}
            </Text>
            <View className="portal-actions">
              <ActionButton size="large" fill="none" block data-testid="lt-draft-discard" onClick={discard}>
                {t('lt.draft.discard')}
              </ActionButton>
            </View>
          </>
        ) : null}
      </View>
    </View>
  );

}

function CheckPage({
  city,
    draft: d,
    onChange,
    busy: sending,
    problem,
    onSend,
    onSendAsNew,
  }: {
    draft: LetterDraft;
    onChange: (f: DraftField) => void;
    city: CityId;
    busy: boolean;
    problem?: 'uncertain' | 'keyReused';
    onSend: () => void;
    onSendAsNew: () => void;
  }) {
    const { t, text, locale } = useLetterI18n();
    const departments = useRemote(() => (d.channel === 'city' ? fetchDepartments(city) : undefined), [city, d.channel]);
    const dept = departments.data?.departments.find((x) => x.id === d.departmentId);
    // Short labels on the check page: the form's “(optional, at most 3)” is no question here.
    const label = (f: DraftField) => (f === 'address' ? t('lt.location') : f === 'photos' ? t('lt.photos') : t(FIELD_LABELS[f], { max: LETTER_RULES.maxPhotos }));
    const row = (f: DraftField, value: string, testId: string) => (
      <CheckRow label={label(f)} value={value} testId={testId} onChange={() => onChange(f)} changeLabel={t('lt.check.change.label', { field: label(f) })} />
    );
    return (
      <View className="portal-section" data-testid="lt-check">
        <Text className="portal-text">{t('lt.check.intro')}</Text>
        <View className="flow-list" role="list">
          {row('type', d.type ? typeWords(d.type, locale) : '', 'lt-check-type')}
          {row('topic', d.topic ? topicWords(d.topic, locale) : '', 'lt-check-topic')}
          {d.channel === 'city' ? row('departmentId', dept ? text(dept.name) : d.departmentId ?? '', 'lt-check-department') : null}
          {row('title', d.title.trim(), 'lt-check-title')}
          {row('content', d.content.trim(), 'lt-check-content')}
          {row('address', d.address.trim() || t('lt.check.none'), 'lt-check-address')}
          {row('photos', d.photos.length ? t('lt.check.photos', { n: d.photos.length }) : t('lt.check.none'), 'lt-check-photos')}
          {row('contactPhone', d.contactPhone.trim(), 'lt-check-phone')}
          {row(
            'publishable',
            d.publishable ? `${t('lt.publish.yes')}；${d.anonymousInPublic ? t('lt.anonymous.yes') : t('lt.anonymous.no')}` : t('lt.publish.no'),
            'lt-check-publishable',
          )}
        </View>
        <View id="lt-submit-problem" {...FOCUSABLE}>
          {problem === 'uncertain' ? (
            <View className="portal-error" role="alert" data-testid="lt-submit-uncertain">
              {t('lt.submit.uncertain')}
            </View>
          ) : null}
          {problem === 'keyReused' ? (
            <View className="portal-error" role="alert" data-testid="lt-submit-key-reused">
              <Text className="portal-text">{t('lt.submit.keyReused')}</Text>
              <View className="portal-actions">
                <ActionButton size="large" block data-testid="lt-submit-mine" onClick={() => void Taro.navigateTo({ url: ROUTES.myLetters })}>
                  {t('lt.submit.mine')}
                </ActionButton>
                <ActionButton size="large" block data-testid="lt-submit-as-new" onClick={onSendAsNew}>
                  {t('lt.submit.asNew')}
                </ActionButton>
              </View>
            </View>
          ) : null}
        </View>
        <Text className="portal-text-secondary flow-paragraph">{t('lt.check.declaration')}</Text>
        <View className="portal-actions">
          <ActionButton type="primary" size="large" block loading={sending} disabled={sending} data-testid="lt-confirm" onClick={onSend}>
            {problem === 'uncertain' ? t('lt.submit.retry') : t('lt.check.confirm')}
          </ActionButton>
        </View>
      </View>
    );
  }
