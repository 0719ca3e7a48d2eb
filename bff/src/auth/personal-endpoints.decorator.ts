import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiServiceUnavailableResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { AuthGuard } from './auth.guard';

/**
 * A controller of personal services: signed-in citizens only, and the answers every such endpoint
 * can give besides its own (documented once, here).
 */
export function PersonalEndpoints(notFound: string): ClassDecorator {
  return applyDecorators(
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHORIZED or SESSION_EXPIRED' }),
    ApiForbiddenResponse({ type: ErrorEnvelopeDto, description: 'IDENTITY_NOT_VERIFIED: complete the real-name binding first' }),
    ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: `CITY_NOT_FOUND, SERVICE_NOT_IN_CITY, or ${notFound}` }),
    ApiServiceUnavailableResponse({ type: ErrorEnvelopeDto, description: 'UPSTREAM_UNAVAILABLE (never a stale personal answer)' }),
    UseGuards(AuthGuard),
  );
}
