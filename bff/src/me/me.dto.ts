import { ApiProperty } from '@nestjs/swagger';
import { FAMILY_RELATIONS, type AcceptPrivacyRequest, type FamilyMember, type FamilyRelation, type FamilyResponse, type HeldRecords, type MaskedIdentity, type MeResponse } from '@portal/shared';
import { IsString, Length } from 'class-validator';

export class AcceptPrivacyRequestDto implements AcceptPrivacyRequest {
  @IsString({ message: 'version must be text' })
  @Length(1, 20, { message: 'version must be the privacy notice version shown' })
  @ApiProperty({ example: '2026-11' })
  version: string;
}

export class MaskedIdentityDto implements MaskedIdentity {
  @ApiProperty({ example: '张*' }) name: string;
  @ApiProperty({ example: '310104********0015' }) idNumber: string;
  @ApiProperty() verifiedAt: string;
}

export class FamilyMemberDto implements FamilyMember {
  @ApiProperty() id: string;
  @ApiProperty({ enum: FAMILY_RELATIONS }) relation: FamilyRelation;
  @ApiProperty({ type: MaskedIdentityDto }) identity: MaskedIdentityDto;
}

export class FamilyResponseDto implements FamilyResponse {
  @ApiProperty({ type: [FamilyMemberDto] }) members: FamilyMemberDto[];
}

class PrivacyStateDto {
  @ApiProperty({ nullable: true, type: String }) acceptedVersion: string | null;
  @ApiProperty() currentVersion: string;
  @ApiProperty({ nullable: true, type: String }) acceptedAt: string | null;
}

class HeldRecordsDto implements HeldRecords {
  @ApiProperty() letters: number;
  @ApiProperty() messages: number;
  @ApiProperty() consultationResponses: number;
  @ApiProperty() appointments: number;
  @ApiProperty() payments: number;
  @ApiProperty() ratings: number;
}

export class MeResponseDto implements MeResponse {
  @ApiProperty() id: string;
  @ApiProperty({ nullable: true, type: String, example: '138****8000' }) phone: string | null;
  @ApiProperty() wechat: boolean;
  @ApiProperty({ type: MaskedIdentityDto, nullable: true }) identity: MaskedIdentityDto | null;
  @ApiProperty({ type: [FamilyMemberDto] }) family: FamilyMemberDto[];
  @ApiProperty({ type: PrivacyStateDto }) privacy: PrivacyStateDto;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: HeldRecordsDto, description: 'How many records of each kind are held; DELETE /me removes them all.' }) held: HeldRecordsDto;
}
