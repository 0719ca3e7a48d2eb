import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { ConsultationQuestion, ConsultationResponseReceipt, ConsultationView } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { FOCUSABLE, focusById } from '../../../../components/a11y';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import { useRemote } from '../../../../hooks/use-remote';
import type { DomainTranslate } from '../../../../i18n/domain';
import { CONSULTATION_MESSAGES, type ConsultationKey } from '../../../../i18n/domains/consultations';
import { useDomainI18n } from '../../../../i18n/use-domain-i18n';
import { ROUTES, withQuery } from '../../../../routes';
import { fetchConsultation, submitConsultationResponse } from '../../../../services/consultations';
import { ApiError, describeError, describeFieldError, errorCode } from '../../../../services/error-words';
import { useSignedIn } from '../../../../session/use-session';
import { ERROR_SUMMARY_ID, ErrorSummary, type SummaryItem } from '../../../account/components/ErrorSummary';
import { OptionGroup } from '../../../workbench/components/Options';
import { TextAreaField } from '../../../workbench/components/TextArea';
import { chars, checkAnswers, emptyAnswers, maxChoices, questionIdOfField, textMax, toggleChoice, toRequest, type AnswerProblem, type Answers } from '../../answers';
import { draftKey, forgetDraftKey } from '../../draft-key';
import { chinaTimeWords, datesWords, departmentName, STATE_KEYS } from '../../labels';
import '../../../account/account.scss';
import '../../../workbench/workbench.scss';
import '../../consultations.scss';

type T = DomainTranslate<ConsultationKey>;

const fieldId = (question: ConsultationQuestion) => `cs-${question.id}`;

function problemWords(question: ConsultationQuestion, n: number, problem: AnswerProblem, text: string, t: T): string {
  if (problem === 'missing') return t(question.kind === 'text' ? 'cs.problem.missing.text' : 'cs.problem.missing.choice', { n });
  if (problem === 'tooMany') return t('cs.problem.tooMany', { n, max: maxChoices(question) });
  return t('cs.problem.tooLong', { n, max: textMax(question), count: chars(text) });
}

function answerWords(question: ConsultationQuestion, answers: Answers, t: T): string {
  const answer = answers[question.id];
  if (question.kind === 'text') return answer?.text.trim() || t('cs.check.none');
  const labels = question.options.filter((o) => answer?.choices.includes(o.id)).map((o) => o.label);
  return labels.length ? labels.join('、') : t('cs.check.none');
}

function Header({ c }: { c: ConsultationView }) {
  const { t, locale } = useDomainI18n(CONSULTATION_MESSAGES);
  return (
    <View className="portal-section" data-testid="cs-detail" data-state={c.state} data-responded={String(c.responded)}>
      <Heading level={1}>{c.title}</Heading>
      <Text className={`cs-state cs-state-${c.state}`} data-testid="cs-detail-state">
        {t(STATE_KEYS[c.state])}
      </Text>
      <View className="flow-list" role="list">
        <View className="flow-row" role="listitem">
          <Text className="flow-key">{t('cs.dates.label')}</Text>
          <Text className="flow-value" data-testid="cs-detail-dates">
            {datesWords(c, t, locale)}
          </Text>
        </View>
        <View className="flow-row" role="listitem">
          <Text className="flow-value">{t('cs.department', { department: departmentName(c, locale) })}</Text>
        </View>
      </View>
      <Heading level={2}>{t('cs.summary')}</Heading>
      <Text className="cs-prose" data-testid="cs-detail-summary">
        {c.summary}
      </Text>
    </View>
  );
}

function Already() {
  const { t } = useDomainI18n(CONSULTATION_MESSAGES);
  return (
    <View className="portal-section" data-testid="cs-already">
      <View className="cs-panel" id="cs-already" {...FOCUSABLE}>
        <Heading level={2}>{t('cs.already')}</Heading>
        <Text className="portal-text">{t('cs.already.text')}</Text>
      </View>
      <View className="portal-actions">
        <ActionButton size="large" block data-testid="cs-back" onClick={() => void Taro.redirectTo({ url: ROUTES.consultations })}>
          {t('cs.back')}
        </ActionButton>
      </View>
    </View>
  );
}

function Confirmation({ c, receipt }: { c: ConsultationView; receipt: ConsultationResponseReceipt }) {
  const { t, locale } = useDomainI18n(CONSULTATION_MESSAGES);
  return (
    <View className="portal-section" data-testid="cs-confirmation">
      <View className="flow-panel" id="cs-confirmation" {...FOCUSABLE}>
        <View role="heading" aria-level={2} className="flow-panel-title">
          {t('cs.done.title')}
        </View>
        <Text className="flow-panel-text" data-testid="cs-responded-at">
          {t('cs.done.at', { time: chinaTimeWords(receipt.respondedAt, locale) })}
        </Text>
      </View>
      <Heading level={2} className="portal-heading flow-paragraph">
        {t('cs.done.next')}
      </Heading>
      <View role="list" data-testid="cs-next">
        <View role="listitem" className="flow-bullet">
          {t('cs.done.next.1', { time: chinaTimeWords(c.closesAt, locale) })}
        </View>
        <View role="listitem" className="flow-bullet">
          {t('cs.done.next.2')}
        </View>
      </View>
      <View className="portal-actions">
        <ActionButton type="primary" size="large" block data-testid="cs-done-back" onClick={() => void Taro.redirectTo({ url: ROUTES.consultations })}>
          {t('cs.done.back')}
        </ActionButton>
      </View>
    </View>
  );
}

function ResponseForm({ c, onAlready }: { c: ConsultationView; onAlready: () => void }) {
  const { t } = useDomainI18n(CONSULTATION_MESSAGES);
  const [answers, setAnswers] = useState<Answers>(() => emptyAnswers(c.questions));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [full, setFull] = useState<string | undefined>(undefined);
  const [general, setGeneral] = useState<string | undefined>(undefined);
  const [step, setStep] = useState<'form' | 'check'>('form');
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<ConsultationResponseReceipt | undefined>(undefined);

  const update = (question: ConsultationQuestion, patch: Partial<Answers[string]>) => {
    setAnswers((prev) => ({ ...prev, [question.id]: { ...prev[question.id], ...patch } }));
    setProblems((prev) => {
      const next = { ...prev };
      delete next[question.id];
      return next;
    });
  };

  const next = () => {
    const found = checkAnswers(c.questions, answers);
    const words: Record<string, string> = {};
    c.questions.forEach((q, i) => {
      if (found[q.id]) words[q.id] = problemWords(q, i + 1, found[q.id], answers[q.id]?.text ?? '', t);
    });
    setProblems(words);
    setGeneral(undefined);
    if (Object.keys(words).length) return focusById(ERROR_SUMMARY_ID);
    setStep('check');
    focusById('cs-check');
  };

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const done = await submitConsultationResponse(c.id, toRequest(c.questions, answers), draftKey(c.id));
      forgetDraftKey(c.id);
      setReceipt(done);
      focusById('cs-confirmation');
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ALREADY_RESPONDED') {
        forgetDraftKey(c.id);
        onAlready();
        return;
      }
      const words: Record<string, string> = {};
      const rest: string[] = [];
      if (code === 'VALIDATION_FAILED' && error instanceof ApiError && error.failure.kind === 'envelope') {
        for (const detail of error.failure.details ?? []) {
          const id = questionIdOfField(detail.field, c.questions);
          const index = c.questions.findIndex((q) => q.id === id);
          if (index < 0) {
            rest.push(describeFieldError(detail, t));
            continue;
          }
          const q = c.questions[index];
          const problem: AnswerProblem | undefined = detail.rule === 'required' ? 'missing' : detail.rule === 'maxChoices' ? 'tooMany' : detail.rule === 'maxLength' ? 'tooLong' : undefined;
          words[q.id] = problem ? problemWords(q, index + 1, problem, answers[q.id]?.text ?? '', t) : detail.message;
        }
      }
      setProblems(words);
      setGeneral(rest.length ? rest.join(' ') : Object.keys(words).length ? undefined : describeError(error, t));
      setStep(code === 'VALIDATION_FAILED' ? 'form' : 'check');
      focusById(ERROR_SUMMARY_ID);
    } finally {
      setBusy(false);
    }
  };

  if (receipt) return <Confirmation c={c} receipt={receipt} />;

  const items: SummaryItem[] = [
    ...c.questions.filter((q) => problems[q.id]).map((q) => ({ message: problems[q.id], fieldId: fieldId(q) })),
    ...(general ? [{ message: general }] : []),
  ];

  if (step === 'check') {
    return (
      <View className="portal-section" data-testid="cs-check">
        <ErrorSummary items={items} />
        <View id="cs-check" {...FOCUSABLE}>
          <Heading level={2}>{t('cs.check.title')}</Heading>
        </View>
        <View className="flow-list" role="list">
          {c.questions.map((q, i) => (
            <View key={q.id} className="flow-row" role="listitem" data-testid="cs-check-row" data-question={q.id}>
              <Text className="flow-key">{t('cs.question.label', { n: i + 1, prompt: q.prompt })}</Text>
              <Text className="flow-value" data-testid={`cs-check-${q.id}`}>
                {answerWords(q, answers, t)}
              </Text>
              <ActionButton
                className="flow-change"
                size="small"
                fill="none"
                aria-label={t('cs.check.change.label', { n: i + 1 })}
                data-testid={`cs-change-${q.id}`}
                onClick={() => {
                  setStep('form');
                  focusById(fieldId(q));
                }}
              >
                {t('cs.check.change')}
              </ActionButton>
            </View>
          ))}
        </View>
        <Text className="portal-text-secondary flow-paragraph">{t('cs.check.hint')}</Text>
        <View className="portal-actions">
          <ActionButton type="primary" size="large" block loading={busy} disabled={busy} data-testid="cs-submit" onClick={() => void submit()}>
            {t('cs.submit')}
          </ActionButton>
        </View>
      </View>
    );
  }

  return (
    <View className="portal-section" data-testid="cs-form">
      <ErrorSummary items={items} />
      <Heading level={2}>{t('cs.questions')}</Heading>
      <View className="portal-form">
        {c.questions.map((q, i) => {
          const label = `${t('cs.question.label', { n: i + 1, prompt: q.prompt })}（${t(q.required ? 'cs.required' : 'cs.optional')}）`;
          const answer = answers[q.id];
          if (q.kind === 'text') {
            return (
              <View key={q.id} className="cs-question" data-testid={`cs-question-${q.id}`} data-kind={q.kind}>
                <TextAreaField
                  id={fieldId(q)}
                  testId={`cs-text-${q.id}`}
                  label={label}
                  hint={t('cs.text.hint', { max: textMax(q) })}
                  error={problems[q.id]}
                  value={answer.text}
                  onChange={(text) => update(q, { text })}
                  maxLength={textMax(q)}
                  counter={(count, max) => t('cs.counter', { count, max })}
                />
              </View>
            );
          }
          const max = maxChoices(q);
          return (
            <View key={q.id} className="cs-question" data-testid={`cs-question-${q.id}`} data-kind={q.kind}>
              <OptionGroup
                id={fieldId(q)}
                testId={`cs-choice-${q.id}`}
                label={label}
                hint={q.kind === 'single' ? t('cs.single.hint') : t('cs.multiple.hint', { max, count: answer.choices.length })}
                error={problems[q.id]}
                multiple={q.kind === 'multiple'}
                options={q.options.map((o) => ({ value: o.id, label: o.label }))}
                selected={answer.choices}
                onToggle={(optionId) => {
                  const result = toggleChoice(q, answer.choices, optionId);
                  setFull(result.full ? q.id : undefined);
                  update(q, { choices: result.choices });
                }}
              />
              {full === q.id ? (
                <View className="portal-note" role="status" data-testid={`cs-full-${q.id}`}>
                  {t('cs.multiple.full', { max })}
                </View>
              ) : null}
            </View>
          );
        })}
      </View>
      <View className="portal-actions">
        <ActionButton type="primary" size="large" block data-testid="cs-continue" onClick={next}>
          {t('cs.continue')}
        </ActionButton>
      </View>
    </View>
  );
}

function Detail({ id }: { id: string }) {
  const { t, locale } = useDomainI18n(CONSULTATION_MESSAGES);
  const signedIn = useSignedIn();
  const remote = useRemote(() => fetchConsultation(id), [id, signedIn]);
  const [already, setAlready] = useState(false);

  if (remote.status === 'error') {
    const notFound = remote.error instanceof ApiError && (remote.error.failure.kind === 'envelope' || remote.error.failure.kind === 'http') && remote.error.failure.status === 404;
    return (
      <View className="portal-section" data-testid={notFound ? 'cs-not-found' : 'cs-detail-error'}>
        <View className="portal-error" role="alert">
          {notFound ? t('cs.notFound') : describeError(remote.error, t)}
        </View>
        <View className="portal-actions">
          {notFound ? null : (
            <ActionButton type="primary" size="large" block data-testid="cs-detail-retry" onClick={() => void remote.reload()}>
              {t('state.retry')}
            </ActionButton>
          )}
          <ActionButton size="large" block data-testid="cs-back" onClick={() => void Taro.redirectTo({ url: ROUTES.consultations })}>
            {t('cs.back')}
          </ActionButton>
        </View>
      </View>
    );
  }
  if (!remote.data) {
    return (
      <View className="portal-section" data-testid="cs-detail-loading" aria-busy="true">
        <Text className="portal-text">{t('state.loading')}</Text>
      </View>
    );
  }

  const c = remote.data;
  let body;
  if (c.state === 'upcoming') {
    body = (
      <View className="portal-section" data-testid="cs-upcoming">
        <Text className="portal-text">{t('cs.upcoming.text', { time: chinaTimeWords(c.opensAt, locale) })}</Text>
      </View>
    );
  } else if (c.state === 'closed') {
    body = (
      <View className="portal-section" data-testid="cs-closed">
        <Text className="portal-text">{t('cs.closed.text')}</Text>
        <View className="portal-actions">
          <ActionButton type="primary" size="large" block data-testid="cs-results-open" onClick={() => void Taro.redirectTo({ url: withQuery(ROUTES.consultationResults, { id: c.id }) })}>
            {t('cs.results')}
          </ActionButton>
        </View>
      </View>
    );
  } else if (already || c.responded === true) {
    body = <Already />;
  } else if (!signedIn) {
    body = (
      <>
        <View className="portal-section" data-testid="cs-questions-preview">
          <Heading level={2}>{t('cs.questions.preview')}</Heading>
          <View role="list">
            {c.questions.map((q, i) => (
              <View key={q.id} role="listitem" className="flow-bullet">
                {t('cs.question.label', { n: i + 1, prompt: q.prompt })}
              </View>
            ))}
          </View>
        </View>
        <SignInPrompt text={t('cs.signin')} />
      </>
    );
  } else {
    body = (
      <ResponseForm
        c={c}
        onAlready={() => {
          setAlready(true);
          focusById('cs-already');
        }}
      />
    );
  }
  return (
    <>
      <Header c={c} />
      {body}
    </>
  );
}

export default function ConsultationPage() {
  const { t } = useDomainI18n(CONSULTATION_MESSAGES);
  const router = useRouter();
  return (
    <PageShell title={t('cs.title')} testId="page-consultation">
      <Detail id={router.params.id ?? ''} />
    </PageShell>
  );
}
