import type { CityId } from '../cities/catalog.types.js';
import type { Department } from '../cities/departments.js';
import type { LocalizedText } from '../localized.js';
import type { RatingLevel } from './ratings.js';

/**
 * Letters to the government (Regulations on Letters and Visits, 2022; the 12345 closed loop):
 * a citizen writes to the mayor's mailbox or a department; the department accepts or declines
 * within 15 days, answers an accepted letter within 60 days (extendable once by at most 30, with a
 * reason) with one of three outcomes; the writer rates the answer and may ask once for a
 * re-examination. Deadlines count working days (shared/src/calendar). Answers the writer allowed
 * are published on the city's public board with personal data removed.
 */

export const LETTER_TYPES = ['consultation', 'suggestion', 'complaint', 'help', 'report', 'praise'] as const;
export type LetterType = (typeof LETTER_TYPES)[number];
export const LETTER_TYPE_LABELS: Record<LetterType, LocalizedText> = {
  consultation: { zh: '咨询', en: 'Consultation' },
  suggestion: { zh: '建议', en: 'Suggestion' },
  complaint: { zh: '投诉', en: 'Complaint' },
  help: { zh: '求助', en: 'Request for help' },
  report: { zh: '举报', en: 'Report' },
  praise: { zh: '表扬', en: 'Praise' },
};

export const LETTER_TOPICS = [
  'transport',
  'environment',
  'housing',
  'education',
  'health',
  'social-security',
  'city-management',
  'public-security',
  'market',
  'other',
] as const;
export type LetterTopic = (typeof LETTER_TOPICS)[number];
export const LETTER_TOPIC_LABELS: Record<LetterTopic, LocalizedText> = {
  transport: { zh: '交通出行', en: 'Transport' },
  environment: { zh: '生态环境', en: 'Environment' },
  housing: { zh: '住房建设', en: 'Housing and construction' },
  education: { zh: '教育', en: 'Education' },
  health: { zh: '医疗卫生', en: 'Health' },
  'social-security': { zh: '社保就业', en: 'Social security and jobs' },
  'city-management': { zh: '城市管理', en: 'City management' },
  'public-security': { zh: '公共安全', en: 'Public security' },
  market: { zh: '市场监管', en: 'Market regulation' },
  other: { zh: '其他', en: 'Other' },
};

/** `city`: to a department of the city; `premier`: "I Say a Word to the Premier", the national channel. */
export const LETTER_CHANNELS = ['city', 'premier'] as const;
export type LetterChannel = (typeof LETTER_CHANNELS)[number];

/**
 * received → accepted | declined | merged (into another case); a transfer keeps `received` at the new department.
 * accepted → answered; answered → closed (rated) | reexamining (once) → closed (re-examined and answered).
 * Premier letters: received (forwarded to the national channel) → answered by it → closed.
 */
export const LETTER_STATUSES = ['received', 'accepted', 'declined', 'merged', 'answered', 'reexamining', 'closed'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];
export const LETTER_STATUS_LABELS: Record<LetterStatus, LocalizedText> = {
  received: { zh: '已收到，待受理', en: 'Received, awaiting acceptance' },
  accepted: { zh: '已受理，办理中', en: 'Accepted, being handled' },
  declined: { zh: '不予受理', en: 'Not accepted' },
  merged: { zh: '已合并办理', en: 'Merged with another case' },
  answered: { zh: '已答复', en: 'Answered' },
  reexamining: { zh: '复查中', en: 'Under re-examination' },
  closed: { zh: '已办结', en: 'Closed' },
};

export const ANSWER_OUTCOMES = ['supported', 'explained', 'not-supported'] as const;
export type AnswerOutcome = (typeof ANSWER_OUTCOMES)[number];
export const ANSWER_OUTCOME_LABELS: Record<AnswerOutcome, LocalizedText> = {
  supported: { zh: '支持', en: 'Supported' },
  explained: { zh: '解释说明', en: 'Explained' },
  'not-supported': { zh: '不支持', en: 'Not supported' },
};

/** Deadlines and limits, in working days and characters. */
export const LETTER_RULES = {
  acceptWithinWorkingDays: 15,
  answerWithinWorkingDays: 60,
  maxExtensionWorkingDays: 30,
  /** The writer may ask for a re-examination within this many working days of the answer… */
  reexaminationRequestWithinWorkingDays: 30,
  /** …and the department answers it within this many. */
  reexaminationAnswerWithinWorkingDays: 30,
  titleMin: 4,
  titleMax: 50,
  contentMin: 10,
  contentMax: 2000,
  reasonMin: 4,
  reasonMax: 500,
  answerMax: 2000,
  addressMax: 100,
  maxPhotos: 3,
  /** Bytes per photo, after upload and before re-encoding. */
  maxPhotoBytes: 5 * 1024 * 1024,
  photoTypes: ['image/jpeg', 'image/png', 'image/webp'] as readonly string[],
} as const;

/** Tracking numbers look like `CD20261129000123`: city letter pair, China date, a sequence. */
export const TRACKING_NO_PATTERN = /^[A-Z]{2}\d{14}$/;
/** Query codes: 6 characters from an alphabet without look-alikes. */
export const QUERY_CODE_PATTERN = /^[2-9A-HJ-NP-Z]{6}$/;

export interface LetterLocation {
  /** WGS-84, as the map picker gives it; both absent (or null) when the citizen only typed the place. */
  latitude?: number | null;
  longitude?: number | null;
  /** What the citizen sees or typed, e.g. 武侯区天府大道北段. */
  address: string;
}

/** POST /api/v1/letters/photos (multipart, field `photo`) — one photo, re-encoded with its metadata removed. */
export interface UploadPhotoResponse {
  photoId: string;
  width: number;
  height: number;
  bytes: number;
}

/**
 * POST /api/v1/cities/{city}/letters, with an `Idempotency-Key` header (a retry answers the same letter).
 * Needs a signed-in citizen with a real-name binding: the department sees the name.
 */
export interface SubmitLetterRequest {
  channel?: LetterChannel;
  type: LetterType;
  topic: LetterTopic;
  /** A department of this city from GET /cities/{city}/departments; not used for the premier channel. */
  departmentId?: string;
  title: string;
  content: string;
  location?: LetterLocation;
  photoIds?: string[];
  /** Mainland mobile number for the department's call-back. */
  contactPhone: string;
  /** The letter and its answer may be published on the public board, with personal data removed. */
  publishable: boolean;
  /** Shown as 匿名 on the public board; the department still sees the name. */
  anonymousInPublic: boolean;
}

export interface LetterDeadlines {
  /** `YYYY-MM-DD`: the department says whether it accepts the letter by then. */
  acceptBy: string;
  /** `YYYY-MM-DD`: the answer is due by then (from acceptance; before it, counted from receipt). */
  answerBy: string;
  /** Set once a department extended the answer deadline. */
  extendedTo: string | null;
  /** Set while a re-examination is open. */
  reexaminationBy: string | null;
}

export interface SubmitLetterResponse {
  trackingNo: string;
  /** Keep it with the tracking number: the two together show the letter without signing in. */
  queryCode: string;
  status: LetterStatus;
  submittedAt: string;
  department: DepartmentRef | null;
  deadlines: LetterDeadlines;
  /** Plain-words steps with their dates, for the confirmation page. */
  nextSteps: LocalizedText[];
}

export interface DepartmentRef {
  id: string;
  name: LocalizedText;
}

export const LETTER_EVENT_KINDS = [
  'received',
  'forwarded',
  'accepted',
  'declined',
  'transferred',
  'merged',
  'extended',
  'answered',
  'rated',
  'reexamination-requested',
  'reexamined',
  'published',
  'escalated',
] as const;
export type LetterEventKind = (typeof LETTER_EVENT_KINDS)[number];

export interface LetterEvent {
  at: string;
  kind: LetterEventKind;
  /** What the writer is told, e.g. the reason for a decline or a transfer. */
  note: string | null;
  department: DepartmentRef | null;
}

export interface LetterAnswer {
  outcome: AnswerOutcome;
  text: string;
  answeredAt: string;
  department: DepartmentRef | null;
}

/** GET /api/v1/letters/{trackingNo}?code= and GET /api/v1/me/letters/{trackingNo} */
export interface LetterView {
  trackingNo: string;
  city: CityId;
  channel: LetterChannel;
  type: LetterType;
  topic: LetterTopic;
  department: DepartmentRef | null;
  title: string;
  content: string;
  location: LetterLocation | null;
  photoIds: string[];
  /** Masked, e.g. 138****8000. */
  contactPhone: string;
  publishable: boolean;
  anonymousInPublic: boolean;
  status: LetterStatus;
  submittedAt: string;
  deadlines: LetterDeadlines;
  overdue: boolean;
  timeline: LetterEvent[];
  answer: LetterAnswer | null;
  /** The re-examination's answer, when there was one. */
  reexaminationAnswer: LetterAnswer | null;
  /** Set when the case was merged into another: follow that one. */
  mergedInto: string | null;
  rating: { level: RatingLevel; comment: string | null; ratedAt: string } | null;
  /** Only for the signed-in writer. */
  canRate: boolean;
  canRequestReexamination: boolean;
}

export interface LetterSummary {
  trackingNo: string;
  city: CityId;
  channel: LetterChannel;
  type: LetterType;
  title: string;
  department: DepartmentRef | null;
  status: LetterStatus;
  submittedAt: string;
  overdue: boolean;
}

/** GET /api/v1/me/letters */
export interface MyLettersResponse {
  letters: LetterSummary[];
}

/** POST /api/v1/me/letters/{trackingNo}/rating */
export interface RateLetterRequest {
  level: RatingLevel;
  comment?: string;
}

/** POST /api/v1/me/letters/{trackingNo}/reexamination */
export interface ReexaminationRequest {
  reason: string;
}

/** A published letter, with personal data removed. */
export interface PublicLetter {
  trackingNo: string;
  type: LetterType;
  topic: LetterTopic;
  department: DepartmentRef | null;
  title: string;
  content: string;
  /** 张* or 匿名. */
  writer: string;
  submittedAt: string;
  answer: LetterAnswer | null;
  publishedAt: string;
}

/** GET /api/v1/cities/{city}/letters/public?departmentId=&topic=&q=&cursor=&limit= — newest first. */
export interface PublicLettersQuery {
  departmentId?: string;
  topic?: LetterTopic;
  q?: string;
  cursor?: string;
  limit?: number;
}

export interface PublicLettersResponse {
  items: PublicLetter[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** GET /api/v1/cities/{city}/letters/similar?departmentId=&topic=&text= — before sending. */
export interface SimilarLettersResponse {
  items: PublicLetter[];
}

/** Per-department figures over the last 12 months, kept up to date as cases move. */
export interface DepartmentFigures {
  received: number;
  answered: number;
  /** 0..1, null before the first answer. */
  answeredOnTimeShare: number | null;
  medianDaysToAnswer: number | null;
  /** Average rating 1..5, null before the first rating. */
  satisfaction: number | null;
  ratings: number;
}

export interface DepartmentWithFigures extends Department {
  figures: DepartmentFigures;
}

/** GET /api/v1/cities/{city}/departments */
export interface DepartmentsResponse {
  city: CityId;
  departments: DepartmentWithFigures[];
}


// ---- Staff workbench -------------------------------------------------------------------------

export const STAFF_ROLES = ['handler', 'supervisor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** POST /api/v1/staff/auth/login */
export interface StaffLoginRequest {
  username: string;
  password: string;
}

export interface StaffProfile {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  department: DepartmentRef & { city: CityId };
}

export interface StaffLoginResponse {
  accessToken: string;
  /** Seconds. */
  expiresIn: number;
  staff: StaffProfile;
}

/** GET /api/v1/staff/letters?status=&overdue= — the department's inbox, overdue first, then by due date. */
export interface StaffInboxItem extends LetterSummary {
  id: string;
  /** The next deadline that applies to the current status. */
  dueBy: string | null;
  escalated: boolean;
}

export interface StaffInboxResponse {
  items: StaffInboxItem[];
  counts: Partial<Record<LetterStatus, number>> & { overdue: number };
}

/** GET /api/v1/staff/letters/{id}: the whole case; the writer's name and phone are shown to the department. */
export interface StaffLetterView extends LetterView {
  id: string;
  writerName: string;
  /** Full number, for the call-back; every view is in the audit log. */
  writerPhone: string;
  escalated: boolean;
  public: { title: string; content: string; answer: string } | null;
}

export interface StaffReasonRequest {
  reason: string;
}
/** POST /api/v1/staff/letters/{id}/transfer */
export interface TransferLetterRequest {
  departmentId: string;
  reason: string;
}
/** POST /api/v1/staff/letters/{id}/merge — this case joins `intoTrackingNo` (same department). */
export interface MergeLetterRequest {
  intoTrackingNo: string;
  reason?: string;
}
/** POST /api/v1/staff/letters/{id}/answer (also answers a re-examination) */
export interface AnswerLetterRequest {
  outcome: AnswerOutcome;
  text: string;
}
/** POST /api/v1/staff/letters/{id}/extend — once, at most 30 working days. */
export interface ExtendLetterRequest {
  workingDays: number;
  reason: string;
}
/** POST /api/v1/staff/letters/{id}/publish — the texts as they will appear, personal data removed. */
export interface PublishLetterRequest {
  title: string;
  content: string;
  answer: string;
}

/** GET /api/v1/staff/audit (supervisor): who did what, when. */
export interface AuditEntry {
  at: string;
  staffId: string;
  staffName: string;
  action: string;
  letterId: string | null;
  detail: string | null;
}
export interface AuditLogResponse {
  entries: AuditEntry[];
}

// ---- Message centre ---------------------------------------------------------------------------

/**
 * The mini-program page of one of my letters (`?no=<trackingNo>`), where a WeChat subscribe message
 * opens; miniapp/src/routes.ts declares the same path (checked by its routes spec).
 */
export const MY_LETTER_PAGE = 'packages/letters/pages/letter/index';
export function myLetterPage(trackingNo: string): string {
  return `${MY_LETTER_PAGE}?no=${encodeURIComponent(trackingNo)}`;
}

/** GET /api/v1/me/messages — in-app notices when a letter's status changes. */
export interface InboxMessage {
  id: string;
  at: string;
  title: string;
  body: string;
  trackingNo: string | null;
  read: boolean;
}
export interface MessagesResponse {
  messages: InboxMessage[];
  unread: number;
}

/** POST /api/v1/me/subscriptions — after wx.requestSubscribeMessage, the templates the citizen accepted. */
export interface SubscribeRequest {
  templateIds: string[];
  /**
   * A fresh wx.login code: the BFF keeps only a hash of the openid from sign-in, and needs the openid
   * itself to send. Required the first time; the citizen must be signed in with the same WeChat account.
   */
  code?: string;
}
