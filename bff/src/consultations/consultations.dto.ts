import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CITY_IDS,
  CONSULTATION_QUESTION_KINDS,
  CONSULTATION_RULES,
  CONSULTATION_STATES,
  type CityId,
  type ConsultationAdoption,
  type ConsultationAnswer,
  type ConsultationOption,
  type ConsultationOptionResult,
  type ConsultationQuestion,
  type ConsultationQuestionKind,
  type ConsultationQuestionResult,
  type ConsultationResponseReceipt,
  type ConsultationResults,
  type ConsultationState,
  type ConsultationSummary,
  type ConsultationView,
  type ConsultationsResponse,
  type PublishAdoptionRequest,
  type StaffConsultationItem,
  type StaffConsultationsResponse,
  type SubmitConsultationResponseRequest,
} from '@portal/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { LocalizedTextDto } from '../common/freshness.dto';

export class ConsultationAnswerDto implements ConsultationAnswer {
  @IsString({ message: 'questionId must be the id of one of the questions' })
  @MaxLength(20, { message: 'questionId must be the id of one of the questions' })
  @ApiProperty({ example: 'q1' })
  questionId: string;

  @IsOptional()
  @IsArray({ message: 'choices must be a list of option ids' })
  @ArrayMaxSize(CONSULTATION_RULES.maxOptions, { message: `choices may list at most ${CONSULTATION_RULES.maxOptions} options` })
  @IsString({ each: true, message: 'choices must be a list of option ids' })
  @MaxLength(20, { each: true, message: 'choices must be a list of option ids' })
  @ApiPropertyOptional({ type: [String], example: ['a'], description: 'Option ids, for single- and multiple-choice questions' })
  choices?: string[];

  @IsOptional()
  @IsString({ message: 'text must be text' })
  @MaxLength(CONSULTATION_RULES.textMaxLimit, { message: `text may be at most ${CONSULTATION_RULES.textMaxLimit} characters` })
  @ApiPropertyOptional({ description: "For free-text questions, within the question's maxLength" })
  text?: string;
}

export class SubmitConsultationResponseRequestDto implements SubmitConsultationResponseRequest {
  @IsArray({ message: 'answers must be a list, one answer per question' })
  @ArrayMaxSize(CONSULTATION_RULES.maxQuestions, { message: `answers may have at most ${CONSULTATION_RULES.maxQuestions} items` })
  @ValidateNested({ each: true })
  @Type(() => ConsultationAnswerDto)
  @ApiProperty({ type: [ConsultationAnswerDto], description: 'In the order of the questions' })
  answers: ConsultationAnswerDto[];
}

export class PublishAdoptionRequestDto implements PublishAdoptionRequest {
  @IsString({ message: 'text must be text' })
  @MaxLength(CONSULTATION_RULES.adoptionMax, { message: `text may be at most ${CONSULTATION_RULES.adoptionMax} characters` })
  @ApiProperty({ description: `采纳情况: what was adopted and why, ${CONSULTATION_RULES.adoptionMin}–${CONSULTATION_RULES.adoptionMax} characters` })
  text: string;
}

class DepartmentRefDto {
  @ApiProperty({ example: 'chengdu-zjj' }) id: string;
  @ApiProperty({ type: LocalizedTextDto }) name: LocalizedTextDto;
}

export class ConsultationSummaryDto implements ConsultationSummary {
  @ApiProperty({ example: 'chengdu-park-city-regulation' }) id: string;
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ type: DepartmentRefDto }) department: DepartmentRefDto;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Summary of the draft' }) summary: string;
  @ApiProperty({ example: '2026-03-01T00:00:00+08:00' }) opensAt: string;
  @ApiProperty({ example: '2026-03-31T23:59:59+08:00' }) closesAt: string;
  @ApiProperty({ enum: CONSULTATION_STATES }) state: ConsultationState;
  @ApiProperty() adoptionPublished: boolean;
}

export class ConsultationsResponseDto implements ConsultationsResponse {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ type: [ConsultationSummaryDto], description: 'Closing soonest first' }) open: ConsultationSummaryDto[];
  @ApiProperty({ type: [ConsultationSummaryDto], description: 'Opening soonest first' }) upcoming: ConsultationSummaryDto[];
  @ApiProperty({ type: [ConsultationSummaryDto], description: 'Newest first' }) closed: ConsultationSummaryDto[];
}

class ConsultationOptionDto implements ConsultationOption {
  @ApiProperty({ example: 'a' }) id: string;
  @ApiProperty() label: string;
}

class ConsultationQuestionDto implements ConsultationQuestion {
  @ApiProperty({ example: 'q1' }) id: string;
  @ApiProperty({ enum: CONSULTATION_QUESTION_KINDS }) kind: ConsultationQuestionKind;
  @ApiProperty() prompt: string;
  @ApiProperty() required: boolean;
  @ApiProperty({ type: [ConsultationOptionDto] }) options: ConsultationOptionDto[];
  @ApiProperty({ nullable: true, type: Number }) maxChoices: number | null;
  @ApiProperty({ nullable: true, type: Number }) maxLength: number | null;
}

export class ConsultationViewDto extends ConsultationSummaryDto implements ConsultationView {
  @ApiProperty({ type: [ConsultationQuestionDto] }) questions: ConsultationQuestionDto[];
  @ApiProperty({ nullable: true, type: Boolean, description: 'Whether the signed-in citizen already responded; null without a token' })
  responded: boolean | null;
}

export class ConsultationResponseReceiptDto implements ConsultationResponseReceipt {
  @ApiProperty() consultationId: string;
  @ApiProperty({ example: '2026-03-02T08:15:00+08:00' }) respondedAt: string;
}

class ConsultationOptionResultDto implements ConsultationOptionResult {
  @ApiProperty() id: string;
  @ApiProperty() label: string;
  @ApiProperty() count: number;
}

class ConsultationQuestionResultDto implements ConsultationQuestionResult {
  @ApiProperty() questionId: string;
  @ApiProperty({ enum: CONSULTATION_QUESTION_KINDS }) kind: ConsultationQuestionKind;
  @ApiProperty() prompt: string;
  @ApiProperty({ description: 'Responses that answered it (free text is counted, never shown)' }) answered: number;
  @ApiProperty({ type: [ConsultationOptionResultDto] }) options: ConsultationOptionResultDto[];
}

class ConsultationAdoptionDto implements ConsultationAdoption {
  @ApiProperty() text: string;
  @ApiProperty() publishedAt: string;
}

export class ConsultationResultsDto implements ConsultationResults {
  @ApiProperty({ type: ConsultationSummaryDto }) consultation: ConsultationSummaryDto;
  @ApiProperty() responses: number;
  @ApiProperty({ type: [ConsultationQuestionResultDto] }) questions: ConsultationQuestionResultDto[];
  @ApiProperty({ type: ConsultationAdoptionDto, nullable: true }) adoption: ConsultationAdoptionDto | null;
}

class StaffConsultationItemDto extends ConsultationSummaryDto implements StaffConsultationItem {
  @ApiProperty() responses: number;
}

export class StaffConsultationsResponseDto implements StaffConsultationsResponse {
  @ApiProperty({ type: [StaffConsultationItemDto] }) items: StaffConsultationItemDto[];
}
