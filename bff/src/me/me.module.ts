import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { FamilyModule } from '../family/family.module';
import { IdentityModule } from '../identity/identity.module';
import { UsersModule } from '../users/users.module';
import { MeController } from './me.controller';
import { MeService } from './me.service';

@Module({ imports: [AuthModule, UsersModule, FamilyModule, IdentityModule], controllers: [MeController], providers: [MeService] })
export class MeModule {}
