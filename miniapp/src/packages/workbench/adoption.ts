import { CONSULTATION_RULES, type StaffConsultationItem } from '@portal/shared';

export type AdoptionProblem = 'missing' | 'short' | 'long';

/** The account of what was adopted, checked as the BFF will: trimmed, counted in characters (not UTF-16 units). */
export function checkAdoption(text: string): AdoptionProblem | undefined {
  const length = Array.from(text.trim()).length;
  if (length === 0) return 'missing';
  if (length < CONSULTATION_RULES.adoptionMin) return 'short';
  if (length > CONSULTATION_RULES.adoptionMax) return 'long';
  return undefined;
}

/** What the department can do with a consultation: publish or revise after closing, else wait for it to close. */
export type AdoptionAction = 'publish' | 'revise' | 'wait';

export function adoptionAction(item: Pick<StaffConsultationItem, 'state' | 'adoptionPublished'>): AdoptionAction {
  if (item.state !== 'closed') return 'wait';
  return item.adoptionPublished ? 'revise' : 'publish';
}

/** Closed ones first (the work to do: unpublished before published), then open, then upcoming; the BFF's order within each. */
export function adoptionOrder<T extends Pick<StaffConsultationItem, 'state' | 'adoptionPublished'>>(items: readonly T[]): T[] {
  const rank = (c: T) => (c.state === 'closed' ? (c.adoptionPublished ? 1 : 0) : c.state === 'open' ? 2 : 3);
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}
