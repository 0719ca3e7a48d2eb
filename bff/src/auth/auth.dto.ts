import { ApiProperty } from '@nestjs/swagger';
import type {
  LoginResponse,
  LogoutRequest,
  RefreshRequest,
  SessionTokens,
  SmsSendRequest,
  SmsSendResponse,
  SmsVerifyRequest,
  WechatLoginRequest,
} from '@portal/shared';
import { IsString, Length, Matches } from 'class-validator';

export class WechatLoginRequestDto implements WechatLoginRequest {
  @IsString({ message: 'code must be text' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'code must be the code wx.login gave (8 to 64 letters, digits, - or _)' })
  @ApiProperty({ description: 'The one-time code from wx.login' })
  code: string;
}

export class SmsSendRequestDto implements SmsSendRequest {
  @IsString({ message: 'phone must be text' })
  @Length(11, 20, { message: 'phone must be an 11-digit mainland mobile number' })
  @ApiProperty({ example: '13800138000' })
  phone: string;
}

export class SmsVerifyRequestDto extends SmsSendRequestDto implements SmsVerifyRequest {
  @IsString({ message: 'code must be text' })
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits from the text message' })
  @ApiProperty({ example: '123456' })
  code: string;
}

export class RefreshRequestDto implements RefreshRequest {
  @IsString({ message: 'refreshToken must be text' })
  @Length(20, 200, { message: 'refreshToken is not a refresh token' })
  @ApiProperty()
  refreshToken: string;
}

export class LogoutRequestDto extends RefreshRequestDto implements LogoutRequest {}

export class SmsSendResponseDto implements SmsSendResponse {
  @ApiProperty({ example: '138****8000' }) sentTo: string;
  @ApiProperty({ example: 300 }) expiresInSeconds: number;
  @ApiProperty({ example: 60 }) resendAfterSeconds: number;
}

export class SessionTokensDto implements SessionTokens {
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty() accessToken: string;
  @ApiProperty({ example: 900 }) accessTokenExpiresIn: number;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ example: 2592000 }) refreshTokenExpiresIn: number;
}

export class LoginResponseDto extends SessionTokensDto implements LoginResponse {
  @ApiProperty() userId: string;
  @ApiProperty() isNew: boolean;
}

export class RefreshResponseDto extends SessionTokensDto {
  @ApiProperty() userId: string;
}
