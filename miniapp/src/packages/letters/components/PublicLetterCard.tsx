import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { PublicLetter } from '@portal/shared';
import { ActionButton } from '../../../components/ActionButton';
import { ROUTES, withQuery } from '../../../routes';
import { dayWords } from '../dates';
import { outcomeWords, topicWords, typeWords } from '../format';
import { useLetterI18n } from '../use-words';

/** One published letter in a list: title, who answered, topic, the outcome in words, and a way in. */
export function PublicLetterCard({ letter }: { letter: PublicLetter }) {
  const { t, text, locale } = useLetterI18n();
  return (
    <View className="lt-card" role="listitem" data-testid="board-letter" data-tracking-no={letter.trackingNo}>
      <Text className="lt-card-title" data-testid="board-letter-title">
        {letter.title}
      </Text>
      <Text className="lt-meta">
        {[letter.department ? text(letter.department.name) : '', typeWords(letter.type, locale), topicWords(letter.topic, locale), dayWords(letter.submittedAt.slice(0, 10), locale)]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {letter.answer ? (
        <Text className="lt-badge" data-testid="board-letter-outcome">
          {t('lt.answer.outcome', { outcome: outcomeWords(letter.answer.outcome, locale) })}
        </Text>
      ) : null}
      <ActionButton size="large" block data-testid="board-letter-open" onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.publicLetter, { no: letter.trackingNo }) })}>
        {t('lt.board.open')}
      </ActionButton>
    </View>
  );
}
