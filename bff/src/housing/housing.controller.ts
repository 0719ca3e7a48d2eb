import { Controller, Get, Header, Param, UseGuards } from '@nestjs/common';
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
import type { PropertyCertificate } from '@portal/shared';
import { AuthGuard, CitizenId } from '../auth/auth.guard';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { RequestId } from '../common/request-context';
import { HousingCertificateParamsDto, PropertyCertificateDto } from './housing.dto';
import { HousingService } from './housing.service';

@ApiTags('housing')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHORIZED or SESSION_EXPIRED' })
@ApiForbiddenResponse({ type: ErrorEnvelopeDto, description: 'IDENTITY_NOT_VERIFIED: complete the real-name binding first' })
@ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'CITY_NOT_FOUND, SERVICE_NOT_IN_CITY, or no certificate of yours with this number' })
@ApiServiceUnavailableResponse({ type: ErrorEnvelopeDto, description: 'UPSTREAM_UNAVAILABLE (never a stale personal answer)' })
@UseGuards(AuthGuard)
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
