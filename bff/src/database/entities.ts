import { SessionEntity } from '../auth/session.entity';
import { FamilyMemberEntity } from '../family/family-member.entity';
import { UpstreamFailureEntity } from '../upstream-audit/upstream-failure.entity';
import { PaymentEntity } from '../payments/payment.entity';
import { RatingFollowUpEntity } from '../ratings/rating-follow-up.entity';
import { ServiceRatingEntity } from '../ratings/rating.entity';
import { UserEntity } from '../users/user.entity';
import { AppointmentEntity } from '../vaccination/appointment.entity';
import { VaccinationSlotEntity } from '../vaccination/vaccination-slot.entity';
import { DepartmentAnswerDaysEntity, DepartmentStatsMonthlyEntity } from '../departments/department-stats.entity';
import { LetterEventEntity } from '../letters/letter-event.entity';
import { LetterPhotoEntity } from '../letters/letter-photo.entity';
import { LetterEntity } from '../letters/letter.entity';

export const ENTITIES = [UpstreamFailureEntity, UserEntity, SessionEntity, FamilyMemberEntity, PaymentEntity, VaccinationSlotEntity, AppointmentEntity, ServiceRatingEntity, RatingFollowUpEntity, LetterEntity, LetterEventEntity, LetterPhotoEntity, DepartmentStatsMonthlyEntity, DepartmentAnswerDaysEntity];
