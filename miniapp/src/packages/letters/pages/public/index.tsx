import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton } from '../../../../components/ActionButton';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { ROUTES } from '../../../../routes';
import { AnswerBlock } from '../../components/LetterDetail';
import { dateTimeWords } from '../../dates';
import { topicWords, typeWords } from '../../format';
import { recallPublicLetter } from '../../public-cache';
import { useLetterI18n } from '../../use-words';
import '../../letters.scss';

/** One published letter and its answer, as the board showed it (personal data already removed by the department). */
export default function PublicLetterPage() {
  const { t, text, locale } = useLetterI18n();
  const { params } = useRouter();
  const [letter] = useState(() => recallPublicLetter(decodeURIComponent(params.no ?? '')));
  return (
    <PageShell title={t('lt.public.title')} testId="page-public-letter">
      <View className="portal-section">
        <Heading level={1}>{t('lt.public.title')}</Heading>
      </View>
      {!letter ? (
        <View className="portal-section">
          <View className="portal-note" role="status" data-testid="public-letter-missing">
            {t('lt.public.missing')}
          </View>
          <View className="portal-actions">
            <ActionButton type="primary" size="large" block data-testid="public-letter-back" onClick={() => void Taro.redirectTo({ url: ROUTES.publicAnswers })}>
              {t('lt.public.back')}
            </ActionButton>
          </View>
        </View>
      ) : (
        <View data-testid="public-letter" data-tracking-no={letter.trackingNo}>
          <View className="portal-section">
            <Heading level={2} className="lt-card-title">
              <Text data-testid="public-letter-title">{letter.title}</Text>
            </Heading>
            <Text className="lt-meta">
              {[letter.department ? text(letter.department.name) : '', typeWords(letter.type, locale), topicWords(letter.topic, locale)].filter(Boolean).join(' · ')}
            </Text>
            <Text className="lt-meta" data-testid="public-letter-writer">
              {t('lt.board.writer', { writer: letter.writer })}
            </Text>
            <Text className="lt-meta">{`${t('lt.submittedAt')}：${dateTimeWords(letter.submittedAt, locale)}`}</Text>
            <Text className="lt-meta">{`${t('lt.public.publishedAt')}：${dateTimeWords(letter.publishedAt, locale)}`}</Text>
            <Text className="lt-body flow-paragraph" data-testid="public-letter-content">
              {letter.content}
            </Text>
          </View>
          <View className="portal-section">
            <Heading level={2}>{t('lt.answer')}</Heading>
            {letter.answer ? <AnswerBlock answer={letter.answer} testId="public-letter-answer" /> : <Text className="portal-text">{t('lt.answer.none')}</Text>}
          </View>
          <View className="portal-section">
            <View className="portal-actions">
              <ActionButton size="large" block data-testid="public-letter-board" onClick={() => void Taro.redirectTo({ url: ROUTES.publicAnswers })}>
                {t('lt.public.back')}
              </ActionButton>
              <ActionButton size="large" block data-testid="public-letter-write" onClick={() => void Taro.navigateTo({ url: ROUTES.letterWrite })}>
                {t('lt.board.write')}
              </ActionButton>
            </View>
          </View>
        </View>
      )}
    </PageShell>
  );
}
