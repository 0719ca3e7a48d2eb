import {
  apiPaths,
  type AddFamilyMemberRequest,
  type BindIdentityRequest,
  type FamilyMember,
  type FamilyResponse,
  type MeResponse,
} from '@portal/shared';
import { deleteJson, endSession, getJson, postJson } from './request';

export function fetchMe(): Promise<MeResponse> {
  return getJson<MeResponse>(apiPaths.me());
}

export function acceptPrivacy(version: string): Promise<MeResponse> {
  return postJson<MeResponse>(apiPaths.mePrivacy(), { version });
}

export function bindIdentity(request: BindIdentityRequest): Promise<MeResponse> {
  return postJson<MeResponse>(apiPaths.meIdentity(), request);
}

export function fetchFamily(): Promise<FamilyResponse> {
  return getJson<FamilyResponse>(apiPaths.meFamily());
}

export function addFamilyMember(request: AddFamilyMemberRequest): Promise<FamilyMember> {
  return postJson<FamilyMember>(apiPaths.meFamily(), request);
}

export function removeFamilyMember(id: string): Promise<void> {
  return deleteJson(apiPaths.meFamilyMember(id));
}

/** Deletes everything the BFF holds about this person; the session ends with it. */
export async function deleteMyData(): Promise<void> {
  await deleteJson(apiPaths.me());
  endSession();
}
