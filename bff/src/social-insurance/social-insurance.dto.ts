import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CITY_IDS,
  type CityId,
  type ContributionsResponse,
  type PayResidentMedicalRequest,
  type PaymentReceipt,
  type ResidentMedicalStatus,
  type InsuranceKind,
  type MonthlyContribution,
  type Shares,
  type SocialInsuranceSummary,
  type YearlyTotalsResponse,
} from '@portal/shared';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export class ContributionsQueryDto {
  @Transform(({ value }) => (typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'year must be a year such as 2025' })
  @Min(1990, { message: 'year must be 1990 or later' })
  @Max(2100, { message: 'year must be a year such as 2025' })
  @ApiProperty({ example: 2025 })
  year: number;
}

export class PayResidentMedicalRequestDto implements PayResidentMedicalRequest {
  @IsInt({ message: 'year must be a year such as 2026' })
  @Min(2000, { message: 'year must be 2000 or later' })
  @Max(2100, { message: 'year must be a year such as 2026' })
  @ApiProperty({ example: 2026 })
  year: number;
}

export class ResidentMedicalStatusDto implements ResidentMedicalStatus {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty() year: number;
  @ApiProperty({ example: '60周岁以上居民' }) category: string;
  @ApiProperty({ description: 'yuan' }) amountDue: number;
  @ApiProperty({ enum: ['unpaid', 'paid'] }) status: 'unpaid' | 'paid';
  @ApiProperty({ nullable: true, type: String }) paidAt: string | null;
}

export class PaymentReceiptDto implements PaymentReceipt {
  @ApiProperty() paymentId: string;
  @ApiProperty({ description: 'Our reference, to quote when asking about the payment' }) reference: string;
  @ApiProperty() tradeNo: string;
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty() year: number;
  @ApiProperty({ description: 'yuan' }) amount: number;
  @ApiProperty() paidAt: string;
  @ApiProperty() description: string;
}

export class SharesDto implements Shares {
  @ApiProperty() personal: number;
  @ApiProperty() employer: number;
}

export class SocialInsuranceSummaryDto implements SocialInsuranceSummary {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ enum: ['employee', 'resident'] }) insuredType: 'employee' | 'resident';
  @ApiProperty({ enum: ['active', 'suspended'] }) status: 'active' | 'suspended';
  @ApiProperty({ nullable: true, type: String }) employer: string | null;
  @ApiProperty({ description: 'yuan' }) paymentBase: number;
  @ApiProperty() monthsPaid: number;
  @ApiProperty({ nullable: true, type: String, example: '2007-07' }) insuredSince: string | null;
}

export class MonthlyContributionDto implements MonthlyContribution {
  @ApiProperty({ example: '2025-01' }) month: string;
  @ApiProperty() paymentBase: number;
  @ApiPropertyOptional({ description: 'pension, medical, unemployment, workInjury, maternity (where collected separately)' })
  byInsurance: Partial<Record<InsuranceKind, SharesDto>>;
  @ApiProperty() personalTotal: number;
  @ApiProperty() employerTotal: number;
}

export class ContributionsResponseDto implements ContributionsResponse {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty() year: number;
  @ApiProperty({ type: [MonthlyContributionDto] }) months: MonthlyContributionDto[];
  @ApiProperty() personalTotal: number;
  @ApiProperty() employerTotal: number;
}

class YearTotalDto {
  @ApiProperty() year: number;
  @ApiProperty() monthsPaid: number;
  @ApiProperty() personalTotal: number;
  @ApiProperty() employerTotal: number;
}

export class YearlyTotalsResponseDto implements YearlyTotalsResponse {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ type: [YearTotalDto] }) years: YearTotalDto[];
}
