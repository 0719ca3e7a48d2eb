import { Module } from '@nestjs/common';
import { IdentityCheckClient } from './clients/identity-check.client';
import { IdentityVerificationService } from './identity-verification.service';

@Module({ providers: [IdentityCheckClient, IdentityVerificationService], exports: [IdentityVerificationService] })
export class IdentityModule {}
