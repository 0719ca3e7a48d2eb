import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CITY_IDS,
  LOAN_HOMES,
  LOAN_YEARS_MAX,
  LOAN_YEARS_MIN,
  PROVIDENT_FUND_MONTHS_MAX,
  type CityId,
  type LoanBound,
  type LoanEstimate,
  type LoanEstimateQuery,
  type LoanHome,
  type LoanIneligibility,
  type LoanRules,
  type ProvidentFundBalanceHistory,
  type ProvidentFundBalancePoint,
  type ProvidentFundDeposit,
  type ProvidentFundDepositsQuery,
  type ProvidentFundDepositsResponse,
  type ProvidentFundSummary,
} from '@portal/shared';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

/** Query text of whole digits becomes a number; anything else stays as sent, for the validators to name. */
const toInteger = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value);
const toAmount = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,9}(\.\d{1,2})?$/.test(value) ? Number(value) : value);

export class ProvidentFundDepositsQueryDto implements ProvidentFundDepositsQuery {
  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: `months must be a whole number from 1 to ${PROVIDENT_FUND_MONTHS_MAX}` })
  @Min(1, { message: `months must be a whole number from 1 to ${PROVIDENT_FUND_MONTHS_MAX}` })
  @Max(PROVIDENT_FUND_MONTHS_MAX, { message: `months must be a whole number from 1 to ${PROVIDENT_FUND_MONTHS_MAX}` })
  @ApiPropertyOptional({ minimum: 1, maximum: PROVIDENT_FUND_MONTHS_MAX, default: PROVIDENT_FUND_MONTHS_MAX })
  months?: number;
}

export class LoanEstimateQueryDto implements LoanEstimateQuery {
  @Transform(({ value }) => (value === '1' ? 1 : value === '2' ? 2 : value))
  @IsIn([1, 2], { message: 'earners must be 1 (borrowing alone) or 2 (with a spouse who also deposits)' })
  @ApiProperty({ enum: [1, 2], description: '1 borrows alone; 2 with a spouse who also deposits (family cap)' })
  earners: 1 | 2;

  @IsIn(LOAN_HOMES, { message: 'home must be first or second' })
  @ApiProperty({ enum: LOAN_HOMES, description: 'first or second home (different caps and rates)' })
  home: LoanHome;

  @Transform(toInteger)
  @IsInt({ message: `years must be a whole number from ${LOAN_YEARS_MIN} to ${LOAN_YEARS_MAX}` })
  @Min(LOAN_YEARS_MIN, { message: `years must be a whole number from ${LOAN_YEARS_MIN} to ${LOAN_YEARS_MAX}` })
  @Max(LOAN_YEARS_MAX, { message: `years must be a whole number from ${LOAN_YEARS_MIN} to ${LOAN_YEARS_MAX}` })
  @ApiProperty({ minimum: LOAN_YEARS_MIN, maximum: LOAN_YEARS_MAX, example: 30, description: 'Term; also bounded by the city’s maximum term' })
  years: number;

  @IsOptional()
  @Transform(toAmount)
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'amount must be an amount in yuan, such as 500000' })
  @Min(10_000, { message: 'amount must be at least 10000 yuan' })
  @Max(10_000_000, { message: 'amount must be at most 10000000 yuan' })
  @ApiPropertyOptional({ example: 500000, description: 'Loan wanted, yuan; without it the estimate is for the maximum' })
  amount?: number;
}

class MonthlyDepositDto {
  @ApiProperty() personal: number;
  @ApiProperty() employer: number;
  @ApiProperty() total: number;
}

export class ProvidentFundSummaryDto implements ProvidentFundSummary {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ enum: ['active', 'sealed'] }) status: 'active' | 'sealed';
  @ApiProperty({ example: '2007-07-15' }) openedOn: string;
  @ApiProperty({ description: 'yuan' }) balance: number;
  @ApiProperty({ description: 'yuan' }) depositBase: number;
  @ApiProperty({ example: 0.05 }) personalRate: number;
  @ApiProperty({ example: 0.05 }) employerRate: number;
  @ApiProperty({ type: MonthlyDepositDto }) monthly: MonthlyDepositDto;
  @ApiProperty({ nullable: true, type: String, example: '2026-02' }) lastDepositMonth: string | null;
}

class ProvidentFundDepositDto implements ProvidentFundDeposit {
  @ApiProperty({ example: '2026-02' }) month: string;
  @ApiProperty({ example: '汇缴' }) kind: string;
  @ApiProperty() personal: number;
  @ApiProperty() employer: number;
  @ApiProperty() total: number;
}

export class ProvidentFundDepositsResponseDto implements ProvidentFundDepositsResponse {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ type: [ProvidentFundDepositDto], description: 'Newest first' }) deposits: ProvidentFundDepositDto[];
}

class ProvidentFundBalancePointDto implements ProvidentFundBalancePoint {
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty({ example: '2025-12', description: 'The last month the point covers: December, or this month for this year' }) through: string;
  @ApiProperty({ description: 'Balance at `through`, yuan' }) balance: number;
  @ApiProperty({ description: 'Deposited in the year, personal + employer, yuan' }) deposits: number;
  @ApiProperty({ description: 'Interest credited in the year (30 June), yuan' }) interest: number;
  @ApiProperty({ description: 'Taken out in the year, yuan' }) withdrawals: number;
}

export class ProvidentFundBalanceHistoryDto implements ProvidentFundBalanceHistory {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ type: [ProvidentFundBalancePointDto], description: 'Oldest first; the last is this year so far, on the summary’s balance' })
  points: ProvidentFundBalancePointDto[];
}

class LoanCapDto {
  @ApiProperty() single: number;
  @ApiProperty() family: number;
}
class LoanCapsDto {
  @ApiProperty({ type: LoanCapDto }) first: LoanCapDto;
  @ApiProperty({ type: LoanCapDto }) second: LoanCapDto;
}
class LoanRateDto {
  @ApiProperty({ example: 0.021 }) upTo5Years: number;
  @ApiProperty({ example: 0.026 }) over5Years: number;
}
class LoanRatesDto {
  @ApiProperty({ type: LoanRateDto }) first: LoanRateDto;
  @ApiProperty({ type: LoanRateDto }) second: LoanRateDto;
}
class LoanRulesDto implements LoanRules {
  @ApiProperty({ type: LoanCapsDto }) maxLoan: LoanCapsDto;
  @ApiProperty() balanceMultiple: number;
  @ApiProperty() maxTermYears: number;
  @ApiProperty() minDepositMonths: number;
  @ApiProperty({ type: LoanRatesDto }) rates: LoanRatesDto;
}
class LoanLimitsDto {
  @ApiProperty() cityCap: number;
  @ApiProperty({ description: 'Your balance × the city’s multiple' }) balanceLimit: number;
}

export class LoanEstimateDto implements LoanEstimate {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ enum: [1, 2] }) earners: 1 | 2;
  @ApiProperty({ enum: LOAN_HOMES }) home: LoanHome;
  @ApiProperty() years: number;
  @ApiProperty() eligible: boolean;
  @ApiProperty({ enum: ['accountSealed', 'tooFewDepositMonths'], nullable: true }) ineligibleReason: LoanIneligibility | null;
  @ApiProperty() maxAmount: number;
  @ApiProperty({ enum: ['cityCap', 'balanceMultiple'] }) maxBoundBy: Exclude<LoanBound, 'requested'>;
  @ApiProperty() amount: number;
  @ApiProperty({ enum: ['cityCap', 'balanceMultiple', 'requested'] }) amountBoundBy: LoanBound;
  @ApiProperty({ type: LoanLimitsDto }) limits: LoanLimitsDto;
  @ApiProperty({ example: 0.026 }) annualRate: number;
  @ApiProperty() months: number;
  @ApiProperty({ description: 'Equal instalments (等额本息), yuan' }) monthlyPayment: number;
  @ApiProperty() totalInterest: number;
  @ApiProperty() totalRepayment: number;
  @ApiProperty({ type: LoanRulesDto }) rules: LoanRulesDto;
}
