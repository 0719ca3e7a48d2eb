import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useCallback, useState } from 'react';
import {
  ANSWER_OUTCOMES,
  ANSWER_OUTCOME_LABELS,
  LETTER_RULES,
  LETTER_STATUS_LABELS,
  LETTER_TOPIC_LABELS,
  LETTER_TYPE_LABELS,
  type AnswerOutcome,
  type LetterAnswer,
  type LetterEventKind,
  type StaffLetterView,
  type StaffProfile,
} from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { FOCUSABLE, focusById } from '../../../../components/a11y';
import { Heading } from '../../../../components/Heading';
import { LetterPhotos, type LetterPhotoWords } from '../../../../components/LetterPhotos';
import { PageShell } from '../../../../components/PageShell';
import { useRemote } from '../../../../hooks/use-remote';
import { dateWords, type DomainTranslate } from '../../../../i18n/domain';
import { WORKBENCH_MESSAGES, type WorkbenchKey } from '../../../../i18n/domains/workbench';
import { useDomainI18n } from '../../../../i18n/use-domain-i18n';
import { ROUTES } from '../../../../routes';
import { ApiError, describeError, errorCode } from '../../../../services/error-words';
import { formErrorsFrom } from '../../../../services/field-errors';
import {
  acceptLetter,
  answerLetter,
  declineLetter,
  downloadStaffLetterPhoto,
  extendLetter,
  fetchCityDepartments,
  fetchStaffLetter,
  mergeLetter,
  publishLetter,
  transferLetter,
} from '../../../../services/workbench';
import { ERROR_SUMMARY_ID, ErrorSummary, type SummaryItem } from '../../../account/components/ErrorSummary';
import { InlineConfirm } from '../../../account/components/InlineConfirm';
import { TextField } from '../../../account/components/TextField';
import {
  answerDeadline,
  availableActions,
  checkAnswer,
  checkExtend,
  checkMerge,
  checkPublish,
  checkReason,
  checkTransfer,
  normaliseTrackingNo,
  parseWorkingDays,
  publishDraft,
  type Problem,
  type StaffAction,
} from '../../case-actions';
import { OptionGroup } from '../../components/Options';
import { StaffBar } from '../../components/StaffBar';
import { StaffGate } from '../../components/StaffGate';
import { TextAreaField } from '../../components/TextArea';
import { actionLabel, chinaDateTime } from '../../labels';
import '../../../account/account.scss';
import '../../workbench.scss';

type T = DomainTranslate<WorkbenchKey>;
type FormField = 'reason' | 'departmentId' | 'intoTrackingNo' | 'outcome' | 'text' | 'workingDays' | 'title' | 'content' | 'answer';
/** In the order the fields appear on every form (the reason comes last wherever it is asked), so the error summary reads top to bottom. */
const FORM_FIELDS: FormField[] = ['departmentId', 'intoTrackingNo', 'outcome', 'text', 'workingDays', 'title', 'content', 'answer', 'reason'];

interface FormState {
  reason: string;
  departmentId: string;
  intoTrackingNo: string;
  outcome: AnswerOutcome | undefined;
  text: string;
  workingDays: string;
  title: string;
  content: string;
  answer: string;
}

function emptyForm(letter: StaffLetterView): FormState {
  const draft = publishDraft(letter);
  return { reason: '', departmentId: '', intoTrackingNo: '', outcome: undefined, text: '', workingDays: '', ...draft };
}

const FIELD_LABELS: Record<FormField, WorkbenchKey> = {
  reason: 'wb.field.reason',
  departmentId: 'wb.field.department',
  intoTrackingNo: 'wb.field.into',
  outcome: 'wb.field.outcome',
  text: 'wb.field.answer',
  workingDays: 'wb.field.days',
  title: 'wb.field.publish.title',
  content: 'wb.field.publish.content',
  answer: 'wb.field.publish.answer',
};

/** A local problem in the page's words. */
function problemWords(field: FormField, problem: Problem, t: T): string {
  if (problem === 'personal-id' || problem === 'personal-phone' || problem === 'personal-name') return t(`wb.problem.${problem}`, { field: t(FIELD_LABELS[field]) });
  const limits: Record<string, { min?: number; max?: number }> = {
    reason: { min: LETTER_RULES.reasonMin, max: LETTER_RULES.reasonMax },
    text: { max: LETTER_RULES.answerMax },
    workingDays: { max: LETTER_RULES.maxExtensionWorkingDays },
    title: { min: LETTER_RULES.titleMin, max: LETTER_RULES.titleMax },
    content: { min: LETTER_RULES.contentMin, max: LETTER_RULES.contentMax },
    answer: { max: LETTER_RULES.answerMax },
  };
  const params = { min: limits[field]?.min ?? 0, max: limits[field]?.max ?? 0 };
  return t(`wb.problem.${field}.${problem}` as WorkbenchKey, params);
}

function Row({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <View className="flow-row" role="listitem">
      <Text className="flow-key">{label}</Text>
      <Text className="flow-value" data-testid={testId}>
        {value}
      </Text>
    </View>
  );
}

function AnswerBlock({ heading, answer, testId }: { heading: string; answer: LetterAnswer; testId: string }) {
  const { t, locale } = useDomainI18n(WORKBENCH_MESSAGES);
  return (
    <View className="portal-section" data-testid={testId}>
      <Heading level={2}>{heading}</Heading>
      <View className="flow-list" role="list">
        <Row label={t('wb.case.outcome')} value={ANSWER_OUTCOME_LABELS[answer.outcome][locale]} testId={`${testId}-outcome`} />
        <Row label={t('wb.case.submitted')} value={chinaDateTime(answer.answeredAt)} />
      </View>
      <Text className="wb-prose" data-testid={`${testId}-text`}>
        {answer.text}
      </Text>
    </View>
  );
}

function CaseDetails({ letter }: { letter: StaffLetterView }) {
  const { t, locale } = useDomainI18n(WORKBENCH_MESSAGES);
  // Downloaded with the staff token (an <Image> cannot send it); each view is audited by the BFF.
  const loadPhoto = useCallback((photoId: string) => downloadStaffLetterPhoto(letter.id, photoId), [letter.id]);
  const photoWords: LetterPhotoWords = {
    alt: (position) => t('wb.case.photos.alt', { position }),
    loading: (position) => t('wb.case.photos.loading', { position }),
    failed: (position) => t('wb.case.photos.failed', { position }),
    retry: t('wb.case.photos.retry'),
    enlarge: t('wb.case.photos.enlarge'),
    shrink: t('wb.case.photos.shrink'),
  };
  const name = (ref: { name: { zh: string; en: string } } | null) => (ref ? ref.name[locale] || ref.name.zh : t('common.none'));
  return (
    <>
      <View className="portal-section" data-testid="wb-case-status" data-status={letter.status} data-overdue={letter.overdue ? 'true' : 'false'}>
        <Heading level={1}>{letter.title}</Heading>
        <View className="wb-flags">
          <Text className="wb-flag wb-flag-status" data-testid="wb-case-status-text">
            {LETTER_STATUS_LABELS[letter.status][locale]}
          </Text>
          {letter.overdue ? (
            <Text className="wb-flag wb-flag-overdue" data-testid="wb-flag-overdue">
              {t('wb.inbox.overdue')}
            </Text>
          ) : null}
          {letter.escalated ? (
            <Text className="wb-flag wb-flag-escalated" data-testid="wb-flag-escalated">
              {t('wb.inbox.escalated')}
            </Text>
          ) : null}
        </View>
        {letter.overdue ? <Text className="portal-field-message">{t(letter.escalated ? 'wb.case.escalated' : 'wb.case.overdue')}</Text> : null}
        {letter.mergedInto ? <Text className="portal-text">{t('wb.case.mergedInto', { trackingNo: letter.mergedInto })}</Text> : null}
      </View>

      <View className="portal-section" data-testid="wb-case-writer">
        <Heading level={2}>{t('wb.case.writer')}</Heading>
        <View className="flow-list" role="list">
          <Row label={t('wb.case.writer.name')} value={letter.writerName} testId="wb-case-writer-name" />
          <Row label={t('wb.case.writer.phone')} value={letter.writerPhone} testId="wb-case-writer-phone" />
          <Row label={t('wb.case.publishable')} value={t(letter.publishable ? 'wb.case.publishable.yes' : 'wb.case.publishable.no')} testId="wb-case-publishable" />
          {letter.publishable ? <Row label={t('wb.case.anonymous')} value={letter.anonymousInPublic ? '✓' : t('common.none')} /> : null}
        </View>
        <Text className="portal-text-secondary flow-paragraph">{t('wb.case.writer.note')}</Text>
      </View>

      <View className="portal-section" data-testid="wb-case-letter">
        <Heading level={2}>{t('wb.case.letter')}</Heading>
        <View className="flow-list" role="list">
          <Row label={t('wb.case.trackingNo')} value={letter.trackingNo} testId="wb-case-tracking-no" />
          <Row label={t('wb.case.type')} value={LETTER_TYPE_LABELS[letter.type][locale]} />
          <Row label={t('wb.case.topic')} value={LETTER_TOPIC_LABELS[letter.topic][locale]} />
          <Row label={t('wb.case.department')} value={name(letter.department)} testId="wb-case-department" />
          <Row label={t('wb.case.submitted')} value={chinaDateTime(letter.submittedAt)} />
          {letter.location ? <Row label={t('wb.case.location')} value={letter.location.address} testId="wb-case-location" /> : null}
        </View>
        <Text className="wb-prose" data-testid="wb-case-content">
          {letter.content}
        </Text>
        {letter.photoIds.length ? (
          <View data-testid="wb-case-photos" data-count={letter.photoIds.length}>
            <Heading level={3}>{t('wb.case.photos')}</Heading>
            <Text className="portal-text-secondary">{t('wb.case.photos.count', { n: letter.photoIds.length })}</Text>
            <LetterPhotos photoIds={letter.photoIds} load={loadPhoto} words={photoWords} testId="wb-case-photo" />
          </View>
        ) : null}
      </View>

      <View className="portal-section" data-testid="wb-case-deadlines">
        <Heading level={2}>{t('wb.case.deadlines')}</Heading>
        <View className="flow-list" role="list">
          <Row label={t('wb.case.acceptBy')} value={dateWords(letter.deadlines.acceptBy, locale)} testId="wb-case-accept-by" />
          <Row label={t('wb.case.answerBy')} value={dateWords(letter.deadlines.answerBy, locale)} testId="wb-case-answer-by" />
          {letter.deadlines.extendedTo ? <Row label={t('wb.case.extendedTo')} value={dateWords(letter.deadlines.extendedTo, locale)} testId="wb-case-extended-to" /> : null}
          {letter.deadlines.reexaminationBy ? <Row label={t('wb.case.reexaminationBy')} value={dateWords(letter.deadlines.reexaminationBy, locale)} /> : null}
        </View>
      </View>

      {letter.answer ? <AnswerBlock heading={t('wb.case.answer')} answer={letter.answer} testId="wb-case-answer" /> : null}
      {letter.reexaminationAnswer ? <AnswerBlock heading={t('wb.case.reexaminationAnswer')} answer={letter.reexaminationAnswer} testId="wb-case-reexamination-answer" /> : null}

      {letter.public ? (
        <View className="portal-section" data-testid="wb-case-public">
          <Heading level={2}>{t('wb.case.published')}</Heading>
          <Text className="wb-prose">{letter.public.title}</Text>
          <Text className="wb-prose">{letter.public.content}</Text>
          <Text className="wb-prose">{letter.public.answer}</Text>
        </View>
      ) : null}

      <View className="portal-section" data-testid="wb-case-timeline">
        <Heading level={2}>{t('wb.case.timeline')}</Heading>
        <View role="list">
          {letter.timeline.map((event, index) => (
            <View key={`${event.at}-${index}`} className="wb-event" role="listitem" data-testid="wb-case-event" data-kind={event.kind}>
              <Text className="wb-meta">{chinaDateTime(event.at)}</Text>
              <Text className="portal-text">{timelineWords(event.kind, t)}</Text>
              {event.department ? <Text className="wb-meta">{name(event.department)}</Text> : null}
              {event.note ? <Text className="wb-prose">{event.note}</Text> : null}
            </View>
          ))}
        </View>
      </View>
    </>
  );
}

function timelineWords(kind: LetterEventKind, t: T): string {
  return t(`wb.event.${kind}` as WorkbenchKey);
}

/** The chosen action's form, then its confirm step in the page, then the refreshed case. */
function ActionPanel({ letter, staff, onDone }: { letter: StaffLetterView; staff: StaffProfile; onDone: (action: StaffAction | 'conflict', to?: string) => Promise<void> }) {
  const { t, locale } = useDomainI18n(WORKBENCH_MESSAGES);
  const actions = availableActions(letter);
  const [action, setAction] = useState<StaffAction | undefined>(undefined);
  const [step, setStep] = useState<'form' | 'confirm'>('form');
  const [form, setForm] = useState<FormState>(() => emptyForm(letter));
  const [problems, setProblems] = useState<Partial<Record<FormField, string>>>({});
  const [general, setGeneral] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const departments = useRemote(() => (action === 'transfer' ? fetchCityDepartments(staff.department.city) : undefined), [action, staff.department.city]);

  const set = (patch: Partial<FormState>) => {
    setForm((prev) => ({ ...prev, ...patch }));
    setProblems((prev) => {
      const next = { ...prev };
      Object.keys(patch).forEach((k) => delete next[k as FormField]);
      return next;
    });
  };

  const choose = (next: StaffAction) => {
    setAction(next);
    setForm(emptyForm(letter));
    setProblems({});
    setGeneral(undefined);
    setStep(next === 'accept' ? 'confirm' : 'form');
    focusById('wb-action-form');
  };

  const cancel = () => {
    setAction(undefined);
    setStep('form');
    setProblems({});
    setGeneral(undefined);
    focusById('wb-actions');
  };

  const departmentName = (id: string) => {
    const found = departments.data?.departments.find((d) => d.id === id);
    return found ? found.name[locale] || found.name.zh : id;
  };

  const localProblems = (): Partial<Record<FormField, Problem>> => {
    switch (action) {
      case 'decline':
        return checkReason(form.reason);
      case 'transfer':
        return checkTransfer(form, letter.department?.id);
      case 'merge':
        return checkMerge({ intoTrackingNo: form.intoTrackingNo, reason: form.reason }, letter.trackingNo);
      case 'answer':
        return checkAnswer(form);
      case 'extend':
        return checkExtend(form);
      case 'publish':
        return checkPublish(form, { name: letter.writerName, phone: letter.writerPhone });
      default:
        return {};
    }
  };

  const next = () => {
    const found = localProblems();
    const words: Partial<Record<FormField, string>> = {};
    (Object.entries(found) as [FormField, Problem][]).forEach(([field, problem]) => {
      words[field] = problemWords(field, problem, t);
    });
    setProblems(words);
    setGeneral(undefined);
    if (Object.keys(words).length) return focusById(ERROR_SUMMARY_ID);
    setStep('confirm');
    focusById('wb-confirm');
  };

  const send = async (): Promise<unknown> => {
    const id = letter.id;
    switch (action) {
      case 'accept':
        return acceptLetter(id);
      case 'decline':
        return declineLetter(id, { reason: form.reason.trim() });
      case 'transfer':
        return transferLetter(id, { departmentId: form.departmentId, reason: form.reason.trim() });
      case 'merge':
        return mergeLetter(id, { intoTrackingNo: normaliseTrackingNo(form.intoTrackingNo), ...(form.reason.trim() ? { reason: form.reason.trim() } : {}) });
      case 'answer':
        return answerLetter(id, { outcome: form.outcome!, text: form.text.trim() });
      case 'extend':
        return extendLetter(id, { workingDays: parseWorkingDays(form.workingDays)!, reason: form.reason.trim() });
      case 'publish':
        return publishLetter(id, { title: form.title.trim(), content: form.content.trim(), answer: form.answer.trim() });
      default:
        return undefined;
    }
  };

  const confirm = async () => {
    if (busy || !action) return;
    setBusy(true);
    try {
      await send();
      const done = action;
      const to = action === 'transfer' ? departmentName(form.departmentId) : undefined;
      setAction(undefined);
      setStep('form');
      await onDone(done, to);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'LETTER_STATE_CONFLICT' || code === 'LETTER_CHANGED') {
        setAction(undefined);
        setStep('form');
        await onDone('conflict');
        return;
      }
      const errors = formErrorsFrom(error, FORM_FIELDS, t);
      setProblems(errors.fields);
      setGeneral(errors.general ?? (Object.keys(errors.fields).length ? undefined : describeError(error, t)));
      setStep(action === 'accept' ? 'confirm' : 'form');
      focusById(ERROR_SUMMARY_ID);
    } finally {
      setBusy(false);
    }
  };

  if (actions.length === 0) {
    return (
      <View className="portal-section" data-testid="wb-actions" data-actions="">
        <Heading level={2}>{t('wb.case.actions')}</Heading>
        <Text className="portal-text" data-testid="wb-no-actions">
          {t('wb.case.noActions')}
        </Text>
      </View>
    );
  }

  const confirmMessage = (): string => {
    switch (action) {
      case 'accept':
        return t('wb.confirm.accept', { date: dateWords(letter.deadlines.answerBy, locale) });
      case 'decline':
        return t('wb.confirm.decline');
      case 'transfer':
        return t('wb.confirm.transfer', { department: departmentName(form.departmentId) });
      case 'merge':
        return t('wb.confirm.merge', { trackingNo: normaliseTrackingNo(form.intoTrackingNo) });
      case 'answer':
        return t('wb.confirm.answer', { outcome: form.outcome ? ANSWER_OUTCOME_LABELS[form.outcome][locale] : '' });
      case 'extend':
        return t('wb.confirm.extend', { days: parseWorkingDays(form.workingDays) ?? 0 });
      default:
        return t('wb.confirm.publish');
    }
  };

  const items: SummaryItem[] = [
    ...FORM_FIELDS.filter((f) => problems[f]).map((f) => ({ message: problems[f]!, fieldId: `wb-${f}` })),
    ...(general ? [{ message: general }] : []),
  ];
  const counter = (count: number, max: number) => t('wb.counter', { count, max });
  const reasonField = (hint: WorkbenchKey) => (
    <TextAreaField
      id="wb-reason"
      testId="wb-reason"
      label={t('wb.field.reason')}
      hint={t(hint, { min: LETTER_RULES.reasonMin, max: LETTER_RULES.reasonMax })}
      error={problems.reason}
      value={form.reason}
      onChange={(reason) => set({ reason })}
      maxLength={LETTER_RULES.reasonMax}
      counter={counter}
    />
  );

  return (
    <View className="portal-section" data-testid="wb-actions" data-actions={actions.join(' ')}>
      <View id="wb-actions" {...FOCUSABLE}>
        <Heading level={2}>{t('wb.case.actions')}</Heading>
      </View>
      {action === undefined ? (
        <View className="wb-action-list">
          {actions.map((a) => (
            <ActionButton key={a} type={a === 'accept' || a === 'answer' ? 'primary' : 'default'} size="large" block data-testid={`wb-action-${a}`} onClick={() => choose(a)}>
              {actionLabel(a, t)}
            </ActionButton>
          ))}
        </View>
      ) : (
        <View className="wb-action-form" data-testid="wb-action-form" data-action={action} data-step={step}>
          <View id="wb-action-form" {...FOCUSABLE}>
            <Heading level={3} className="portal-heading">
              {actionLabel(action, t)}
            </Heading>
          </View>
          <ErrorSummary items={items} />
          {step === 'form' ? (
            <View className="portal-form">
              {action === 'decline' ? reasonField('wb.field.reason.hint.decline') : null}
              {action === 'transfer' ? (
                <>
                  {departments.status === 'loading' ? <Text className="portal-text">{t('state.loading')}</Text> : null}
                  {departments.status === 'error' ? (
                    <View className="portal-error" role="alert" data-testid="wb-departments-error">
                      {describeError(departments.error, t)}
                    </View>
                  ) : null}
                  {departments.data ? (
                    <OptionGroup
                      id="wb-departmentId"
                      testId="wb-department"
                      label={t('wb.field.department')}
                      hint={t('wb.field.department.choose')}
                      error={problems.departmentId}
                      options={departments.data.departments
                        .filter((d) => d.id !== letter.department?.id)
                        .map((d) => ({ value: d.id, label: d.name[locale] || d.name.zh }))}
                      selected={form.departmentId ? [form.departmentId] : []}
                      onToggle={(departmentId) => set({ departmentId })}
                    />
                  ) : null}
                  {reasonField('wb.field.reason.hint.transfer')}
                </>
              ) : null}
              {action === 'merge' ? (
                <>
                  <TextField
                    id="wb-intoTrackingNo"
                    testId="wb-into"
                    label={t('wb.field.into')}
                    hint={t('wb.field.into.hint')}
                    error={problems.intoTrackingNo}
                    value={form.intoTrackingNo}
                    onChange={(intoTrackingNo) => set({ intoTrackingNo })}
                    maxLength={24}
                  />
                  <TextAreaField
                    id="wb-reason"
                    testId="wb-reason"
                    label={t('wb.field.mergeReason')}
                    error={problems.reason}
                    value={form.reason}
                    onChange={(reason) => set({ reason })}
                    maxLength={LETTER_RULES.reasonMax}
                    counter={counter}
                  />
                </>
              ) : null}
              {action === 'answer' ? (
                <>
                  <OptionGroup
                    id="wb-outcome"
                    testId="wb-outcome"
                    label={t('wb.field.outcome')}
                    error={problems.outcome}
                    options={ANSWER_OUTCOMES.map((o) => ({ value: o, label: ANSWER_OUTCOME_LABELS[o][locale] }))}
                    selected={form.outcome ? [form.outcome] : []}
                    onToggle={(outcome) => set({ outcome: outcome as AnswerOutcome })}
                  />
                  <TextAreaField
                    id="wb-text"
                    testId="wb-answer-text"
                    label={t('wb.field.answer')}
                    hint={t('wb.field.answer.hint', { max: LETTER_RULES.answerMax })}
                    error={problems.text}
                    value={form.text}
                    onChange={(text) => set({ text })}
                    maxLength={LETTER_RULES.answerMax}
                    counter={counter}
                  />
                </>
              ) : null}
              {action === 'extend' ? (
                <>
                  <TextField
                    id="wb-workingDays"
                    testId="wb-days"
                    keyboard="number"
                    label={t('wb.field.days')}
                    hint={t('wb.field.days.hint', { max: LETTER_RULES.maxExtensionWorkingDays, date: dateWords(answerDeadline(letter), locale) })}
                    error={problems.workingDays}
                    value={form.workingDays}
                    onChange={(workingDays) => set({ workingDays })}
                    maxLength={3}
                  />
                  {reasonField('wb.field.reason.hint.extend')}
                </>
              ) : null}
              {action === 'publish' ? (
                <>
                  <Text className="portal-note">{t('wb.field.publish.hint')}</Text>
                  <TextField
                    id="wb-title"
                    testId="wb-publish-title"
                    label={t('wb.field.publish.title')}
                    error={problems.title}
                    value={form.title}
                    onChange={(title) => set({ title })}
                    maxLength={LETTER_RULES.titleMax + 20}
                  />
                  <TextAreaField
                    id="wb-content"
                    testId="wb-publish-content"
                    label={t('wb.field.publish.content')}
                    error={problems.content}
                    value={form.content}
                    onChange={(content) => set({ content })}
                    maxLength={LETTER_RULES.contentMax}
                    counter={counter}
                  />
                  <TextAreaField
                    id="wb-answer"
                    testId="wb-publish-answer"
                    label={t('wb.field.publish.answer')}
                    error={problems.answer}
                    value={form.answer}
                    onChange={(answer) => set({ answer })}
                    maxLength={LETTER_RULES.answerMax}
                    counter={counter}
                  />
                </>
              ) : null}
              <View className="portal-actions">
                <ActionButton type="primary" size="large" data-testid="wb-continue" onClick={next}>
                  {t('wb.continue')}
                </ActionButton>
                <ActionButton size="large" data-testid="wb-cancel" onClick={cancel}>
                  {t('common.cancel')}
                </ActionButton>
              </View>
            </View>
          ) : (
            <View id="wb-confirm" {...FOCUSABLE}>
              <InlineConfirm
                message={confirmMessage()}
                confirmText={t('wb.confirm.yes', { action: actionLabel(action, t) })}
                confirmTestId="wb-confirm"
                cancelTestId="wb-confirm-cancel"
                busy={busy}
                onConfirm={() => void confirm()}
                onCancel={action === 'accept' ? cancel : () => setStep('form')}
              />
            </View>
          )}
        </View>
      )}
    </View>
  );
}

function Case({ id, staff }: { id: string; staff: StaffProfile }) {
  const { t } = useDomainI18n(WORKBENCH_MESSAGES);
  const remote = useRemote(() => fetchStaffLetter(id), [id, staff.id]);
  const [done, setDone] = useState<StaffAction | 'conflict' | undefined>(undefined);
  const [transferredTo, setTransferredTo] = useState<string | undefined>(undefined);

  const onDone = async (action: StaffAction | 'conflict', to?: string) => {
    setDone(action);
    // A transferred letter has left the department: it is no longer ours to show.
    if (action === 'transfer') {
      setTransferredTo(to ?? '');
      focusById('wb-done');
      return;
    }
    await remote.reload();
    focusById('wb-done');
  };

  const notFound = remote.status === 'error' && remote.error instanceof ApiError && (remote.error.failure.kind === 'envelope' || remote.error.failure.kind === 'http') && remote.error.failure.status === 404;
  const back = () => void Taro.redirectTo({ url: ROUTES.staffInbox });

  if (transferredTo !== undefined) {
    return (
      <View className="portal-section" data-testid="wb-transferred">
        <View className="wb-done" id="wb-done" {...FOCUSABLE} role="status" data-testid="wb-done" data-action="transfer">
          {t('wb.case.transferred', { department: transferredTo })}
        </View>
        <View className="portal-actions">
          <ActionButton type="primary" size="large" block data-testid="wb-case-back" onClick={back}>
            {t('wb.case.back')}
          </ActionButton>
        </View>
      </View>
    );
  }

  if (notFound) {
    return (
      <View className="portal-section" data-testid="wb-case-not-found">
        <Heading level={1}>{t('wb.case.title')}</Heading>
        <Text className="portal-text">{t('wb.case.notFound')}</Text>
        <View className="portal-actions">
          <ActionButton type="primary" size="large" block data-testid="wb-case-back" onClick={back}>
            {t('wb.case.back')}
          </ActionButton>
        </View>
      </View>
    );
  }

  if (remote.status === 'error' || !remote.data) {
    return (
      <View className="portal-section">
        {remote.status === 'error' ? (
          <View className="portal-state" data-testid="wb-case-error">
            <View className="portal-error" role="alert">
              {describeError(remote.error, t)}
            </View>
            <ActionButton type="primary" size="large" block onClick={() => void remote.reload()} data-testid="wb-case-retry">
              {t('state.retry')}
            </ActionButton>
          </View>
        ) : (
          <Text className="portal-text" data-testid="wb-case-loading" aria-busy="true">
            {t('state.loading')}
          </Text>
        )}
      </View>
    );
  }

  const letter = remote.data;
  return (
    <View data-testid="wb-case" data-id={letter.id} data-tracking-no={letter.trackingNo}>
      {done ? (
        <View className="portal-section">
          <View className="wb-done" id="wb-done" {...FOCUSABLE} role="status" data-testid={done === 'conflict' ? 'wb-conflict' : 'wb-done'} data-action={done}>
            {done === 'conflict' ? t('wb.conflict') : t('wb.case.done', { action: actionLabel(done, t) })}
          </View>
        </View>
      ) : null}
      <CaseDetails letter={letter} />
      <ActionPanel key={`${letter.status}-${letter.timeline.length}`} letter={letter} staff={staff} onDone={onDone} />
      <View className="portal-section">
        <ActionButton size="large" block fill="outline" data-testid="wb-case-back" onClick={back}>
          {t('wb.case.back')}
        </ActionButton>
      </View>
    </View>
  );
}

export default function StaffCasePage() {
  const { t } = useDomainI18n(WORKBENCH_MESSAGES);
  const router = useRouter();
  const id = router.params.id ?? '';
  return (
    <PageShell title={t('wb.case.title')} testId="page-staff-case">
      <StaffGate>
        {(staff) => (
          <>
            <StaffBar staff={staff} />
            <Case id={id} staff={staff} />
          </>
        )}
      </StaffGate>
    </PageShell>
  );
}
