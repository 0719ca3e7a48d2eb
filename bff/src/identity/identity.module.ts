import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { CitizenIdentityService } from './citizen-identity.service';
import { IdentityCheckClient } from './clients/identity-check.client';
import { IdentityVerificationService } from './identity-verification.service';

@Module({
  imports: [UsersModule],
  providers: [IdentityCheckClient, IdentityVerificationService, CitizenIdentityService],
  exports: [IdentityVerificationService, CitizenIdentityService],
})
export class IdentityModule {}
