import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { EnrollmentPolicy, SchoolsResponse } from '@portal/shared';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { RequestId } from '../common/request-context';
import { PublicCache } from '../http-cache/public-cache.decorator';
import { EnrollmentPolicyDto, EnrollmentPolicyQueryDto, SchoolsQueryDto, SchoolsResponseDto } from './school-enrollment.dto';
import { SchoolEnrollmentService } from './school-enrollment.service';

@ApiTags('school-enrollment')
@ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'CITY_NOT_FOUND, SERVICE_NOT_IN_CITY, or no policy for the district' })
@ApiServiceUnavailableResponse({ type: ErrorEnvelopeDto, description: 'UPSTREAM_UNAVAILABLE (no earlier answer to serve stale)' })
@Controller('v1/cities/:city/school-enrollment')
export class SchoolEnrollmentController {
  constructor(private readonly schoolEnrollment: SchoolEnrollmentService) {}

  @Get('policy')
  @PublicCache(600)
  @ApiOperation({ summary: "This year's enrollment rules and key dates in a district" })
  @ApiOkResponse({ type: EnrollmentPolicyDto })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: district' })
  getPolicy(@Param('city') city: string, @Query() query: EnrollmentPolicyQueryDto, @RequestId() requestId: string): Promise<EnrollmentPolicy> {
    return this.schoolEnrollment.getPolicy(city, query.district, requestId);
  }

  @Get('schools')
  @PublicCache(600)
  @ApiOperation({ summary: 'Schools by district, stage and part of the name' })
  @ApiOkResponse({ type: SchoolsResponseDto })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED: district, name, stage' })
  getSchools(@Param('city') city: string, @Query() query: SchoolsQueryDto, @RequestId() requestId: string): Promise<SchoolsResponse> {
    return this.schoolEnrollment.getSchools(city, query, requestId);
  }
}
