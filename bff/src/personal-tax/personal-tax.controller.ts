import { Controller, Get, Header, Param, Query, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { PersonalTaxAnnual } from '@portal/shared';
import { AuthGuard, CitizenId } from '../auth/auth.guard';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { RequestId } from '../common/request-context';
import { PersonalTaxAnnualDto, PersonalTaxAnnualQueryDto } from './personal-tax.dto';
import { PersonalTaxService } from './personal-tax.service';

@ApiTags('personal-tax')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHORIZED or SESSION_EXPIRED' })
@ApiForbiddenResponse({ type: ErrorEnvelopeDto, description: 'IDENTITY_NOT_VERIFIED: complete the real-name binding first' })
@ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'CITY_NOT_FOUND, SERVICE_NOT_IN_CITY, or no taxpayer record' })
@ApiServiceUnavailableResponse({ type: ErrorEnvelopeDto, description: 'UPSTREAM_UNAVAILABLE (never a stale personal answer)' })
@UseGuards(AuthGuard)
@Controller('v1/cities/:city/personal-tax')
export class PersonalTaxController {
  constructor(private readonly personalTax: PersonalTaxService) {}

  @Get('annual')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'My tax year: income by type, tax withheld, and the annual reconciliation (refund or amount due)' })
  @ApiOkResponse({ type: PersonalTaxAnnualDto })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: year' })
  getAnnual(
    @Param('city') city: string,
    @Query() query: PersonalTaxAnnualQueryDto,
    @CitizenId() userId: string,
    @RequestId() requestId: string,
  ): Promise<PersonalTaxAnnual> {
    return this.personalTax.getAnnual(city, userId, query.year, requestId);
  }
}
