import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Appointment, AppointmentsResponse, VaccinationClinicsResponse, VaccinationRecordsResponse, VaccinationSlotsResponse } from '@portal/shared';
import { AuthGuard, CitizenId } from '../auth/auth.guard';
import { AppException } from '../common/app-exception';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { RequestId } from '../common/request-context';
import { AppointmentDto, BookAppointmentRequestDto, ClinicParamsDto, ClinicsQueryDto, PersonQueryDto, RescheduleAppointmentRequestDto, SlotsQueryDto } from './vaccination.dto';
import { VaccinationService } from './vaccination.service';

@ApiTags('vaccination')
@Controller('v1/cities/:city/vaccination')
export class VaccinationController {
  constructor(private readonly vaccination: VaccinationService) {}

  @Get('records')
  @UseGuards(AuthGuard)
  @ApiBearerAuth()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: "My or a family member's vaccination records" })
  getRecords(@Param('city') city: string, @Query() query: PersonQueryDto, @CitizenId() userId: string, @RequestId() requestId: string): Promise<VaccinationRecordsResponse> {
    return this.vaccination.getRecords(city, userId, query.person, requestId);
  }

  @Get('clinics')
  @ApiOperation({ summary: 'Vaccination clinics, by district' })
  getClinics(@Param('city') city: string, @Query() query: ClinicsQueryDto, @RequestId() requestId: string): Promise<VaccinationClinicsResponse> {
    return this.vaccination.getClinics(city, query.district, requestId);
  }

  @Get('clinics/:clinicId/slots')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Periods on a day with their free places (tomorrow up to 14 days ahead)' })
  getSlots(@Param() params: ClinicParamsDto, @Query() query: SlotsQueryDto, @RequestId() requestId: string): Promise<VaccinationSlotsResponse> {
    return this.vaccination.getSlots(params.city, params.clinicId, query.date, requestId);
  }

  @Post('appointments')
  @UseGuards(AuthGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Book a place for me or a family member; never overbooked' })
  @ApiCreatedResponse({ type: AppointmentDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'SLOT_FULL: fully booked' })
  book(@Param('city') city: string, @Body() body: BookAppointmentRequestDto, @CitizenId() userId: string, @RequestId() requestId: string): Promise<Appointment> {
    return this.vaccination.book(city, userId, body, requestId);
  }
}

@ApiTags('vaccination')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Controller('v1/me/appointments')
export class MyAppointmentsController {
  constructor(private readonly vaccination: VaccinationService) {}

  @Get()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'My appointments, newest first' })
  async list(@CitizenId() userId: string): Promise<AppointmentsResponse> {
    return { appointments: await this.vaccination.listMine(userId) };
  }

  @Patch(':appointmentId')
  @ApiOperation({ summary: 'Move an appointment to another day or period at the same clinic (the old place is given back)' })
  @ApiOkResponse({ type: AppointmentDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'SLOT_FULL: the appointment is unchanged' })
  reschedule(
    @CitizenId() userId: string,
    @Param('appointmentId', new ParseUUIDPipe({ exceptionFactory: () => AppException.notFound('NOT_FOUND', 'There is no such booked appointment.') })) id: string,
    @Body() body: RescheduleAppointmentRequestDto,
    @RequestId() requestId: string,
  ): Promise<Appointment> {
    return this.vaccination.reschedule(userId, id, body, requestId);
  }

  @Delete(':appointmentId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Cancel an appointment (its place is given back)' })
  @ApiNoContentResponse()
  async cancel(
    @CitizenId() userId: string,
    @Param('appointmentId', new ParseUUIDPipe({ exceptionFactory: () => AppException.notFound('NOT_FOUND', 'There is no such booked appointment.') })) id: string,
  ): Promise<void> {
    await this.vaccination.cancel(userId, id);
  }
}
