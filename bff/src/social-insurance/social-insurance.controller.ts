import { Body, Controller, Get, Header, Headers, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ContributionsResponse, PaymentReceipt, ResidentMedicalStatus, SocialInsuranceSummary, YearlyTotalsResponse } from '@portal/shared';
import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard';
import { ResidentMedicalService } from './resident-medical.service';
import { CitizenId } from '../auth/auth.guard';
import { PersonalEndpoints } from '../auth/personal-endpoints.decorator';
import { RequestId } from '../common/request-context';
import {
  ContributionsQueryDto,
  ContributionsResponseDto,
  PayResidentMedicalRequestDto,
  PaymentReceiptDto,
  ResidentMedicalStatusDto,
  SocialInsuranceSummaryDto,
  YearlyTotalsResponseDto,
} from './social-insurance.dto';
import { SocialInsuranceService } from './social-insurance.service';

@ApiTags('social-insurance')
@PersonalEndpoints('no record in this city')
@Controller('v1/cities/:city/social-insurance')
export class SocialInsuranceController {
  constructor(
    private readonly socialInsurance: SocialInsuranceService,
    private readonly residentMedical: ResidentMedicalService,
  ) {}

  @Get('summary')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'My account: insured type, status, payment base, months paid' })
  @ApiOkResponse({ type: SocialInsuranceSummaryDto })
  getSummary(@Param('city') city: string, @CitizenId() userId: string, @RequestId() requestId: string): Promise<SocialInsuranceSummary> {
    return this.socialInsurance.getSummary(city, userId, requestId);
  }

  @Get('contributions')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'My monthly contributions in a year, by insurance, personal and employer share' })
  @ApiOkResponse({ type: ContributionsResponseDto })
  getContributions(
    @Param('city') city: string,
    @Query() query: ContributionsQueryDto,
    @CitizenId() userId: string,
    @RequestId() requestId: string,
  ): Promise<ContributionsResponse> {
    return this.socialInsurance.getContributions(city, userId, query.year, requestId);
  }

  @Get('yearly')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'My yearly totals, this year and the four before' })
  @ApiOkResponse({ type: YearlyTotalsResponseDto })
  getYearly(@Param('city') city: string, @CitizenId() userId: string, @RequestId() requestId: string): Promise<YearlyTotalsResponse> {
    return this.socialInsurance.getYearly(city, userId, requestId);
  }

  @Get('resident-medical')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: "This year's resident medical insurance: category, amount due, paid or not" })
  @ApiOkResponse({ type: ResidentMedicalStatusDto })
  getResidentMedical(
    @Param('city') city: string,
    @Query() query: ContributionsQueryDto,
    @CitizenId() userId: string,
    @RequestId() requestId: string,
  ): Promise<ResidentMedicalStatus> {
    return this.residentMedical.getStatus(city, userId, query.year, requestId);
  }

  @Post('resident-medical/payments')
  @HttpCode(200)
  @Header('Cache-Control', 'private, no-store')
  @UseGuards(RateLimitGuard)
  @RateLimit({ name: 'payment-client', points: 10, windowSeconds: 60, by: 'client' })
  @ApiOperation({ summary: 'Pay the resident medical insurance; send an Idempotency-Key: a retry or double tap pays once' })
  @ApiOkResponse({ type: PaymentReceiptDto })
  payResidentMedical(
    @Param('city') city: string,
    @Body() body: PayResidentMedicalRequestDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CitizenId() userId: string,
    @RequestId() requestId: string,
  ): Promise<PaymentReceipt> {
    return this.residentMedical.pay(city, userId, body.year, idempotencyKey, requestId);
  }
}
