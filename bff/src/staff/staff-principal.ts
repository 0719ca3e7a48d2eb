import type { CityId, StaffRole } from '@portal/shared';

/** The signed-in staff member, as StaffGuard puts it on the request. */
export interface StaffPrincipal {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  departmentId: string;
  city: CityId;
  /** The sign-in this request's token belongs to (logout ends it). */
  sessionId: string;
}

/** Where a request came from, for the audit log. */
export interface AuditOrigin {
  requestId: string | null;
  clientIp: string | null;
}
