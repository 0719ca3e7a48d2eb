import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { SmsGatewayClient } from './clients/sms-gateway.client';
import { WechatClient } from './clients/wechat.client';
import { SessionEntity } from './session.entity';
import { InProcessSmsCodeStore, SmsCodeStore } from './sms-codes';
import { TokensService } from './tokens.service';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard';

@Module({
  imports: [
    UsersModule,
    TypeOrmModule.forFeature([SessionEntity]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.auth.tokenSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  controllers: [AuthController],
  providers: [TokensService, AuthService, AuthGuard, RateLimitGuard, WechatClient, SmsGatewayClient, { provide: SmsCodeStore, useClass: InProcessSmsCodeStore }],
  exports: [TokensService, AuthGuard, RateLimitGuard],
})
export class AuthModule {}
