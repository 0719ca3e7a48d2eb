import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { PersonalTaxAnnual } from '@portal/shared';
import { CitizenId } from '../auth/auth.guard';
import { PersonalEndpoints } from '../auth/personal-endpoints.decorator';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { RequestId } from '../common/request-context';
import { PersonalTaxAnnualDto, PersonalTaxAnnualQueryDto } from './personal-tax.dto';
import { PersonalTaxService } from './personal-tax.service';

@ApiTags('personal-tax')
@PersonalEndpoints('no taxpayer record')
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
