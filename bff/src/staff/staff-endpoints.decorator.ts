import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { StaffGuard } from './staff.guard';

/** The OpenAPI security scheme of staff tokens (citizens' tokens use `bearer`). */
export const STAFF_BEARER = 'staff-bearer';

/** A controller of the staff workbench: signed-in staff only, with a staff token. */
export function StaffEndpoints(): ClassDecorator {
  return applyDecorators(
    ApiBearerAuth(STAFF_BEARER),
    ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHORIZED or SESSION_EXPIRED (a citizen token is never accepted)' }),
    ApiForbiddenResponse({ type: ErrorEnvelopeDto, description: 'FORBIDDEN: the route needs another role' }),
    UseGuards(StaffGuard),
  );
}
