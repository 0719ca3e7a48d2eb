import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode, type ErrorEnvelope, type FieldError } from '@portal/shared';

export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'direction' }) field: string;
  @ApiProperty({ example: 'isIn' }) rule: string;
  @ApiProperty({ example: 'direction must be 0 (outbound) or 1 (inbound)' }) message: string;
}

export class ErrorEnvelopeDto implements ErrorEnvelope {
  @ApiProperty({ enum: ERROR_CODES }) code: ErrorCode;
  @ApiProperty({ example: 'Please check these fields: direction.' }) message: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) details?: FieldError[];
  @ApiProperty({ example: '6f1c2e9a-2b1d-4c55-9a0e-1f7b0f3c2d11' }) requestId: string;
}
