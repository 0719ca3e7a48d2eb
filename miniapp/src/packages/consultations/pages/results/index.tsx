import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { ConsultationQuestionResult, ConsultationResults } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { useRemote } from '../../../../hooks/use-remote';
import { CONSULTATION_MESSAGES } from '../../../../i18n/domains/consultations';
import { useDomainI18n } from '../../../../i18n/use-domain-i18n';
import { ROUTES } from '../../../../routes';
import { fetchConsultationResults } from '../../../../services/consultations';
import { leadingOptions, optionShares } from '../../answers';
import { chinaTimeWords, datesWords, departmentName } from '../../labels';
import '../../consultations.scss';

function QuestionResult({ q, n }: { q: ConsultationQuestionResult; n: number }) {
  const { t } = useDomainI18n(CONSULTATION_MESSAGES);
  const leading = leadingOptions(q);
  return (
    <View className="cs-result" role="listitem" data-testid="cs-result" data-question={q.questionId} data-kind={q.kind}>
      <Heading level={3} className="portal-heading">
        {t('cs.question.label', { n, prompt: q.prompt })}
      </Heading>
      {q.kind === 'text' ? (
        <Text className="portal-text" data-testid="cs-result-text">
          {t('cs.results.text', { count: q.answered })}
        </Text>
      ) : (
        <>
          <Text className="cs-meta">{t('cs.results.answered', { count: q.answered })}</Text>
          {q.kind === 'multiple' ? <Text className="cs-meta">{t('cs.results.multiple')}</Text> : null}
          <View role="list">
            {optionShares(q).map((share) => {
              const words = t('cs.results.option', { label: share.label, count: share.count, percent: share.percent });
              return (
                <View key={share.id} className="cs-bar-row" role="listitem" data-testid="cs-result-option" data-option={share.id} data-count={share.count} data-percent={share.percent}>
                  {/* The sentence is the result; the bar only draws it. */}
                  <Text className="portal-text">{words}</Text>
                  <View className="cs-bar-track" aria-hidden="true">
                    <View className={leading.includes(share.id) ? 'cs-bar cs-bar-leading' : 'cs-bar'} style={{ width: `${share.width}%` }} />
                  </View>
                </View>
              );
            })}
          </View>
          {leading.length ? (
            <Text className="portal-text" data-testid="cs-result-leading">
              {t('cs.results.leading', { labels: q.options.filter((o) => leading.includes(o.id)).map((o) => o.label).join('、') })}
            </Text>
          ) : null}
        </>
      )}
    </View>
  );
}

function Results({ data }: { data: ConsultationResults }) {
  const { t, locale } = useDomainI18n(CONSULTATION_MESSAGES);
  const c = data.consultation;
  return (
    <>
      <View className="portal-section" data-testid="cs-results" data-responses={data.responses}>
        <Heading level={1}>{t('cs.results.heading', { title: c.title })}</Heading>
        <Text className="cs-meta">{t('cs.department', { department: departmentName(c, locale) })}</Text>
        <Text className="cs-meta">{datesWords(c, t, locale)}</Text>
        <Text className="portal-text" data-testid="cs-results-responses">
          {t('cs.results.responses', { count: data.responses })}
        </Text>
        <Text className="portal-text-secondary">{t('cs.results.scale')}</Text>
        <View role="list">
          {data.questions.map((q, i) => (
            <QuestionResult key={q.questionId} q={q} n={i + 1} />
          ))}
        </View>
      </View>
      <View className="portal-section" data-testid="cs-adoption" data-published={data.adoption ? 'true' : 'false'}>
        <Heading level={2}>{t('cs.adoption')}</Heading>
        {data.adoption ? (
          <>
            <Text className="cs-meta">{t('cs.adoption.at', { department: departmentName(c, locale), date: chinaTimeWords(data.adoption.publishedAt, locale) })}</Text>
            <Text className="cs-prose" data-testid="cs-adoption-text">
              {data.adoption.text}
            </Text>
          </>
        ) : (
          <Text className="portal-text">{t('cs.adoption.none')}</Text>
        )}
      </View>
    </>
  );
}

export default function ConsultationResultsPage() {
  const { t } = useDomainI18n(CONSULTATION_MESSAGES);
  const router = useRouter();
  const id = router.params.id ?? '';
  const remote = useRemote(() => fetchConsultationResults(id), [id]);
  return (
    <PageShell title={t('cs.results')} testId="page-consultation-results">
      <DataView remote={remote} testId="cs-results">
        {(data) => <Results data={data} />}
      </DataView>
      <View className="portal-section">
        <ActionButton size="large" block fill="outline" data-testid="cs-back" onClick={() => void Taro.redirectTo({ url: ROUTES.consultations })}>
          {t('cs.back')}
        </ActionButton>
      </View>
    </PageShell>
  );
}
