import { Body, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ConsultationResults, StaffConsultationsResponse } from '@portal/shared';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { StaffEndpoints } from '../staff/staff-endpoints.decorator';
import type { AuditOrigin, StaffPrincipal } from '../staff/staff-principal';
import { Origin, StaffMember } from '../staff/staff.guard';
import { ConsultationResultsDto, PublishAdoptionRequestDto, StaffConsultationsResponseDto } from './consultations.dto';
import { ConsultationsService } from './consultations.service';

/** The responsible department's side of opinion collection; another department's consultation is "not found". */
@ApiTags('staff')
@StaffEndpoints()
@Controller('v1/staff/consultations')
export class StaffConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Get()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: "My department's consultations with their response counts" })
  @ApiOkResponse({ type: StaffConsultationsResponseDto })
  list(@StaffMember() staff: StaffPrincipal): Promise<StaffConsultationsResponse> {
    return this.consultations.listForDepartment(staff.departmentId);
  }

  @Post(':id/adoption')
  @HttpCode(200)
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'Publish (or revise) the account of what was adopted (采纳情况), after closing; audited' })
  @ApiOkResponse({ type: ConsultationResultsDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: "NOT_FOUND (also another department's consultation)" })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'RESULTS_NOT_PUBLISHED: the consultation has not closed yet' })
  publishAdoption(
    @Param('id') id: string,
    @Body() body: PublishAdoptionRequestDto,
    @StaffMember() staff: StaffPrincipal,
    @Origin() origin: AuditOrigin,
  ): Promise<ConsultationResults> {
    return this.consultations.publishAdoption(id, staff, body.text, origin);
  }
}
