import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { InboxMessage, MessagesResponse, SubscribeRequest } from '@portal/shared';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, Matches } from 'class-validator';
import { SUBSCRIBE_TEMPLATE_IDS } from './subscribe-templates';

export class SubscribeRequestDto implements SubscribeRequest {
  @IsArray({ message: 'templateIds must be the list of templates you accepted' })
  @ArrayMinSize(1, { message: 'templateIds must name at least one template' })
  @ArrayMaxSize(SUBSCRIBE_TEMPLATE_IDS.length, { message: `templateIds may name at most ${SUBSCRIBE_TEMPLATE_IDS.length} templates` })
  @IsIn(SUBSCRIBE_TEMPLATE_IDS, { each: true, message: 'templateIds must be templates this mini-program asks for' })
  @ApiProperty({ type: [String], example: ['1SgwzqtjESGprroMCh_yY90TXNRnNmzRMie-_2p1Kf4'], description: 'Templates accepted in wx.requestSubscribeMessage' })
  templateIds: string[];

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'code must be the code wx.login gave' })
  @ApiPropertyOptional({ description: 'A fresh wx.login code; required with the first subscription' })
  code?: string;
}

export class InboxMessageDto implements InboxMessage {
  @ApiProperty() id: string;
  @ApiProperty({ example: '2026-03-02T08:15:00+08:00' }) at: string;
  @ApiProperty({ example: '留言办理进度：已受理，办理中' }) title: string;
  @ApiProperty() body: string;
  @ApiProperty({ nullable: true, type: String, example: 'CD20260302000123' }) trackingNo: string | null;
  @ApiProperty() read: boolean;
}

export class MessagesResponseDto implements MessagesResponse {
  @ApiProperty({ type: [InboxMessageDto], description: 'Newest first, at most 100' }) messages: InboxMessageDto[];
  @ApiProperty() unread: number;
}
