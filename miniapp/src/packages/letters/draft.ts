import {
  LETTER_RULES,
  LETTER_TOPICS,
  LETTER_TYPES,
  normalizeMobilePhone,
  type CityId,
  type LetterChannel,
  type LetterLocation,
  type LetterTopic,
  type LetterType,
  type SubmitLetterRequest,
} from '@portal/shared';

/**
 * A letter being written, kept in storage until the BFF confirms it (nothing is lost when the page
 * is left, the app is closed or the answer to the submit never arrives). Pure: no Taro here.
 *
 * The Idempotency-Key is made with the draft and sent with every try of it, so a retry after a
 * dropped answer can never make a second letter; it is dropped with the draft once a tracking
 * number came back.
 */
export interface DraftPhoto {
  photoId: string;
  /** The local file path (weapp) or blob URL (H5), for the thumbnail on this device. */
  localPath: string;
}

export interface LetterDraft {
  version: 1;
  city: CityId;
  channel: LetterChannel;
  type?: LetterType;
  topic?: LetterTopic;
  departmentId?: string;
  title: string;
  content: string;
  address: string;
  latitude?: number;
  longitude?: number;
  photos: DraftPhoto[];
  contactPhone: string;
  publishable?: boolean;
  anonymousInPublic: boolean;
  idempotencyKey: string;
  /** A submit was sent at least once: its answer may have been lost, so the key must stay. */
  attempted: boolean;
  updatedAt: number;
}

export type DraftField = 'type' | 'topic' | 'departmentId' | 'title' | 'content' | 'address' | 'photos' | 'contactPhone' | 'publishable';
export type DraftProblem = 'missing' | 'short' | 'long' | 'format' | 'tooMany' | 'markup';

/** The form's steps, in order; the similar-letters offer and the check page come after them. */
export type DraftStep = 'about' | 'letter' | 'contact';
export const DRAFT_STEPS: readonly DraftStep[] = ['about', 'letter', 'contact'];

const STEP_FIELDS: Record<DraftStep, readonly DraftField[]> = {
  about: ['type', 'topic', 'departmentId'],
  letter: ['title', 'content', 'address', 'photos'],
  contact: ['contactPhone', 'publishable'],
};

export function fieldsOfStep(step: DraftStep, channel: LetterChannel): readonly DraftField[] {
  return STEP_FIELDS[step].filter((f) => !(f === 'departmentId' && channel === 'premier'));
}

export function stepOfField(field: DraftField): DraftStep {
  return DRAFT_STEPS.find((s) => STEP_FIELDS[s].includes(field)) ?? 'about';
}

/** One key per draft: 8-64 of [A-Za-z0-9_-], as the BFF accepts. */
export function newIdempotencyKey(now: number = Date.now(), random: () => number = Math.random): string {
  const part = () => Math.floor(random() * 0x100000000).toString(36).padStart(7, '0');
  return `lt-${now.toString(36)}-${part()}${part()}`;
}

export function newDraft(city: CityId, channel: LetterChannel, now: number = Date.now(), random: () => number = Math.random): LetterDraft {
  return {
    version: 1,
    city,
    channel,
    title: '',
    content: '',
    address: '',
    photos: [],
    contactPhone: '',
    anonymousInPublic: false,
    idempotencyKey: newIdempotencyKey(now, random),
    attempted: false,
    updatedAt: now,
  };
}

export function draftStorageKey(city: CityId, channel: LetterChannel): string {
  return `portal.letters.draft.${city}.${channel}`;
}

/** What storage gave back, if it is a draft of this city and channel (anything else is ignored). */
export function parseDraft(value: unknown, city: CityId, channel: LetterChannel): LetterDraft | undefined {
  let v = value;
  if (typeof v === 'string' && v) {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  if (typeof v !== 'object' || v === null) return undefined;
  const d = v as Partial<LetterDraft>;
  if (d.version !== 1 || d.city !== city || d.channel !== channel) return undefined;
  if (typeof d.idempotencyKey !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(d.idempotencyKey)) return undefined;
  const text = (x: unknown) => (typeof x === 'string' ? x : '');
  return {
    version: 1,
    city,
    channel,
    type: (LETTER_TYPES as readonly string[]).includes(d.type as string) ? d.type : undefined,
    topic: (LETTER_TOPICS as readonly string[]).includes(d.topic as string) ? d.topic : undefined,
    departmentId: typeof d.departmentId === 'string' ? d.departmentId : undefined,
    title: text(d.title),
    content: text(d.content),
    address: text(d.address),
    latitude: typeof d.latitude === 'number' ? d.latitude : undefined,
    longitude: typeof d.longitude === 'number' ? d.longitude : undefined,
    photos: Array.isArray(d.photos)
      ? d.photos.filter((p): p is DraftPhoto => typeof p?.photoId === 'string' && typeof p?.localPath === 'string').slice(0, LETTER_RULES.maxPhotos)
      : [],
    contactPhone: text(d.contactPhone),
    publishable: typeof d.publishable === 'boolean' ? d.publishable : undefined,
    anonymousInPublic: d.anonymousInPublic === true,
    idempotencyKey: d.idempotencyKey,
    attempted: d.attempted === true,
    updatedAt: typeof d.updatedAt === 'number' ? d.updatedAt : 0,
  };
}

/** Whether the citizen has written anything worth keeping. */
export function draftHasContent(d: LetterDraft): boolean {
  return Boolean(d.type || d.topic || d.departmentId || d.title.trim() || d.content.trim() || d.address.trim() || d.photos.length || d.contactPhone.trim());
}

/**
 * A change by the citizen. The key stays: if an earlier try reached the BFF, a retry with other
 * words is refused (IDEMPOTENCY_KEY_REUSED) rather than making a second letter.
 */
export function updateDraft(d: LetterDraft, patch: Partial<Omit<LetterDraft, 'version' | 'city' | 'channel' | 'idempotencyKey'>>, now: number = Date.now()): LetterDraft {
  return { ...d, ...patch, updatedAt: now };
}

/** A submit is about to be sent: from now on the key must survive until the answer is known. */
export function markAttempted(d: LetterDraft, now: number = Date.now()): LetterDraft {
  return { ...d, attempted: true, updatedAt: now };
}

/**
 * The citizen chose to send the draft as a new letter after IDEMPOTENCY_KEY_REUSED (an earlier
 * try with other words did arrive): a fresh key, so this one is a letter of its own.
 */
export function withNewKey(d: LetterDraft, now: number = Date.now(), random: () => number = Math.random): LetterDraft {
  return { ...d, idempotencyKey: newIdempotencyKey(now, random), attempted: false, updatedAt: now };
}

/** Characters as people count them (a code point each; 2,000 at most). */
export function charCount(text: string): number {
  return [...text].length;
}

export interface Counter {
  count: number;
  max: number;
  left: number;
  over: boolean;
}

export function counter(text: string, max: number = LETTER_RULES.contentMax): Counter {
  const count = charCount(text);
  return { count, max, left: Math.max(0, max - count), over: count > max };
}

/** `<` or `>` followed by a letter or slash: not refused (it is stored and shown as text), only noted. */
const MARKUP = /<\/?[a-z!]/i;
export function looksLikeMarkup(text: string): boolean {
  return MARKUP.test(text);
}

function lengthProblem(text: string, min: number, max: number): DraftProblem | undefined {
  const n = charCount(text.trim());
  if (n === 0) return 'missing';
  if (n < min) return 'short';
  if (n > max) return 'long';
  return undefined;
}

/** The problems of one field, checked before sending (the BFF checks again). */
export function checkField(d: LetterDraft, field: DraftField): DraftProblem | undefined {
  switch (field) {
    case 'type':
      return d.type ? undefined : 'missing';
    case 'topic':
      return d.topic ? undefined : 'missing';
    case 'departmentId':
      return d.channel === 'premier' || d.departmentId ? undefined : 'missing';
    case 'title':
      return lengthProblem(d.title, LETTER_RULES.titleMin, LETTER_RULES.titleMax);
    case 'content':
      return lengthProblem(d.content, LETTER_RULES.contentMin, LETTER_RULES.contentMax);
    case 'address':
      return charCount(d.address.trim()) > LETTER_RULES.addressMax ? 'long' : undefined;
    case 'photos':
      return d.photos.length > LETTER_RULES.maxPhotos ? 'tooMany' : undefined;
    case 'contactPhone':
      if (!d.contactPhone.trim()) return 'missing';
      return normalizeMobilePhone(d.contactPhone) ? undefined : 'format';
    case 'publishable':
      return d.publishable === undefined ? 'missing' : undefined;
  }
}

export function checkStep(d: LetterDraft, step: DraftStep): Partial<Record<DraftField, DraftProblem>> {
  const found: Partial<Record<DraftField, DraftProblem>> = {};
  for (const field of fieldsOfStep(step, d.channel)) {
    const problem = checkField(d, field);
    if (problem) found[field] = problem;
  }
  return found;
}

/** The first step with a problem, or undefined when the whole draft can be checked and sent. */
export function firstIncompleteStep(d: LetterDraft): DraftStep | undefined {
  return DRAFT_STEPS.find((s) => Object.keys(checkStep(d, s)).length > 0);
}

function hasPoint(d: LetterDraft): boolean {
  return typeof d.latitude === 'number' && typeof d.longitude === 'number';
}

/**
 * Where it happened, as the BFF takes it: a map pick in WeChat with its coordinates, a typed place
 * (H5 has no map pick) as the address alone. Coordinates are never made up, and never sent alone.
 */
export function letterLocation(d: LetterDraft): LetterLocation | undefined {
  const address = d.address.trim();
  if (!address) return undefined;
  return hasPoint(d) ? { latitude: d.latitude!, longitude: d.longitude!, address } : { address };
}

/** The request body for a complete draft (text trimmed, phone normalised). */
export function toRequest(d: LetterDraft): SubmitLetterRequest {
  if (firstIncompleteStep(d)) throw new Error('draft is not complete');
  const location = letterLocation(d);
  return {
    channel: d.channel,
    type: d.type!,
    topic: d.topic!,
    ...(d.channel === 'city' ? { departmentId: d.departmentId } : {}),
    title: d.title.trim(),
    content: d.content.trim(),
    ...(location ? { location } : {}),
    ...(d.photos.length ? { photoIds: d.photos.map((p) => p.photoId) } : {}),
    contactPhone: normalizeMobilePhone(d.contactPhone)!,
    publishable: d.publishable!,
    anonymousInPublic: d.publishable ? d.anonymousInPublic : false,
  };
}
