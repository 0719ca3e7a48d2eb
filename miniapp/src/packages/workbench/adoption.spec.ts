import { describe, expect, it } from '@jest/globals';
import { CONSULTATION_RULES } from '@portal/shared';
import { adoptionAction, adoptionOrder, checkAdoption } from './adoption';

describe('the account of what was adopted', () => {
  it('names what is missing, too short or too long, counting characters of the trimmed text', () => {
    expect(checkAdoption('')).toBe('missing');
    expect(checkAdoption('   \n ')).toBe('missing');
    expect(checkAdoption('采纳'.padEnd(CONSULTATION_RULES.adoptionMin - 1, '字'))).toBe('short');
    expect(checkAdoption(`  ${'字'.repeat(CONSULTATION_RULES.adoptionMin)}  `)).toBeUndefined();
    expect(checkAdoption('字'.repeat(CONSULTATION_RULES.adoptionMax))).toBeUndefined();
    expect(checkAdoption('字'.repeat(CONSULTATION_RULES.adoptionMax + 1))).toBe('long');
    // Four-byte characters count once each, as the BFF counts them.
    expect(checkAdoption('𠀀'.repeat(CONSULTATION_RULES.adoptionMin))).toBeUndefined();
  });

  it('is published or revised only after closing', () => {
    expect(adoptionAction({ state: 'closed', adoptionPublished: false })).toBe('publish');
    expect(adoptionAction({ state: 'closed', adoptionPublished: true })).toBe('revise');
    expect(adoptionAction({ state: 'open', adoptionPublished: false })).toBe('wait');
    expect(adoptionAction({ state: 'upcoming', adoptionPublished: false })).toBe('wait');
  });

  it('lists the work to do first: closed without an account, closed with one, open, upcoming', () => {
    const items = [
      { id: 'u', state: 'upcoming' as const, adoptionPublished: false },
      { id: 'c1', state: 'closed' as const, adoptionPublished: true },
      { id: 'o', state: 'open' as const, adoptionPublished: false },
      { id: 'c2', state: 'closed' as const, adoptionPublished: false },
      { id: 'c3', state: 'closed' as const, adoptionPublished: true },
    ];
    expect(adoptionOrder(items).map((c) => c.id)).toEqual(['c2', 'c1', 'c3', 'o', 'u']);
  });
});
