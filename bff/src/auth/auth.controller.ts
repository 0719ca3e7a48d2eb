import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { LoginResponse, SmsSendResponse } from '@portal/shared';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { RequestId } from '../common/request-context';
import {
  LoginResponseDto,
  LogoutRequestDto,
  RefreshRequestDto,
  RefreshResponseDto,
  SmsSendRequestDto,
  SmsSendResponseDto,
  SmsVerifyRequestDto,
  WechatLoginRequestDto,
} from './auth.dto';
import { AuthService } from './auth.service';
import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard';

@ApiTags('auth')
@ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED with the field named, or the code was not right' })
@ApiTooManyRequestsResponse({ type: ErrorEnvelopeDto, description: 'RATE_LIMITED or SMS_CODE_LOCKED, with Retry-After' })
@UseGuards(RateLimitGuard)
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('sms/send')
  @HttpCode(200)
  @RateLimit(
    { name: 'sms-send-client', points: 5, windowSeconds: 600, by: 'client' },
    { name: 'sms-send-phone', points: 1, windowSeconds: 60, by: 'phone' },
    { name: 'sms-send-phone-day', points: 10, windowSeconds: 86_400, by: 'phone' },
  )
  @ApiOperation({ summary: 'Send a 6-digit sign-in code by SMS (valid 5 minutes; one a minute and 10 a day per number)' })
  @ApiOkResponse({ type: SmsSendResponseDto })
  sendSmsCode(@Body() body: SmsSendRequestDto, @RequestId() requestId: string): Promise<SmsSendResponse> {
    return this.auth.sendSmsCode(body.phone, requestId);
  }

  @Post('sms/verify')
  @HttpCode(200)
  @RateLimit({ name: 'sms-verify-client', points: 20, windowSeconds: 60, by: 'client' })
  @ApiOperation({ summary: 'Sign in with the SMS code (at most 5 wrong tries per code)' })
  @ApiOkResponse({ type: LoginResponseDto })
  verifySmsCode(@Body() body: SmsVerifyRequestDto): Promise<LoginResponse> {
    return this.auth.verifySmsCode(body.phone, body.code);
  }

  @Post('wechat')
  @HttpCode(200)
  @RateLimit({ name: 'wechat-client', points: 20, windowSeconds: 60, by: 'client' })
  @ApiOperation({ summary: "Sign in with the mini-program's wx.login code (exchanged at sns/jscode2session)" })
  @ApiOkResponse({ type: LoginResponseDto })
  signInWithWechat(@Body() body: WechatLoginRequestDto, @RequestId() requestId: string): Promise<LoginResponse> {
    return this.auth.signInWithWechat(body.code, requestId);
  }

  @Post('refresh')
  @HttpCode(200)
  @RateLimit({ name: 'refresh-client', points: 60, windowSeconds: 60, by: 'client' })
  @ApiOperation({ summary: 'A new token pair; the refresh token is used up (rotation)' })
  @ApiOkResponse({ type: RefreshResponseDto })
  @ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'SESSION_EXPIRED' })
  refresh(@Body() body: RefreshRequestDto): Promise<RefreshResponseDto> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session the refresh token belongs to' })
  @ApiNoContentResponse()
  async logout(@Body() body: LogoutRequestDto): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }
}
