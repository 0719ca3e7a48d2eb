/** The signed-in citizen: what is held about them, shown de-identified. */

export const PRIVACY_NOTICE_VERSION = '2026-11';

export const FAMILY_RELATIONS = ['child', 'spouse', 'parent', 'other'] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

/** A verified real-name binding, masked: name with all but the first character hidden, id as first 6 and last 4. */
export interface MaskedIdentity {
  name: string;
  idNumber: string;
  verifiedAt: string;
}

export interface FamilyMember {
  id: string;
  relation: FamilyRelation;
  identity: MaskedIdentity;
}

/** GET /api/v1/me */
export interface MeResponse {
  id: string;
  /** Masked; null when signed in through WeChat only. */
  phone: string | null;
  wechat: boolean;
  identity: MaskedIdentity | null;
  family: FamilyMember[];
  privacy: { acceptedVersion: string | null; currentVersion: string; acceptedAt: string | null };
  createdAt: string;
  /** How many records of each kind are held for the citizen; all go with DELETE /me (consultation responses stay only as anonymous counts). */
  held: HeldRecords;
}

export interface HeldRecords {
  letters: number;
  messages: number;
  consultationResponses: number;
  appointments: number;
  payments: number;
  ratings: number;
}

/** POST /api/v1/me/privacy — accept the privacy notice of this version before personal data is used. */
export interface AcceptPrivacyRequest {
  version: string;
}

/** POST /api/v1/me/identity — checked (GB 11643), then verified with the public-security service. */
export interface BindIdentityRequest {
  name: string;
  idNumber: string;
}

/** POST /api/v1/me/family */
export interface AddFamilyMemberRequest extends BindIdentityRequest {
  relation: FamilyRelation;
}

/** GET /api/v1/me/family */
export interface FamilyResponse {
  members: FamilyMember[];
}

/** Masks a Chinese name: the first character kept, the rest as *. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.length ? '*' : '';
  return chars[0] + '*'.repeat(chars.length - 1);
}
