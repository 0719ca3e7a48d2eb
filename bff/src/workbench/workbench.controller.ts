import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuditLogResponse, StaffInboxResponse, StaffLetterView } from '@portal/shared';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { AuditLogResponseDto } from '../staff/staff.dto';
import { StaffEndpoints } from '../staff/staff-endpoints.decorator';
import { Origin, Roles, StaffMember } from '../staff/staff.guard';
import type { AuditOrigin, StaffPrincipal } from '../staff/staff-principal';
import {
  AnswerLetterRequestDto,
  AuditQueryDto,
  ExtendLetterRequestDto,
  InboxQueryDto,
  MergeLetterRequestDto,
  PublishLetterRequestDto,
  StaffInboxResponseDto,
  StaffLetterViewDto,
  StaffReasonRequestDto,
  TransferLetterRequestDto,
} from './workbench.dto';
import { WorkbenchService } from './workbench.service';

const NOT_FOUND = 'NOT_FOUND: no such letter in your department (another department\'s letter answers the same)';
const CONFLICT = 'LETTER_STATE_CONFLICT: the status does not allow it (in plain words); LETTER_CHANGED: someone else changed it a moment ago';

@ApiTags('staff workbench')
@StaffEndpoints()
@ApiBadRequestResponse({ type: ErrorEnvelopeDto, description: 'VALIDATION_FAILED with the field named' })
@Controller('v1/staff')
export class WorkbenchController {
  constructor(private readonly workbench: WorkbenchService) {}

  @Get('letters')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: "The department's inbox: open cases (or one status), overdue first, then by due date; escalated cases flagged" })
  @ApiOkResponse({ type: StaffInboxResponseDto })
  inbox(@StaffMember() staff: StaffPrincipal, @Query() query: InboxQueryDto): Promise<StaffInboxResponse> {
    return this.workbench.inbox(staff, { status: query.status, overdue: query.overdue === undefined ? undefined : query.overdue === 'true' });
  }

  @Get('letters/:id')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: "The whole case with the writer's name and full phone; every view is in the audit log" })
  @ApiOkResponse({ type: StaffLetterViewDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: NOT_FOUND })
  view(@StaffMember() staff: StaffPrincipal, @Param('id') id: string, @Origin() origin: AuditOrigin): Promise<StaffLetterView> {
    return this.workbench.view(staff, id, origin);
  }

  @Get('letters/:id/photos/:photoId')
  @ApiProduces('image/jpeg', 'image/png', 'image/webp')
  @ApiOperation({ summary: "A photo sent with a letter of the department (re-encoded without metadata); every view is in the audit log" })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: NOT_FOUND })
  async photo(
    @StaffMember() staff: StaffPrincipal,
    @Param('id') id: string,
    @Param('photoId') photoId: string,
    @Origin() origin: AuditOrigin,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const photo = await this.workbench.photo(staff, id, photoId, origin);
    await reply.header('content-type', photo.mime).header('cache-control', 'private, no-store').send(Buffer.from(photo.bytes));
  }

  @Post('letters/:id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept a received letter (within 15 working days); the answer is due 60 working days later' })
  @ApiOkResponse({ type: StaffLetterViewDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: CONFLICT })
  accept(@StaffMember() staff: StaffPrincipal, @Param('id') id: string, @Origin() origin: AuditOrigin): Promise<StaffLetterView> {
    return this.workbench.accept(staff, id, origin);
  }

  @Post('letters/:id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline a received letter, with a reason the writer is told' })
  @ApiOkResponse({ type: StaffLetterViewDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: CONFLICT })
  decline(@StaffMember() staff: StaffPrincipal, @Param('id') id: string, @Body() body: StaffReasonRequestDto, @Origin() origin: AuditOrigin): Promise<StaffLetterView> {
    return this.workbench.decline(staff, id, body.reason, origin);
  }

  @Post('letters/:id/transfer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Transfer a received letter to another department of the same city, with a reason' })
  @ApiOkResponse({ type: StaffLetterViewDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: CONFLICT })
  transfer(@StaffMember() staff: StaffPrincipal, @Param('id') id: string, @Body() body: TransferLetterRequestDto, @Origin() origin: AuditOrigin): Promise<StaffLetterView> {
    return this.workbench.transfer(staff, id, body, origin);
  }

  @Post('letters/:id/merge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Merge a duplicate into another open case of the department' })
  @ApiOkResponse({ type: StaffLetterViewDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: CONFLICT })
  merge(@StaffMember() staff: StaffPrincipal, @Param('id') id: string, @Body() body: MergeLetterRequestDto, @Origin() origin: AuditOrigin): Promise<StaffLetterView> {
    return this.workbench.merge(staff, id, body, origin);
  }

  @Post('letters/:id/answer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Answer an accepted letter (or a re-examination) with one of three outcomes' })
  @ApiOkResponse({ type: StaffLetterViewDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: CONFLICT })
  answer(@StaffMember() staff: StaffPrincipal, @Param('id') id: string, @Body() body: AnswerLetterRequestDto, @Origin() origin: AuditOrigin): Promise<StaffLetterView> {
    return this.workbench.answer(staff, id, body, origin);
  }

  @Post('letters/:id/extend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Extend the answer deadline once, by at most 30 working days, with a reason' })
  @ApiOkResponse({ type: StaffLetterViewDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: CONFLICT })
  extend(@StaffMember() staff: StaffPrincipal, @Param('id') id: string, @Body() body: ExtendLetterRequestDto, @Origin() origin: AuditOrigin): Promise<StaffLetterView> {
    return this.workbench.extend(staff, id, body, origin);
  }

  @Post('letters/:id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish the answered letter on the public board, if the writer allowed it; texts with an identity or mobile number are refused' })
  @ApiOkResponse({ type: StaffLetterViewDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: `${CONFLICT}; also when the writer did not allow publishing` })
  publish(@StaffMember() staff: StaffPrincipal, @Param('id') id: string, @Body() body: PublishLetterRequestDto, @Origin() origin: AuditOrigin): Promise<StaffLetterView> {
    return this.workbench.publish(staff, id, body, origin);
  }

  @Get('audit')
  @Roles('supervisor')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: "Supervisors: who in the department did what, when (newest first, 200 at most); sign-ins, views and actions" })
  @ApiOkResponse({ type: AuditLogResponseDto })
  @ApiForbiddenResponse({ type: ErrorEnvelopeDto, description: 'FORBIDDEN: handlers do not see the audit log' })
  async auditLog(@StaffMember() staff: StaffPrincipal, @Query() query: AuditQueryDto): Promise<AuditLogResponse> {
    return { entries: await this.workbench.auditLog(staff, query.letterId) };
  }
}
