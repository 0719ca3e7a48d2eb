import { ApiProperty } from '@nestjs/swagger';
import {
  CITY_IDS,
  INCOME_TYPES,
  SPECIAL_ADDITIONAL_DEDUCTIONS,
  TAX_YEAR_MAX,
  TAX_YEAR_MIN,
  type CityId,
  type IncomeByType,
  type IncomeType,
  type PersonalTaxAnnual,
  type PersonalTaxAnnualQuery,
  type ReconciliationOutcome,
  type SpecialAdditionalDeduction,
} from '@portal/shared';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

const YEAR_MESSAGE = `year must be a tax year from ${TAX_YEAR_MIN} to ${TAX_YEAR_MAX}`;

export class PersonalTaxAnnualQueryDto implements PersonalTaxAnnualQuery {
  @Transform(({ value }) => (typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value))
  @IsInt({ message: YEAR_MESSAGE })
  @Min(TAX_YEAR_MIN, { message: YEAR_MESSAGE })
  @Max(TAX_YEAR_MAX, { message: YEAR_MESSAGE })
  @ApiProperty({ minimum: TAX_YEAR_MIN, maximum: TAX_YEAR_MAX, example: 2025 })
  year: number;
}

class IncomeByTypeDto implements IncomeByType {
  @ApiProperty({ enum: INCOME_TYPES }) type: IncomeType;
  @ApiProperty({ example: '工资薪金' }) label: string;
  @ApiProperty() income: number;
  @ApiProperty() taxWithheld: number;
  @ApiProperty() payments: number;
}

class DeductionDto {
  @ApiProperty({ enum: SPECIAL_ADDITIONAL_DEDUCTIONS }) type: SpecialAdditionalDeduction;
  @ApiProperty({ example: '住房租金' }) label: string;
  @ApiProperty() amount: number;
}

class ReconciliationDto {
  @ApiProperty() comprehensiveIncome: number;
  @ApiProperty() basicDeduction: number;
  @ApiProperty({ description: 'Personal social insurance and provident fund' }) specialDeductions: number;
  @ApiProperty({ type: [DeductionDto] }) specialAdditionalDeductions: DeductionDto[];
  @ApiProperty() taxableIncome: number;
  @ApiProperty() taxPayable: number;
  @ApiProperty() taxWithheld: number;
  @ApiProperty({ enum: ['none', 'refund', 'due', 'exempt'] }) outcome: ReconciliationOutcome;
  @ApiProperty({ example: '申请退税' }) outcomeLabel: string;
  @ApiProperty() refund: number;
  @ApiProperty() amountDue: number;
}

export class PersonalTaxAnnualDto implements PersonalTaxAnnual {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty() year: number;
  @ApiProperty({ type: [IncomeByTypeDto] }) income: IncomeByTypeDto[];
  @ApiProperty() incomeTotal: number;
  @ApiProperty() taxWithheldTotal: number;
  @ApiProperty({ type: ReconciliationDto }) reconciliation: ReconciliationDto;
}
