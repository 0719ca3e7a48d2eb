import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CITY_IDS,
  DISTRICT_PATTERN,
  SCHOOL_NAME_MAX,
  SCHOOL_STAGES,
  type CityId,
  type EnrollmentPolicy,
  type EnrollmentPolicyQuery,
  type School,
  type SchoolsQuery,
  type SchoolsResponse,
  type SchoolStage,
} from '@portal/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { FreshnessDto } from '../common/freshness.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DISTRICT_MESSAGE = 'district must be a district name such as 徐汇区';

/** Reusable: a district as the city writes it. */
function District(required: boolean): PropertyDecorator {
  return (target, key) => {
    if (!required) IsOptional()(target, key);
    Transform(trim)(target, key);
    IsString({ message: DISTRICT_MESSAGE })(target, key);
    Matches(DISTRICT_PATTERN, { message: DISTRICT_MESSAGE })(target, key);
    (required ? ApiProperty : ApiPropertyOptional)({ example: '徐汇区', pattern: DISTRICT_PATTERN.source })(target, key);
  };
}

export class EnrollmentPolicyQueryDto implements EnrollmentPolicyQuery {
  @District(true)
  district: string;
}

export class SchoolsQueryDto implements SchoolsQuery {
  @District(false)
  district?: string;

  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'name must be text' })
  @Length(1, SCHOOL_NAME_MAX, { message: `name must be 1 to ${SCHOOL_NAME_MAX} characters, part of a school's name` })
  @Matches(/^[^\u0000-\u001f\u007f<>]+$/, { message: 'name may not contain control characters or < >' })
  @ApiPropertyOptional({ example: '向阳', description: "Part of the school's name", maxLength: SCHOOL_NAME_MAX })
  name?: string;

  @IsOptional()
  @IsIn(SCHOOL_STAGES, { message: 'stage must be primary or junior' })
  @ApiPropertyOptional({ enum: SCHOOL_STAGES })
  stage?: SchoolStage;
}

class PrimaryRuleDto {
  @ApiProperty() rule: string;
  @ApiProperty({ example: '2019-09-01' }) birthFrom: string;
  @ApiProperty({ example: '2020-08-31' }) birthTo: string;
}
class JuniorRuleDto {
  @ApiProperty() rule: string;
}
class KeyDateDto {
  @ApiProperty({ example: '入学信息登记' }) item: string;
  @ApiProperty({ example: '2026-04-07' }) start: string;
  @ApiProperty({ example: '2026-04-20' }) end: string;
}

export class EnrollmentPolicyDto extends FreshnessDto implements EnrollmentPolicy {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ example: '徐汇区' }) district: string;
  @ApiProperty({ type: PrimaryRuleDto }) primary: PrimaryRuleDto;
  @ApiProperty({ type: JuniorRuleDto }) junior: JuniorRuleDto;
  @ApiProperty({ type: [KeyDateDto] }) keyDates: KeyDateDto[];
}

class SchoolDto implements School {
  @ApiProperty({ example: 'XH001' }) code: string;
  @ApiProperty({ example: '上海市徐汇区向阳小学' }) name: string;
  @ApiProperty({ example: '徐汇区' }) district: string;
  @ApiProperty({ enum: SCHOOL_STAGES }) stage: SchoolStage;
  @ApiProperty({ enum: ['public', 'private'] }) type: 'public' | 'private';
}

export class SchoolsResponseDto extends FreshnessDto implements SchoolsResponse {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ type: [SchoolDto] }) schools: SchoolDto[];
}
