import { View, Text } from '@tarojs/components';
import type { LetterAnswer, LetterView } from '@portal/shared';
import { Heading } from '../../../components/Heading';
import { LetterPhotos, type LetterPhotoWords } from '../../../components/LetterPhotos';
import { dateTimeWords } from '../dates';
import { deadlineWords, eventWords, outcomeWords, statusWords, topicWords, typeWords } from '../format';
import { useLetterI18n } from '../use-words';

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

/** An answer with its outcome; `heading` only where the section's own heading does not already say it. */
export function AnswerBlock({ answer, heading, testId }: { answer: LetterAnswer; heading?: string; testId: string }) {
  const { t, text, locale } = useLetterI18n();
  return (
    <View className="lt-answer" data-testid={testId} data-outcome={answer.outcome}>
      {heading ? (
        <Heading level={3} className="lt-card-title">
          {heading}
        </Heading>
      ) : null}
      <Text className="lt-badge" data-testid={`${testId}-outcome`}>
        {t('lt.answer.outcome', { outcome: outcomeWords(answer.outcome, locale) })}
      </Text>
      <Text className="lt-body" data-testid={`${testId}-text`}>
        {answer.text}
      </Text>
      <Text className="lt-meta">
        {t('lt.answer.by', { department: answer.department ? text(answer.department.name) : '', date: dateTimeWords(answer.answeredAt, locale) })}
      </Text>
    </View>
  );
}

/**
 * One letter as its writer sees it: status in words (and overdue), deadlines with how they stand
 * today, what was written, the answer with its outcome, and the timeline. Every text the citizen or
 * a department wrote is React text, so markup in it is shown as typed and never runs.
 */
export function LetterDetail({ letter, loadPhoto }: { letter: LetterView; loadPhoto?: (photoId: string) => Promise<string> }) {
  const { t, text, locale } = useLetterI18n();
  const photoWords: LetterPhotoWords = {
    alt: (position) => t('lt.photos.view.alt', { position }),
    loading: (position) => t('lt.photos.view.loading', { position }),
    failed: (position) => t('lt.photos.view.failed', { position }),
    retry: t('lt.photos.view.retry'),
    enlarge: t('lt.photos.view.enlarge'),
    shrink: t('lt.photos.view.shrink'),
  };
  const d = letter.deadlines;
  const accepted = letter.status !== 'received';
  const answered = Boolean(letter.answer);
  return (
    <View data-testid="letter-detail" data-status={letter.status} data-tracking-no={letter.trackingNo}>
      <View className="portal-section">
        <Heading level={2} className="lt-card-title">
          <Text data-testid="letter-title">{letter.title}</Text>
        </Heading>
        <View className="flow-list" role="list">
          <Row label={t('lt.inquiry.trackingNo')} value={letter.trackingNo} testId="letter-tracking-no" />
          <Row label={t('lt.status')} value={statusWords(letter.status, locale)} testId="letter-status" />
          <Row label={t('lt.submittedAt')} value={dateTimeWords(letter.submittedAt, locale)} />
          <Row
            label={t('lt.department')}
            value={letter.channel === 'premier' ? t('lt.channel.premier') : letter.department ? text(letter.department.name) : '—'}
            testId="letter-department"
          />
          <Row label={t('lt.type')} value={typeWords(letter.type, locale)} />
          <Row label={t('lt.topic')} value={topicWords(letter.topic, locale)} />
        </View>
        {letter.overdue ? (
          <View className="portal-error" role="status" data-testid="letter-overdue">
            {t('lt.status.overdue.text')}
          </View>
        ) : null}
        {letter.mergedInto ? (
          <View className="portal-note" role="status" data-testid="letter-merged">
            {t('lt.merged', { trackingNo: letter.mergedInto })}
          </View>
        ) : null}
      </View>

      {letter.status !== 'declined' && letter.status !== 'merged' ? (
        <View className="portal-section" data-testid="letter-deadlines">
          <Heading level={2}>{t('lt.deadlines')}</Heading>
          <View className="flow-list" role="list">
            <Row label={t('lt.deadline.accept')} value={deadlineWords(d.acceptBy, t, locale, Date.now(), accepted)} testId="letter-accept-by" />
            <Row label={t('lt.deadline.answer')} value={deadlineWords(d.answerBy, t, locale, Date.now(), answered)} testId="letter-answer-by" />
            {d.extendedTo ? <Row label={t('lt.deadline.extended')} value={deadlineWords(d.extendedTo, t, locale, Date.now(), answered)} testId="letter-extended-to" /> : null}
            {d.reexaminationBy ? (
              <Row
                label={t('lt.deadline.reexamination')}
                value={deadlineWords(d.reexaminationBy, t, locale, Date.now(), Boolean(letter.reexaminationAnswer))}
                testId="letter-reexamination-by"
              />
            ) : null}
          </View>
        </View>
      ) : null}

      <View className="portal-section">
        <Heading level={2}>{t('lt.answer')}</Heading>
        {letter.answer ? <AnswerBlock answer={letter.answer} testId="letter-answer" /> : <Text className="portal-text">{t('lt.answer.none')}</Text>}
        {letter.reexaminationAnswer ? <AnswerBlock answer={letter.reexaminationAnswer} heading={t('lt.reexamAnswer')} testId="letter-reexam-answer" /> : null}
      </View>

      <View className="portal-section">
        <Heading level={2}>{t('lt.content')}</Heading>
        <Text className="lt-body" data-testid="letter-content">
          {letter.content}
        </Text>
        {letter.location ? (
          <Text className="lt-meta" data-testid="letter-location">
            {`${t('lt.location')}：${letter.location.address}`}
          </Text>
        ) : null}
        {letter.photoIds.length && loadPhoto ? (
          // The writer signed in sees the photos (downloaded with their token); by tracking number and code only how many.
          <View data-testid="letter-photos" data-count={letter.photoIds.length}>
            <Text className="lt-meta">{t('lt.photos.mine', { n: letter.photoIds.length })}</Text>
            <LetterPhotos photoIds={letter.photoIds} load={loadPhoto} words={photoWords} testId="letter-photo" />
          </View>
        ) : letter.photoIds.length ? (
          <Text className="lt-meta">{t('lt.photos.n', { n: letter.photoIds.length })}</Text>
        ) : null}
      </View>

      <View className="portal-section">
        <Heading level={2}>{t('lt.timeline')}</Heading>
        <View role="list" data-testid="letter-timeline">
          {letter.timeline.map((event, index) => (
            <View key={`${event.at}-${index}`} className="lt-timeline-item" role="listitem" data-testid="letter-event" data-kind={event.kind}>
              <Text className="lt-card-title">{eventWords(event.kind, t)}</Text>
              <Text className="lt-meta">
                {[dateTimeWords(event.at, locale), event.department ? text(event.department.name) : ''].filter(Boolean).join(' · ')}
              </Text>
              {event.note ? <Text className="lt-body">{t('lt.event.reason', { note: event.note })}</Text> : null}
            </View>
          ))}
        </View>
      </View>
    </View>
  );
}
