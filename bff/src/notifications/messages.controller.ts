import { Body, Controller, Get, Header, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { MessagesResponse } from '@portal/shared';
import { AuthGuard, CitizenId } from '../auth/auth.guard';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { RequestId } from '../common/request-context';
import { RateLimit } from '../rate-limit/rate-limit.decorator';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard';
import { MessagesResponseDto, SubscribeRequestDto } from './messages.dto';
import { MessagesService } from './messages.service';

@ApiTags('me')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorEnvelopeDto, description: 'UNAUTHORIZED or SESSION_EXPIRED' })
@UseGuards(AuthGuard)
@Controller('v1/me')
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Get('messages')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'My message centre: notices when my letters change status, newest first, with the unread count' })
  @ApiOkResponse({ type: MessagesResponseDto })
  list(@CitizenId() userId: string): Promise<MessagesResponse> {
    return this.messages.list(userId);
  }

  @Post('messages/:id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark one of my messages read' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto, description: "NOT_FOUND (also another citizen's message)" })
  markRead(@CitizenId() userId: string, @Param('id') id: string): Promise<void> {
    return this.messages.markRead(userId, id);
  }

  @Post('subscriptions')
  @HttpCode(204)
  @UseGuards(RateLimitGuard)
  @RateLimit({ name: 'subscriptions-client', points: 30, windowSeconds: 60, by: 'client' })
  @ApiOperation({ summary: 'After wx.requestSubscribeMessage: the templates I accepted (each acceptance allows one WeChat message)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'WECHAT_NOT_SIGNED_IN: signed in by SMS, not WeChat' })
  @ApiForbiddenResponse({ type: ErrorEnvelopeDto, description: 'FORBIDDEN: the wx.login code is of another WeChat account' })
  subscribe(@CitizenId() userId: string, @Body() body: SubscribeRequestDto, @RequestId() requestId: string): Promise<void> {
    return this.messages.subscribe(userId, body, requestId);
  }
}
