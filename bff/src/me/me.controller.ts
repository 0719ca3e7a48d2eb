import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FamilyMember, FamilyResponse, MeResponse } from '@portal/shared';
import { AuthGuard, CitizenId } from '../auth/auth.guard';
import { AppException } from '../common/app-exception';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { RequestId } from '../common/request-context';
import { FamilyService } from '../family/family.service';
import { AddFamilyMemberRequestDto, BindIdentityRequestDto } from '../identity/identity.dto';
import { AcceptPrivacyRequestDto, FamilyMemberDto, FamilyResponseDto, MeResponseDto } from './me.dto';
import { MeService } from './me.service';

@ApiTags('me')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHORIZED or SESSION_EXPIRED' })
@UseGuards(AuthGuard)
@Controller('v1/me')
export class MeController {
  constructor(
    private readonly me: MeService,
    private readonly family: FamilyService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'What is held about me, masked' })
  @ApiOkResponse({ type: MeResponseDto })
  getMe(@CitizenId() userId: string): Promise<MeResponse> {
    return this.me.getMe(userId);
  }

  @Post('privacy')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept the privacy notice (needed before personal data is used)' })
  @ApiOkResponse({ type: MeResponseDto })
  acceptPrivacy(@CitizenId() userId: string, @Body() body: AcceptPrivacyRequestDto): Promise<MeResponse> {
    return this.me.acceptPrivacy(userId, body.version);
  }

  @Post('identity')
  @HttpCode(200)
  @ApiOperation({ summary: 'Real-name binding: checked (GB 11643), verified with the public-security service, stored encrypted' })
  @ApiOkResponse({ type: MeResponseDto })
  @ApiForbiddenResponse({ type: ErrorEnvelopeDto, description: 'PRIVACY_NOT_ACCEPTED' })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'IDENTITY_ALREADY_BOUND' })
  bindIdentity(@CitizenId() userId: string, @Body() body: BindIdentityRequestDto, @RequestId() requestId: string): Promise<MeResponse> {
    return this.me.bindIdentity(userId, body, requestId);
  }

  @Get('family')
  @ApiOperation({ summary: 'My family members, masked' })
  @ApiOkResponse({ type: FamilyResponseDto })
  async listFamily(@CitizenId() userId: string): Promise<FamilyResponse> {
    return { members: await this.family.list(userId) };
  }

  @Post('family')
  @ApiOperation({ summary: 'Add a family member (verified like the citizen), e.g. a child for vaccination' })
  @ApiCreatedResponse({ type: FamilyMemberDto })
  @ApiForbiddenResponse({ type: ErrorEnvelopeDto, description: 'PRIVACY_NOT_ACCEPTED' })
  async addFamilyMember(@CitizenId() userId: string, @Body() body: AddFamilyMemberRequestDto, @RequestId() requestId: string): Promise<FamilyMember> {
    await this.me.requirePrivacy(userId);
    return this.family.add(userId, body, requestId);
  }

  @Delete('family/:memberId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a family member' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: 'NOT_FOUND (also for another citizen’s member)' })
  async removeFamilyMember(
    @CitizenId() userId: string,
    @Param('memberId', new ParseUUIDPipe({ exceptionFactory: () => AppException.notFound('NOT_FOUND', 'There is no such family member.') }))
    memberId: string,
  ): Promise<void> {
    await this.family.remove(userId, memberId);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete my data: the account, the binding, family members and sessions, for good' })
  @ApiNoContentResponse()
  async deleteMe(@CitizenId() userId: string): Promise<void> {
    await this.me.deleteMe(userId);
  }
}
