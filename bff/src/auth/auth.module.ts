import { createSecretKey } from 'node:crypto';
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
      useFactory: (config: AppConfig) => {
        // A KeyObject made once: given a string, jsonwebtoken first tries (and fails) to read it as a
        // public key on every verify, which cost a third of a personal request's CPU time.
        const key = createSecretKey(Buffer.from(config.auth.tokenSecret, 'utf8'));
        return { secretOrKeyProvider: () => key, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } };
      },
    }),
  ],
  controllers: [AuthController],
  providers: [TokensService, AuthService, AuthGuard, RateLimitGuard, WechatClient, SmsGatewayClient, { provide: SmsCodeStore, useClass: InProcessSmsCodeStore }],
  exports: [TokensService, AuthGuard, RateLimitGuard],
})
export class AuthModule {}
