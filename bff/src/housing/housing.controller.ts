import { Controller, Get, Header, Param } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { PropertyCertificate } from '@portal/shared';
import { CitizenId } from '../auth/auth.guard';
import { PersonalEndpoints } from '../auth/personal-endpoints.decorator';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { RequestId } from '../common/request-context';
import { HousingCertificateParamsDto, PropertyCertificateDto } from './housing.dto';
import { HousingService } from './housing.service';

@ApiTags('housing')
@PersonalEndpoints('no certificate of yours with this number')
@Controller('v1/cities/:city/housing')
export class HousingController {
  constructor(private readonly housing: HousingService) {}

  @Get('certificates/:certificateNo')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'My property’s registration status by certificate number (only certificates I own)' })
  @ApiOkResponse({ type: PropertyCertificateDto })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: certificateNo' })
  getCertificate(@Param() params: HousingCertificateParamsDto, @CitizenId() userId: string, @RequestId() requestId: string): Promise<PropertyCertificate> {
    return this.housing.getCertificate(params.city, userId, params.certificateNo, requestId);
  }
}
