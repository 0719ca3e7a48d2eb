import { Body, Controller, Get, Header, Headers, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { ConsultationResponseReceipt, ConsultationResults, ConsultationView, ConsultationsResponse } from '@portal/shared';
import { AuthGuard, CitizenId } from '../auth/auth.guard';
import { TokensService } from '../auth/tokens.service';
import { AppException } from '../common/app-exception';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { PublicCache } from '../http-cache/public-cache.decorator';
import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard';
import {
  ConsultationResponseReceiptDto,
  ConsultationResultsDto,
  ConsultationViewDto,
  ConsultationsResponseDto,
  SubmitConsultationResponseRequestDto,
} from './consultations.dto';
import { ConsultationsService } from './consultations.service';

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]+)$/;

@ApiTags('consultations')
@Controller('v1')
export class ConsultationsController {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly tokens: TokensService,
  ) {}

  @Get('cities/:city/consultations')
  @PublicCache(30)
  @ApiOperation({ summary: 'Public opinion collection (意见征集): open, upcoming and closed consultations of a city' })
  @ApiOkResponse({ type: ConsultationsResponseDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'CITY_NOT_FOUND' })
  list(@Param('city') city: string): Promise<ConsultationsResponse> {
    return this.consultations.listForCity(city);
  }

  @Get('consultations/:id')
  // Never in the shared response cache: with a token it says whether this citizen responded.
  @Header('Cache-Control', 'private, no-cache')
  @ApiOperation({ summary: 'A consultation with its questions; with a Bearer token, whether that citizen already responded' })
  @ApiOkResponse({ type: ConsultationViewDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND' })
  @ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'SESSION_EXPIRED: a token was sent and is no longer valid' })
  async view(@Param('id') id: string, @Headers('authorization') authorization: string | undefined): Promise<ConsultationView> {
    return this.consultations.view(id, await this.optionalCitizen(authorization));
  }

  @Post('consultations/:id/responses')
  @Header('Cache-Control', 'private, no-store')
  @ApiBearerAuth()
  @UseGuards(AuthGuard, RateLimitGuard)
  @RateLimit({ name: 'consultation-response-client', points: 20, windowSeconds: 60, by: 'client' })
  @ApiOperation({ summary: 'Respond to an open consultation, once; send an Idempotency-Key so a retry answers the same receipt' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '8–64 letters, digits, - or _; the same for every retry' })
  @ApiCreatedResponse({ type: ConsultationResponseReceiptDto })
  @ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHORIZED or SESSION_EXPIRED' })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND' })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'CONSULTATION_NOT_OPEN, CONSULTATION_CLOSED, ALREADY_RESPONDED or IDEMPOTENCY_KEY_REUSED' })
  respond(
    @Param('id') id: string,
    @Body() body: SubmitConsultationResponseRequestDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CitizenId() userId: string,
  ): Promise<ConsultationResponseReceipt> {
    return this.consultations.respond(id, userId, body, idempotencyKey);
  }

  @Get('consultations/:id/results')
  @PublicCache(30)
  @ApiOperation({ summary: 'Results after closing: responses, counts per option (free text counted, never shown), and what was adopted' })
  @ApiOkResponse({ type: ConsultationResultsDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND' })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'RESULTS_NOT_PUBLISHED: the consultation has not closed yet' })
  results(@Param('id') id: string): Promise<ConsultationResults> {
    return this.consultations.results(id);
  }

  private async optionalCitizen(authorization: string | undefined): Promise<string | null> {
    if (authorization === undefined || authorization === '') return null;
    const match = BEARER.exec(authorization);
    if (!match) throw AppException.unauthorized();
    return (await this.tokens.verifyAccess(match[1]!)).sub;
  }
}
