import { apiPaths, type MessagesResponse, type SubscribeRequest } from '@portal/shared';
import { getJson, postJson } from './request';

/** The signed-in citizen's in-app messages (letter status changes), newest first, with the unread count. */
export function fetchMessages(): Promise<MessagesResponse> {
  return getJson<MessagesResponse>(apiPaths.myMessages());
}

export function markMessageRead(id: string): Promise<void> {
  return postJson<void>(apiPaths.myMessageRead(id));
}

/** The subscribe-message templates the citizen accepted in wx.requestSubscribeMessage. */
export function saveSubscriptions(request: SubscribeRequest): Promise<void> {
  return postJson<void>(apiPaths.mySubscriptions(), request);
}
