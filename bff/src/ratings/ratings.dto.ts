import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CITY_IDS, RATED_SERVICES, RATING_LEVELS, RATING_REASON_MAX, type CityId, type RateServiceRequest, type RatedService, type RatingLevel, type ServiceRating } from '@portal/shared';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { LocalizedTextDto } from '../common/freshness.dto';

export class RateServiceRequestDto implements RateServiceRequest {
  @IsIn(RATED_SERVICES, { message: `service must be one of: ${RATED_SERVICES.join(', ')}` })
  @ApiProperty({ enum: RATED_SERVICES })
  service: RatedService;

  @IsUUID('all', { message: 'subjectId must be the id of your payment or appointment' })
  @ApiProperty()
  subjectId: string;

  @IsIn(RATING_LEVELS, { message: 'level must be 5 (very satisfied) to 1 (very dissatisfied)' })
  @ApiProperty({ enum: RATING_LEVELS, description: '5 very satisfied, 4 satisfied, 3 basically satisfied, 2 dissatisfied, 1 very dissatisfied' })
  level: RatingLevel;

  @IsOptional()
  @IsString({ message: 'reason must be text' })
  @MaxLength(RATING_REASON_MAX, { message: `reason may be at most ${RATING_REASON_MAX} characters` })
  @ApiPropertyOptional({ description: 'Required for levels 1 and 2' })
  reason?: string;
}

class RatingFollowUpDto {
  @ApiProperty({ type: LocalizedTextDto }) agency: LocalizedTextDto;
  @ApiProperty({ example: '2026-03-23' }) dueDate: string;
  @ApiProperty({ enum: ['open', 'resolved'] }) status: 'open' | 'resolved';
  @ApiProperty({ nullable: true, type: String }) resolution: string | null;
  @ApiProperty({ nullable: true, type: String }) resolvedAt: string | null;
}

export class ServiceRatingDto implements ServiceRating {
  @ApiProperty() id: string;
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ enum: RATED_SERVICES }) service: RatedService;
  @ApiProperty() subjectId: string;
  @ApiProperty({ enum: RATING_LEVELS }) level: RatingLevel;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: RatingFollowUpDto, nullable: true }) followUp: RatingFollowUpDto | null;
}
