import { Body, Controller, Get, Header, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { StaffLoginResponse, StaffProfile } from '@portal/shared';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard';
import { StaffLoginRequestDto, StaffLoginResponseDto, StaffProfileDto } from './staff.dto';
import { StaffAuthService } from './staff-auth.service';
import { StaffEndpoints } from './staff-endpoints.decorator';
import { Origin, StaffMember } from './staff.guard';
import type { AuditOrigin, StaffPrincipal } from './staff-principal';

@ApiTags('staff')
@Controller('v1/staff')
export class StaffAuthController {
  constructor(private readonly auth: StaffAuthService) {}

  @Post('auth/login')
  @HttpCode(200)
  @UseGuards(RateLimitGuard)
  @RateLimit({ name: 'staff-login-client', points: 20, windowSeconds: 600, by: 'client' })
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Staff sign-in with username and password (5 wrong passwords in a row lock the account for 15 minutes)' })
  @ApiOkResponse({ type: StaffLoginResponseDto })
  @ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED with the field named' })
  @ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHORIZED: the username or password is not right (one answer for both)' })
  @ApiTooManyRequestsResponse({ type: ErrorEnvelopeDto, description: 'RATE_LIMITED with Retry-After: too many attempts from this client or for this username, or the account is locked' })
  login(@Body() body: StaffLoginRequestDto, @Origin() origin: AuditOrigin): Promise<StaffLoginResponse> {
    return this.auth.login(body.username, body.password, origin);
  }
}

@ApiTags('staff')
@StaffEndpoints()
@Controller('v1/staff')
export class StaffSessionController {
  constructor(private readonly auth: StaffAuthService) {}

  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End this staff sign-in: its token is refused from now on' })
  @ApiNoContentResponse()
  logout(@StaffMember() staff: StaffPrincipal, @Origin() origin: AuditOrigin): Promise<void> {
    return this.auth.logout(staff, origin);
  }

  @Get('me')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'The signed-in staff member: name, role, department' })
  @ApiOkResponse({ type: StaffProfileDto })
  me(@StaffMember() staff: StaffPrincipal): Promise<StaffProfile> {
    return this.auth.profile(staff.id);
  }
}
