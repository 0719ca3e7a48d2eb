import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The design tokens live in src/styles/_tokens.scss (the one source both builds use).
 * Design px are 750 wide: CSS px = design px / 2 on a 375-wide phone. 18 pt = 24 CSS px.
 */
const here = dirname(fileURLToPath(import.meta.url));
const scss = readFileSync(join(here, '../styles/_tokens.scss'), 'utf8');
const tokens = new Map([...scss.matchAll(/^\$([\w-]+):\s*([^;]+);/gm)].map((m) => [m[1], m[2].trim()]));

function cssPx(name: string): number {
  const value = tokens.get(name);
  const match = value?.match(/^(\d+(?:\.\d+)?)px$/);
  if (!match) throw new Error(`$${name} is not a px value: ${value}`);
  return Number(match[1]) / 2;
}
function number(name: string): number {
  const value = Number(tokens.get(name));
  if (Number.isNaN(value)) throw new Error(`$${name} is not a number`);
  return value;
}
function color(name: string): string {
  const value = tokens.get(name);
  if (!value || !/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`$${name} is not a #rrggbb colour: ${value}`);
  return value;
}
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('elderly-mode tokens (MIIT 2021 elderly-friendly rules)', () => {
  it('main text is at least 18 pt (24 CSS px) and nothing is smaller', () => {
    for (const name of ['portal-elderly-font-body', 'portal-elderly-font-small', 'portal-elderly-font-heading', 'portal-elderly-font-title']) {
      expect({ name, px: cssPx(name) >= 24 }).toEqual({ name, px: true });
    }
  });
  it('line height is at least 1.3', () => {
    expect(number('portal-elderly-line-height')).toBeGreaterThanOrEqual(1.3);
    expect(number('portal-line-height')).toBeGreaterThanOrEqual(1.3);
  });
  it('tap targets are at least 60 x 60 (44 x 44 in normal mode)', () => {
    expect(cssPx('portal-elderly-tap-min')).toBeGreaterThanOrEqual(60);
    expect(cssPx('portal-tap-min')).toBeGreaterThanOrEqual(44);
  });
  it('elderly text is larger than normal text', () => {
    expect(cssPx('portal-elderly-font-body')).toBeGreaterThan(cssPx('portal-font-body'));
  });
});

describe('colour contrast is at least 4.5:1', () => {
  const pairs: [string, string][] = [
    ['portal-color-text', 'portal-color-bg'],
    ['portal-color-text', 'portal-color-page'],
    ['portal-color-text-secondary', 'portal-color-bg'],
    ['portal-color-text-secondary', 'portal-color-page'],
    ['portal-color-primary', 'portal-color-bg'],
    ['portal-color-on-primary', 'portal-color-primary'],
    ['portal-color-link', 'portal-color-bg'],
    ['portal-color-error', 'portal-color-error-bg'],
    ['portal-color-note', 'portal-color-note-bg'],
    ['portal-color-planned', 'portal-color-bg'],
    ['portal-color-planned', 'portal-color-page'],
    ['portal-color-on-primary', 'portal-color-level-smooth'],
    ['portal-color-on-primary', 'portal-color-level-slow'],
    ['portal-color-on-primary', 'portal-color-level-congested'],
    ['portal-color-on-primary', 'portal-color-level-severe'],
  ];
  it.each(pairs)('%s on %s', (fg, bg) => {
    expect(contrast(color(fg), color(bg))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('chart bars are told apart from the card and from each other (WCAG 1.4.11, 3:1)', () => {
  it.each([
    ['portal-color-chart-personal', 'portal-color-bg'],
    ['portal-color-chart-employer', 'portal-color-bg'],
    ['portal-color-chart-personal', 'portal-color-chart-track'],
    ['portal-color-chart-employer', 'portal-color-chart-track'],
  ])('%s on %s', (fg, bg) => {
    expect(contrast(color(fg), color(bg))).toBeGreaterThanOrEqual(3);
  });
});
