import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CITY_IDS, type Appointment, type BookAppointmentRequest, type CityId, type RescheduleAppointmentRequest } from '@portal/shared';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

const PERSON = /^(self|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class PersonQueryDto {
  @IsString({ message: 'person must be self or a family member id' })
  @Matches(PERSON, { message: 'person must be self or a family member id' })
  @ApiProperty({ example: 'self' })
  person: string;
}

export class ClinicsQueryDto {
  @IsOptional()
  @IsString({ message: 'district must be text' })
  @Length(2, 10, { message: 'district must be a district name, e.g. 武侯区' })
  @ApiPropertyOptional({ example: '武侯区' })
  district?: string;
}

export class SlotsQueryDto {
  @Matches(DATE, { message: 'date must be a day like 2026-03-03' })
  @ApiProperty({ example: '2026-03-03' })
  date: string;
}

export class ClinicParamsDto {
  @IsString()
  city: string;

  @Matches(/^[A-Za-z0-9_-]{2,40}$/, { message: 'clinicId must be a clinic id from the clinic list' })
  clinicId: string;
}

export class BookAppointmentRequestDto implements BookAppointmentRequest {
  @Matches(/^[A-Za-z0-9_-]{2,40}$/, { message: 'clinicId must be a clinic id from the clinic list' })
  @ApiProperty({ example: 'CDJZ005' })
  clinicId: string;

  @Matches(DATE, { message: 'date must be a day like 2026-03-03' })
  @ApiProperty({ example: '2026-03-03' })
  date: string;

  @Matches(/^\d{2}:\d{2}-\d{2}:\d{2}$/, { message: 'period must be one of the periods shown, like 08:30-09:30' })
  @ApiProperty({ example: '08:30-09:30' })
  period: string;

  @Matches(/^[A-Za-z0-9-]{2,20}$/, { message: 'vaccineCode must be a vaccine code from the list, like Flu' })
  @ApiProperty({ example: 'Flu' })
  vaccineCode: string;

  @Matches(PERSON, { message: 'person must be self or a family member id' })
  @ApiProperty({ example: 'self' })
  person: string;
}

export class RescheduleAppointmentRequestDto implements RescheduleAppointmentRequest {
  @Matches(DATE, { message: 'date must be a day like 2026-03-03' })
  @ApiProperty({ example: '2026-03-04' })
  date: string;

  @Matches(/^\d{2}:\d{2}-\d{2}:\d{2}$/, { message: 'period must be one of the periods shown, like 08:30-09:30' })
  @ApiProperty({ example: '09:30-10:30' })
  period: string;
}

export class AppointmentDto implements Appointment {
  @ApiProperty() id: string;
  @ApiProperty() reference: string;
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty() clinicId: string;
  @ApiProperty() date: string;
  @ApiProperty() period: string;
  @ApiProperty() vaccineCode: string;
  @ApiProperty() person: string;
  @ApiProperty({ enum: ['booked', 'cancelled'] }) status: 'booked' | 'cancelled';
  @ApiProperty() createdAt: string;
}
