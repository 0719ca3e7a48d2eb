import { describe, expect, it } from '@jest/globals';
import { LETTER_RULES } from '@portal/shared';
import {
  charCount,
  checkField,
  checkStep,
  counter,
  draftHasContent,
  draftStorageKey,
  firstIncompleteStep,
  looksLikeMarkup,
  markAttempted,
  newDraft,
  newIdempotencyKey,
  parseDraft,
  stepOfField,
  toRequest,
  updateDraft,
  withNewKey,
  type LetterDraft,
} from './draft';

const complete = (over: Partial<LetterDraft> = {}): LetterDraft => ({
  ...newDraft('chengdu', 'city', 1_700_000_000_000, () => 0.5),
  type: 'complaint',
  topic: 'city-management',
  departmentId: 'chengdu-wuhou',
  title: '小区门口路灯不亮',
  content: '天府大道北段某小区门口的路灯已经坏了两个星期，晚上很黑。',
  contactPhone: '139 0002 8005',
  publishable: true,
  anonymousInPublic: true,
  ...over,
});

describe('idempotency key lifecycle', () => {
  it('makes a key the BFF accepts, different each time', () => {
    const a = newIdempotencyKey(1_700_000_000_000, () => 0.1);
    const b = newIdempotencyKey(1_700_000_000_000, () => 0.2);
    expect(a).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(a).not.toBe(b);
  });

  it('keeps the key of a draft through edits and a submit attempt', () => {
    const d = newDraft('chengdu', 'city');
    const edited = updateDraft(d, { title: '新的标题文字' });
    const tried = markAttempted(edited);
    expect(edited.idempotencyKey).toBe(d.idempotencyKey);
    expect(tried.idempotencyKey).toBe(d.idempotencyKey);
    expect(tried.attempted).toBe(true);
  });

  it('survives storage (a retry after a reload sends the same key)', () => {
    const tried = markAttempted(complete());
    const back = parseDraft(JSON.parse(JSON.stringify(tried)), 'chengdu', 'city');
    expect(back?.idempotencyKey).toBe(tried.idempotencyKey);
    expect(back?.attempted).toBe(true);
    expect(parseDraft(JSON.stringify(tried), 'chengdu', 'city')?.idempotencyKey).toBe(tried.idempotencyKey);
  });

  it('gets a new key only when the citizen sends it as a new letter', () => {
    const tried = markAttempted(complete());
    const fresh = withNewKey(tried, 1_700_000_000_001, () => 0.9);
    expect(fresh.idempotencyKey).not.toBe(tried.idempotencyKey);
    expect(fresh.attempted).toBe(false);
    expect(fresh.content).toBe(tried.content);
  });
});

describe('draft storage', () => {
  it('keeps one draft per city and channel', () => {
    expect(draftStorageKey('chengdu', 'city')).not.toBe(draftStorageKey('chengdu', 'premier'));
    expect(draftStorageKey('chengdu', 'city')).not.toBe(draftStorageKey('yinchuan', 'city'));
  });

  it("ignores another city's or channel's draft and anything malformed", () => {
    const d = complete();
    expect(parseDraft(d, 'shanghai', 'city')).toBeUndefined();
    expect(parseDraft(d, 'chengdu', 'premier')).toBeUndefined();
    expect(parseDraft('{not json', 'chengdu', 'city')).toBeUndefined();
    expect(parseDraft({ ...d, idempotencyKey: 'x' }, 'chengdu', 'city')).toBeUndefined();
    expect(parseDraft('', 'chengdu', 'city')).toBeUndefined();
  });

  it('drops unknown choices and extra photos when reading back', () => {
    const raw = { ...complete(), type: 'poem', photos: [1, 2, 3, 4].map((n) => ({ photoId: `p${n}`, localPath: `/tmp/${n}.jpg` })) };
    const back = parseDraft(raw, 'chengdu', 'city')!;
    expect(back.type).toBeUndefined();
    expect(back.photos).toHaveLength(LETTER_RULES.maxPhotos);
  });

  it('knows an empty draft from one with something in it', () => {
    expect(draftHasContent(newDraft('chengdu', 'city'))).toBe(false);
    expect(draftHasContent(updateDraft(newDraft('chengdu', 'city'), { content: '有' }))).toBe(true);
  });
});

describe('counter', () => {
  it('counts characters as people do, up to 2,000', () => {
    expect(counter('路灯不亮')).toEqual({ count: 4, max: 2000, left: 1996, over: false });
    expect(counter('😀a')).toMatchObject({ count: 2 });
    expect(counter('字'.repeat(2000))).toMatchObject({ count: 2000, left: 0, over: false });
    expect(counter('字'.repeat(2001))).toMatchObject({ count: 2001, left: 0, over: true });
  });
  it('charCount counts code points', () => {
    expect(charCount('a😀b')).toBe(3);
  });
});

describe('checking each step', () => {
  it('asks for type, topic and addressee first', () => {
    expect(checkStep(newDraft('chengdu', 'city'), 'about')).toEqual({ type: 'missing', topic: 'missing', departmentId: 'missing' });
  });

  it('needs no department for the premier channel', () => {
    const d = { ...newDraft('chengdu', 'premier'), type: 'suggestion' as const, topic: 'other' as const };
    expect(checkStep(d, 'about')).toEqual({});
  });

  it('checks title and content lengths', () => {
    expect(checkField(complete({ title: '路灯' }), 'title')).toBe('short');
    expect(checkField(complete({ title: '字'.repeat(51) }), 'title')).toBe('long');
    expect(checkField(complete({ content: '  ' }), 'content')).toBe('missing');
    expect(checkField(complete({ content: '太短了' }), 'content')).toBe('short');
    expect(checkField(complete({ content: '字'.repeat(2001) }), 'content')).toBe('long');
    expect(checkField(complete({ address: '字'.repeat(101) }), 'address')).toBe('long');
  });

  it('checks the phone and the publication choice', () => {
    expect(checkField(complete({ contactPhone: '' }), 'contactPhone')).toBe('missing');
    expect(checkField(complete({ contactPhone: '12345' }), 'contactPhone')).toBe('format');
    expect(checkField(complete({ contactPhone: '+86 139-0002-8005' }), 'contactPhone')).toBeUndefined();
    expect(checkField(complete({ publishable: undefined }), 'publishable')).toBe('missing');
  });

  it('finds the first incomplete step and the step of a field', () => {
    expect(firstIncompleteStep(complete())).toBeUndefined();
    expect(firstIncompleteStep(complete({ contactPhone: '' }))).toBe('contact');
    expect(firstIncompleteStep(complete({ title: '' }))).toBe('letter');
    expect(stepOfField('departmentId')).toBe('about');
    expect(stepOfField('photos')).toBe('letter');
    expect(stepOfField('publishable')).toBe('contact');
  });
});

describe('the request', () => {
  it('sends trimmed text, the normalised phone and the photo ids', () => {
    const body = toRequest(complete({ title: '  小区门口路灯不亮 ', photos: [{ photoId: 'ph1', localPath: 'blob:x' }] }));
    expect(body).toEqual({
      channel: 'city',
      type: 'complaint',
      topic: 'city-management',
      departmentId: 'chengdu-wuhou',
      title: '小区门口路灯不亮',
      content: '天府大道北段某小区门口的路灯已经坏了两个星期，晚上很黑。',
      photoIds: ['ph1'],
      contactPhone: '13900028005',
      publishable: true,
      anonymousInPublic: true,
    });
  });

  it('keeps markup as the citizen typed it (it is shown as text, never stripped here)', () => {
    const content = '路灯不亮<script>alert(1)</script>，请尽快修理。';
    expect(toRequest(complete({ content })).content).toBe(content);
    expect(looksLikeMarkup(content)).toBe(true);
    expect(looksLikeMarkup('3 < 5 且 6 > 4')).toBe(false);
  });

  it('never makes up coordinates: a typed place goes as the address alone, a map pick with its coordinates', () => {
    const typed = toRequest(complete({ address: '  武侯区天府大道北段 ' }));
    expect(typed.location).toEqual({ address: '武侯区天府大道北段' });
    expect(typed.location).not.toHaveProperty('latitude');
    expect(typed.location).not.toHaveProperty('longitude');
    expect(typed.content).toBe('天府大道北段某小区门口的路灯已经坏了两个星期，晚上很黑。');
    const picked = toRequest(complete({ address: '某地', latitude: 30.6, longitude: 104.06 }));
    expect(picked.location).toEqual({ address: '某地', latitude: 30.6, longitude: 104.06 });
    expect(picked.content).not.toContain('某地');
    // Half a pair is no point: the address alone.
    expect(toRequest(complete({ address: '某地', latitude: 30.6 })).location).toEqual({ address: '某地' });
    expect(toRequest(complete({ address: '   ', latitude: 30.6, longitude: 104.06 })).location).toBeUndefined();
    expect(toRequest(complete({})).location).toBeUndefined();
  });

  it('limits the place on its own, no longer against the letter length', () => {
    const full = complete({ content: '字'.repeat(2000), address: '武侯区天府大道北段' });
    expect(checkField(full, 'content')).toBeUndefined();
    expect(checkField(full, 'address')).toBeUndefined();
    expect(checkField(complete({ address: '字'.repeat(101) }), 'address')).toBe('long');
  });

  it('leaves out the department for the premier channel and anonymity when not published', () => {
    const premier = { ...complete({ publishable: false }), channel: 'premier' as const };
    const body = toRequest(premier);
    expect(body.departmentId).toBeUndefined();
    expect(body.channel).toBe('premier');
    expect(body.anonymousInPublic).toBe(false);
  });

  it('refuses an incomplete draft', () => {
    expect(() => toRequest(newDraft('chengdu', 'city'))).toThrow();
  });
});
