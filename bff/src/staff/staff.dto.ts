import { ApiProperty } from '@nestjs/swagger';
import { CITY_IDS, STAFF_ROLES, type AuditEntry, type AuditLogResponse, type CityId, type StaffLoginRequest, type StaffLoginResponse, type StaffProfile, type StaffRole } from '@portal/shared';
import { IsString, Length } from 'class-validator';
import { LocalizedTextDto } from '../common/freshness.dto';

export class StaffLoginRequestDto implements StaffLoginRequest {
  @IsString({ message: 'username must be text' })
  @Length(1, 60, { message: 'username must be 1 to 60 characters' })
  @ApiProperty({ example: 'chengdu-wuhou-handler' })
  username: string;

  @IsString({ message: 'password must be text' })
  @Length(1, 200, { message: 'password must be 1 to 200 characters' })
  @ApiProperty({ example: 'demo-staff-2026', format: 'password' })
  password: string;
}

class StaffDepartmentDto {
  @ApiProperty({ example: 'chengdu-wuhou' }) id: string;
  @ApiProperty({ type: LocalizedTextDto }) name: LocalizedTextDto;
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
}

export class StaffProfileDto implements StaffProfile {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'chengdu-wuhou-handler' }) username: string;
  @ApiProperty({ example: '武侯区办理人（演示）' }) displayName: string;
  @ApiProperty({ enum: STAFF_ROLES }) role: StaffRole;
  @ApiProperty({ type: StaffDepartmentDto }) department: StaffDepartmentDto;
}

export class StaffLoginResponseDto implements StaffLoginResponse {
  @ApiProperty({ description: 'Send as `Authorization: Bearer …` to the staff endpoints only' }) accessToken: string;
  @ApiProperty({ example: 1800, description: 'Seconds; then sign in again' }) expiresIn: number;
  @ApiProperty({ type: StaffProfileDto }) staff: StaffProfileDto;
}

export class AuditEntryDto implements AuditEntry {
  @ApiProperty() at: string;
  @ApiProperty() staffId: string;
  @ApiProperty() staffName: string;
  @ApiProperty({ example: 'letter.accept' }) action: string;
  @ApiProperty({ nullable: true, type: String }) letterId: string | null;
  @ApiProperty({ nullable: true, type: String }) detail: string | null;
}

export class AuditLogResponseDto implements AuditLogResponse {
  @ApiProperty({ type: [AuditEntryDto] }) entries: AuditEntryDto[];
}
