import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ANSWER_OUTCOMES,
  CITY_IDS,
  LETTER_CHANNELS,
  LETTER_EVENT_KINDS,
  LETTER_RULES,
  LETTER_STATUSES,
  LETTER_TOPICS,
  LETTER_TYPES,
  RATING_LEVELS,
  type AnswerOutcome,
  type CityId,
  type LetterChannel,
  type LetterEventKind,
  type LetterLocation,
  type LetterStatus,
  type LetterTopic,
  type LetterType,
  type PublicLettersQuery,
  type RateLetterRequest,
  type RatingLevel,
  type ReexaminationRequest,
  type SubmitLetterRequest,
} from '@portal/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LocalizedTextDto } from '../common/freshness.dto';

const R = LETTER_RULES;
const toInteger = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value);

export class LetterLocationDto implements LetterLocation {
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'location.latitude must be a number from -90 to 90' })
  @Min(-90, { message: 'location.latitude must be a number from -90 to 90' })
  @Max(90, { message: 'location.latitude must be a number from -90 to 90' })
  @ApiPropertyOptional({ example: 30.6587, minimum: -90, maximum: 90, nullable: true, description: 'With longitude, from a map pick; leave both out for a typed place' })
  latitude?: number | null;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'location.longitude must be a number from -180 to 180' })
  @Min(-180, { message: 'location.longitude must be a number from -180 to 180' })
  @Max(180, { message: 'location.longitude must be a number from -180 to 180' })
  @ApiPropertyOptional({ example: 104.0657, minimum: -180, maximum: 180, nullable: true })
  longitude?: number | null;

  @IsString({ message: 'location.address must be text' })
  @Length(1, R.addressMax, { message: `location.address must be 1 to ${R.addressMax} characters` })
  @ApiProperty({ example: '武侯区天府大道北段', maxLength: R.addressMax })
  address: string;
}

export class SubmitLetterRequestDto implements SubmitLetterRequest {
  @IsOptional()
  @IsIn(LETTER_CHANNELS, { message: `channel must be one of: ${LETTER_CHANNELS.join(', ')}` })
  @ApiPropertyOptional({ enum: LETTER_CHANNELS, default: 'city', description: '`premier`: "I Say a Word to the Premier", forwarded to the national message channel' })
  channel?: LetterChannel;

  @IsIn(LETTER_TYPES, { message: `type must be one of: ${LETTER_TYPES.join(', ')}` })
  @ApiProperty({ enum: LETTER_TYPES })
  type: LetterType;

  @IsIn(LETTER_TOPICS, { message: `topic must be one of: ${LETTER_TOPICS.join(', ')}` })
  @ApiProperty({ enum: LETTER_TOPICS })
  topic: LetterTopic;

  @IsOptional()
  @IsString({ message: 'departmentId must be a department id from GET /cities/{city}/departments' })
  @MaxLength(60, { message: 'departmentId must be a department id from GET /cities/{city}/departments' })
  @ApiPropertyOptional({ example: 'chengdu-wuhou', description: 'Required for the city channel; a department of this city' })
  departmentId?: string;

  @IsString({ message: 'title must be text' })
  @Length(R.titleMin, R.titleMax, { message: `title must be ${R.titleMin} to ${R.titleMax} characters` })
  @Matches(/\S/, { message: 'title must not be blank' })
  @ApiProperty({ minLength: R.titleMin, maxLength: R.titleMax, description: 'Stored and shown as plain text, exactly as written' })
  title: string;

  @IsString({ message: 'content must be text' })
  @Length(R.contentMin, R.contentMax, { message: `content must be ${R.contentMin} to ${R.contentMax} characters` })
  @Matches(/\S/, { message: 'content must not be blank' })
  @ApiProperty({ minLength: R.contentMin, maxLength: R.contentMax, description: 'Stored and shown as plain text, exactly as written' })
  content: string;

  @IsOptional()
  @IsObject({ message: 'location must be an object with latitude, longitude and address' })
  @ValidateNested()
  @Type(() => LetterLocationDto)
  @ApiPropertyOptional({ type: LetterLocationDto })
  location?: LetterLocationDto;

  @IsOptional()
  @IsArray({ message: `photoIds must be a list of at most ${R.maxPhotos} photo ids` })
  @ArrayMaxSize(R.maxPhotos, { message: `photoIds may hold at most ${R.maxPhotos} photos` })
  @IsUUID('all', { each: true, message: 'photoIds must be the ids POST /letters/photos answered' })
  @ApiPropertyOptional({ type: [String], maxItems: R.maxPhotos })
  photoIds?: string[];

  @IsString({ message: 'contactPhone must be a mainland mobile number such as 13800138000' })
  @Matches(/^1[3-9]\d{9}$/, { message: 'contactPhone must be a mainland mobile number such as 13800138000' })
  @ApiProperty({ example: '13800138000' })
  contactPhone: string;

  @IsBoolean({ message: 'publishable must be true or false' })
  @ApiProperty({ description: 'The letter and its answer may be published on the public board, personal data removed' })
  publishable: boolean;

  @IsBoolean({ message: 'anonymousInPublic must be true or false' })
  @ApiProperty({ description: 'Shown as 匿名 on the public board; the department still sees the name' })
  anonymousInPublic: boolean;
}

export class RateLetterRequestDto implements RateLetterRequest {
  @IsIn(RATING_LEVELS, { message: 'level must be 5 (very satisfied) to 1 (very dissatisfied)' })
  @ApiProperty({ enum: RATING_LEVELS, description: '5 very satisfied, 4 satisfied, 3 basically satisfied, 2 dissatisfied, 1 very dissatisfied' })
  level: RatingLevel;

  @IsOptional()
  @IsString({ message: 'comment must be text' })
  @MaxLength(R.reasonMax, { message: `comment may be at most ${R.reasonMax} characters` })
  @ApiPropertyOptional({ maxLength: R.reasonMax })
  comment?: string;
}

export class ReexaminationRequestDto implements ReexaminationRequest {
  @IsString({ message: 'reason must be text' })
  @MinLength(R.reasonMin, { message: `reason must be ${R.reasonMin} to ${R.reasonMax} characters` })
  @MaxLength(R.reasonMax, { message: `reason must be ${R.reasonMin} to ${R.reasonMax} characters` })
  @ApiProperty({ minLength: R.reasonMin, maxLength: R.reasonMax })
  reason: string;
}

export class InquiryQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(20, { message: 'code is the 6-character query code' })
  @ApiProperty({ example: 'K7Q2MX', description: 'The query code given with the tracking number' })
  code?: string;
}

export class PublicLettersQueryDto implements PublicLettersQuery {
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: 'departmentId must be a department of this city' })
  @ApiPropertyOptional({ example: 'chengdu-jtj' })
  departmentId?: string;

  @IsOptional()
  @IsIn(LETTER_TOPICS, { message: `topic must be one of: ${LETTER_TOPICS.join(', ')}` })
  @ApiPropertyOptional({ enum: LETTER_TOPICS })
  topic?: LetterTopic;

  @IsOptional()
  @IsString()
  @MaxLength(50, { message: 'q may be at most 50 characters' })
  @ApiPropertyOptional({ description: 'Words in the published title or letter' })
  q?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'cursor must be the nextCursor of the page before' })
  @ApiPropertyOptional()
  cursor?: string;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'limit must be a whole number from 1 to 50' })
  @Min(1, { message: 'limit must be a whole number from 1 to 50' })
  @Max(50, { message: 'limit must be a whole number from 1 to 50' })
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  limit?: number;
}

export class SimilarLettersQueryDto {
  @IsString({ message: 'departmentId must be a department of this city' })
  @MaxLength(60, { message: 'departmentId must be a department of this city' })
  @ApiProperty({ example: 'chengdu-jtj' })
  departmentId: string;

  @IsIn(LETTER_TOPICS, { message: `topic must be one of: ${LETTER_TOPICS.join(', ')}` })
  @ApiProperty({ enum: LETTER_TOPICS })
  topic: LetterTopic;

  @IsString({ message: 'text must be the draft title and letter' })
  @Length(2, R.contentMax + R.titleMax, { message: `text must be 2 to ${R.contentMax + R.titleMax} characters` })
  @ApiProperty({ description: 'The draft title and letter' })
  text: string;
}

// ---- Responses (for the OpenAPI document) ------------------------------------------------------

export class DepartmentRefDto {
  @ApiProperty({ example: 'chengdu-wuhou' }) id: string;
  @ApiProperty({ type: LocalizedTextDto }) name: LocalizedTextDto;
}

export class LetterDeadlinesDto {
  @ApiProperty({ example: '2026-03-23' }) acceptBy: string;
  @ApiProperty({ example: '2026-05-29' }) answerBy: string;
  @ApiProperty({ nullable: true, type: String }) extendedTo: string | null;
  @ApiProperty({ nullable: true, type: String }) reexaminationBy: string | null;
}

export class SubmitLetterResponseDto {
  @ApiProperty({ example: 'CD20260302000123' }) trackingNo: string;
  @ApiProperty({ example: 'K7Q2MX', description: 'Shown once with the tracking number; the same on a retry with the same Idempotency-Key' }) queryCode: string;
  @ApiProperty({ enum: LETTER_STATUSES }) status: LetterStatus;
  @ApiProperty() submittedAt: string;
  @ApiProperty({ type: DepartmentRefDto, nullable: true }) department: DepartmentRefDto | null;
  @ApiProperty({ type: LetterDeadlinesDto }) deadlines: LetterDeadlinesDto;
  @ApiProperty({ type: [LocalizedTextDto] }) nextSteps: LocalizedTextDto[];
}

export class LetterEventDto {
  @ApiProperty() at: string;
  @ApiProperty({ enum: LETTER_EVENT_KINDS }) kind: LetterEventKind;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ type: DepartmentRefDto, nullable: true }) department: DepartmentRefDto | null;
}

export class LetterAnswerDto {
  @ApiProperty({ enum: ANSWER_OUTCOMES }) outcome: AnswerOutcome;
  @ApiProperty() text: string;
  @ApiProperty() answeredAt: string;
  @ApiProperty({ type: DepartmentRefDto, nullable: true }) department: DepartmentRefDto | null;
}

export class LetterRatingDto {
  @ApiProperty({ enum: RATING_LEVELS }) level: RatingLevel;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty() ratedAt: string;
}

export class LetterViewDto {
  @ApiProperty() trackingNo: string;
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ enum: LETTER_CHANNELS }) channel: LetterChannel;
  @ApiProperty({ enum: LETTER_TYPES }) type: LetterType;
  @ApiProperty({ enum: LETTER_TOPICS }) topic: LetterTopic;
  @ApiProperty({ type: DepartmentRefDto, nullable: true }) department: DepartmentRefDto | null;
  @ApiProperty() title: string;
  @ApiProperty() content: string;
  @ApiProperty({ type: LetterLocationDto, nullable: true }) location: LetterLocationDto | null;
  @ApiProperty({ type: [String] }) photoIds: string[];
  @ApiProperty({ example: '138****8000' }) contactPhone: string;
  @ApiProperty() publishable: boolean;
  @ApiProperty() anonymousInPublic: boolean;
  @ApiProperty({ enum: LETTER_STATUSES }) status: LetterStatus;
  @ApiProperty() submittedAt: string;
  @ApiProperty({ type: LetterDeadlinesDto }) deadlines: LetterDeadlinesDto;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ type: [LetterEventDto] }) timeline: LetterEventDto[];
  @ApiProperty({ type: LetterAnswerDto, nullable: true }) answer: LetterAnswerDto | null;
  @ApiProperty({ type: LetterAnswerDto, nullable: true }) reexaminationAnswer: LetterAnswerDto | null;
  @ApiProperty({ nullable: true, type: String }) mergedInto: string | null;
  @ApiProperty({ type: LetterRatingDto, nullable: true }) rating: LetterRatingDto | null;
  @ApiProperty() canRate: boolean;
  @ApiProperty() canRequestReexamination: boolean;
}

export class LetterSummaryDto {
  @ApiProperty() trackingNo: string;
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ enum: LETTER_CHANNELS }) channel: LetterChannel;
  @ApiProperty({ enum: LETTER_TYPES }) type: LetterType;
  @ApiProperty() title: string;
  @ApiProperty({ type: DepartmentRefDto, nullable: true }) department: DepartmentRefDto | null;
  @ApiProperty({ enum: LETTER_STATUSES }) status: LetterStatus;
  @ApiProperty() submittedAt: string;
  @ApiProperty() overdue: boolean;
}

export class MyLettersResponseDto {
  @ApiProperty({ type: [LetterSummaryDto] }) letters: LetterSummaryDto[];
}

export class PublicLetterDto {
  @ApiProperty() trackingNo: string;
  @ApiProperty({ enum: LETTER_TYPES }) type: LetterType;
  @ApiProperty({ enum: LETTER_TOPICS }) topic: LetterTopic;
  @ApiProperty({ type: DepartmentRefDto, nullable: true }) department: DepartmentRefDto | null;
  @ApiProperty() title: string;
  @ApiProperty() content: string;
  @ApiProperty({ example: '张*', description: '张* or 匿名' }) writer: string;
  @ApiProperty() submittedAt: string;
  @ApiProperty({ type: LetterAnswerDto, nullable: true }) answer: LetterAnswerDto | null;
  @ApiProperty() publishedAt: string;
}

export class PublicLettersResponseDto {
  @ApiProperty({ type: [PublicLetterDto] }) items: PublicLetterDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass back as cursor for the next page' }) nextCursor: string | null;
}

export class SimilarLettersResponseDto {
  @ApiProperty({ type: [PublicLetterDto] }) items: PublicLetterDto[];
}

export class UploadPhotoResponseDto {
  @ApiProperty() photoId: string;
  @ApiProperty() width: number;
  @ApiProperty() height: number;
  @ApiProperty({ description: 'Size after re-encoding' }) bytes: number;
}
