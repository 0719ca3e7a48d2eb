import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { DemoStaffSeeder } from './demo-staff';
import { StaffAccountEntity } from './staff-account.entity';
import { StaffAuditEntity } from './staff-audit.entity';
import { StaffAuditService } from './staff-audit.service';
import { StaffAuthController, StaffSessionController } from './staff-auth.controller';
import { StaffAuthService } from './staff-auth.service';
import { StaffSessionEntity } from './staff-session.entity';
import { StaffTokensService } from './staff-tokens.service';
import { StaffGuard } from './staff.guard';

/** Department staff: accounts, password sign-in, the staff guard and the audit log. */
@Module({
  imports: [TypeOrmModule.forFeature([StaffAccountEntity, StaffSessionEntity, StaffAuditEntity]), AuthModule],
  controllers: [StaffAuthController, StaffSessionController],
  providers: [StaffTokensService, StaffAuthService, StaffAuditService, StaffGuard, DemoStaffSeeder],
  exports: [StaffTokensService, StaffAuditService, StaffGuard, TypeOrmModule],
})
export class StaffModule {}
