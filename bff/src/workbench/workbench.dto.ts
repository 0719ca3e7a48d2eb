import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ANSWER_OUTCOMES,
  LETTER_RULES,
  LETTER_STATUSES,
  TRACKING_NO_PATTERN,
  type AnswerLetterRequest,
  type AnswerOutcome,
  type ExtendLetterRequest,
  type LetterStatus,
  type MergeLetterRequest,
  type PublishLetterRequest,
  type StaffInboxItem,
  type StaffInboxResponse,
  type StaffLetterView,
  type StaffReasonRequest,
  type TransferLetterRequest,
} from '@portal/shared';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { LetterSummaryDto, LetterViewDto } from '../letters/letters.dto';
import { findPersonalNumber } from './personal-numbers';

/** A text for the public board: no identity number or mobile number may be left in it. */
function HasNoPersonalNumbers(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'hasNoPersonalNumbers',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || findPersonalNumber(value) === null,
        defaultMessage: (args) => {
          const kind = typeof args?.value === 'string' ? findPersonalNumber(args.value) : null;
          return `${args?.property} still contains a ${kind ?? 'personal number'}: remove it before publishing`;
        },
      },
    },
    options,
  );
}

const { reasonMin, reasonMax, answerMax, titleMin, titleMax, contentMin, contentMax, maxExtensionWorkingDays } = LETTER_RULES;

export class InboxQueryDto {
  @IsOptional()
  @IsIn(LETTER_STATUSES, { message: `status must be one of: ${LETTER_STATUSES.join(', ')}` })
  @ApiPropertyOptional({ enum: LETTER_STATUSES, description: 'Without it: the open cases (received, accepted, reexamining)' })
  status?: LetterStatus;

  @IsOptional()
  @IsIn(['true', 'false'], { message: 'overdue must be true or false' })
  @ApiPropertyOptional({ enum: ['true', 'false'] })
  overdue?: 'true' | 'false';
}

export class AuditQueryDto {
  @IsOptional()
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'letterId must be the id of a letter' })
  @ApiPropertyOptional({ description: 'Only the entries about this letter' })
  letterId?: string;
}

export class StaffReasonRequestDto implements StaffReasonRequest {
  @IsString({ message: 'reason must be text' })
  @Length(reasonMin, reasonMax, { message: `reason must be ${reasonMin} to ${reasonMax} characters` })
  @ApiProperty({ minLength: reasonMin, maxLength: reasonMax, description: 'Told to the writer' })
  reason: string;
}

export class TransferLetterRequestDto implements TransferLetterRequest {
  @IsString({ message: 'departmentId must be text' })
  @Length(1, 40, { message: 'departmentId must be a department id such as chengdu-jtj' })
  @ApiProperty({ example: 'chengdu-jtj', description: 'Another department of the same city (GET /cities/{city}/departments)' })
  departmentId: string;

  @IsString({ message: 'reason must be text' })
  @Length(reasonMin, reasonMax, { message: `reason must be ${reasonMin} to ${reasonMax} characters` })
  @ApiProperty({ minLength: reasonMin, maxLength: reasonMax })
  reason: string;
}

export class MergeLetterRequestDto implements MergeLetterRequest {
  @IsString({ message: 'intoTrackingNo must be text' })
  @Matches(TRACKING_NO_PATTERN, { message: 'intoTrackingNo must be a tracking number such as CD20261129000123' })
  @ApiProperty({ example: 'CD20261129000123', description: 'Another open case of your department' })
  intoTrackingNo: string;

  @IsOptional()
  @IsString({ message: 'reason must be text' })
  @Length(1, reasonMax, { message: `reason may be at most ${reasonMax} characters` })
  @ApiPropertyOptional({ maxLength: reasonMax })
  reason?: string;
}

export class AnswerLetterRequestDto implements AnswerLetterRequest {
  @IsIn(ANSWER_OUTCOMES, { message: `outcome must be one of: ${ANSWER_OUTCOMES.join(', ')}` })
  @ApiProperty({ enum: ANSWER_OUTCOMES })
  outcome: AnswerOutcome;

  @IsString({ message: 'text must be text' })
  @Length(1, answerMax, { message: `text must be 1 to ${answerMax} characters` })
  @ApiProperty({ maxLength: answerMax })
  text: string;
}

export class ExtendLetterRequestDto implements ExtendLetterRequest {
  @IsInt({ message: 'workingDays must be a whole number' })
  @Min(1, { message: `workingDays must be 1 to ${maxExtensionWorkingDays}` })
  @Max(maxExtensionWorkingDays, { message: `workingDays must be 1 to ${maxExtensionWorkingDays}` })
  @ApiProperty({ minimum: 1, maximum: maxExtensionWorkingDays })
  workingDays: number;

  @IsString({ message: 'reason must be text' })
  @Length(reasonMin, reasonMax, { message: `reason must be ${reasonMin} to ${reasonMax} characters` })
  @ApiProperty({ minLength: reasonMin, maxLength: reasonMax, description: 'Told to the writer' })
  reason: string;
}

export class PublishLetterRequestDto implements PublishLetterRequest {
  @IsString({ message: 'title must be text' })
  @Length(titleMin, titleMax, { message: `title must be ${titleMin} to ${titleMax} characters` })
  @HasNoPersonalNumbers()
  @ApiProperty({ minLength: titleMin, maxLength: titleMax })
  title: string;

  @IsString({ message: 'content must be text' })
  @Length(contentMin, contentMax, { message: `content must be ${contentMin} to ${contentMax} characters` })
  @HasNoPersonalNumbers()
  @ApiProperty({ minLength: contentMin, maxLength: contentMax, description: 'The letter as published: no identity or mobile number' })
  content: string;

  @IsString({ message: 'answer must be text' })
  @Length(1, answerMax, { message: `answer must be 1 to ${answerMax} characters` })
  @HasNoPersonalNumbers()
  @ApiProperty({ maxLength: answerMax, description: 'The answer as published: no identity or mobile number' })
  answer: string;
}

// ---- answers (the letter shapes are the letters module's DTOs, extended) -------------------------

export class StaffInboxItemDto extends LetterSummaryDto implements StaffInboxItem {
  @ApiProperty() id: string;
  @ApiProperty({ nullable: true, type: String, example: '2026-03-23', description: 'The deadline of the current status' }) dueBy: string | null;
  @ApiProperty({ description: 'Past its deadline and escalated to the supervisor' }) escalated: boolean;
}

class InboxCountsDto {
  @ApiProperty() overdue: number;
  @ApiPropertyOptional() received?: number;
  @ApiPropertyOptional() accepted?: number;
  @ApiPropertyOptional() declined?: number;
  @ApiPropertyOptional() merged?: number;
  @ApiPropertyOptional() answered?: number;
  @ApiPropertyOptional() reexamining?: number;
  @ApiPropertyOptional() closed?: number;
}

export class StaffInboxResponseDto implements StaffInboxResponse {
  @ApiProperty({ type: [StaffInboxItemDto], description: 'Overdue first, then by due date' }) items: StaffInboxItemDto[];
  @ApiProperty({ type: InboxCountsDto }) counts: InboxCountsDto;
}

class PublishedTextsDto {
  @ApiProperty() title: string;
  @ApiProperty() content: string;
  @ApiProperty() answer: string;
}

export class StaffLetterViewDto extends LetterViewDto implements StaffLetterView {
  @ApiProperty() id: string;
  @ApiProperty({ description: "The writer's real name (shown to the department only; the view is audited)" }) writerName: string;
  @ApiProperty({ description: 'The full call-back number (the view is audited)' }) writerPhone: string;
  @ApiProperty() escalated: boolean;
  @ApiProperty({ type: PublishedTextsDto, nullable: true }) public: PublishedTextsDto | null;
}
