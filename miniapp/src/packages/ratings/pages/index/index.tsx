import { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useRef } from 'react';
import { RATING_LABELS, type ServiceRating } from '@portal/shared';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import { useI18n } from '../../../../hooks/use-i18n';
import { useRemote } from '../../../../hooks/use-remote';
import { formatDate } from '../../../../lib/format';
import { fetchMyRatings } from '../../../../services/ratings';
import { useSignedIn } from '../../../../session/use-session';
import '../../../../components/rating.scss';

function RatingItem({ rating }: { rating: ServiceRating }) {
  const { t, text } = useI18n();
  const followUp = rating.followUp;
  return (
    <View role="listitem" className="rating-item" data-testid="my-rating" data-rating-id={rating.id} data-level={rating.level} data-service={rating.service}>
      <Text className="rating-label">{t(`rate.service.${rating.service}`)}</Text>
      <Text className="portal-text" data-testid="my-rating-level">
        {t('ratings.item.level', { level: text(RATING_LABELS[rating.level]) })}
      </Text>
      <Text className="portal-text-secondary">{t('ratings.item.date', { date: formatDate(rating.createdAt) })}</Text>
      {rating.reason ? <Text className="portal-text">{t('ratings.item.reason', { reason: rating.reason })}</Text> : null}
      {followUp ? (
        <View className="rating-box" data-testid="my-rating-follow-up" data-status={followUp.status}>
          <View role="heading" aria-level={3} className="rating-label">
            {t('ratings.followUp.heading')}
          </View>
          <Text className="portal-text">{t('ratings.followUp.agency', { agency: text(followUp.agency) })}</Text>
          <Text className="portal-text">{t('ratings.followUp.due', { date: followUp.dueDate })}</Text>
          <Text className="portal-text" data-testid="my-rating-status">
            {t('ratings.followUp.status', { status: t(followUp.status === 'resolved' ? 'ratings.followUp.resolved' : 'ratings.followUp.open') })}
          </Text>
          {followUp.resolution ? <Text className="portal-text">{t('ratings.followUp.resolution', { resolution: followUp.resolution })}</Text> : null}
        </View>
      ) : null}
    </View>
  );
}

function Ratings() {
  const { t } = useI18n();
  const remote = useRemote(fetchMyRatings, []);
  const firstShow = useRef(true);
  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false;
      return;
    }
    void remote.reload();
  });
  return (
    <View className="portal-section">
      <DataView remote={remote} testId="my-ratings" isEmpty={(d) => d.ratings.length === 0} empty={<Text className="portal-text">{t('ratings.empty')}</Text>}>
        {(data) => (
          <View role="list" data-testid="my-ratings">
            {data.ratings.map((r) => (
              <RatingItem key={r.id} rating={r} />
            ))}
          </View>
        )}
      </DataView>
    </View>
  );
}

export default function MyRatingsPage() {
  const { t } = useI18n();
  const signedIn = useSignedIn();
  return (
    <PageShell title={t('ratings.title')} testId="page-my-ratings">
      <View className="portal-section">
        <Heading level={1}>{t('ratings.title')}</Heading>
      </View>
      {signedIn ? <Ratings /> : <SignInPrompt />}
    </PageShell>
  );
}
