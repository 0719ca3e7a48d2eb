import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity/identity.module';
import { FamilyMemberEntity } from './family-member.entity';
import { FamilyService } from './family.service';

@Module({ imports: [TypeOrmModule.forFeature([FamilyMemberEntity]), IdentityModule], providers: [FamilyService], exports: [FamilyService] })
export class FamilyModule {}
