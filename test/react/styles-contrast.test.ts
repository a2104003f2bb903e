// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The stylesheet's colour pairs, checked with the WCAG 2.2 formula in both themes: text 4.5:1,
 * borders and focus rings 3:1. (jsdom cannot lay out pages, so axe cannot check contrast here; the
 * browser tests check rendered stories too.)
 */
const css = readFileSync(new URL('../../src/react/styles.css', import.meta.url), 'utf8');

/** Every `--vehicle-error-*: light-dark(light, dark)` colour, for one side. */
function palette(side: 0 | 1): Map<string, string> {
  const pairs = [...css.matchAll(/(--vehicle-error-[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)\s*;/gi)];
  expect(pairs.length).toBeGreaterThan(10);
  return new Map(pairs.map((match) => [match[1] ?? '', match[side + 2] ?? '']));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((index) => {
    const channel = Number.parseInt(hex.slice(index, index + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const themes = { light: palette(0), dark: palette(1) };
const tones = ['info', 'warning', 'critical', 'success', 'neutral'];

describe.each(Object.entries(themes))('%s theme', (_theme, colours) => {
  const get = (name: string) => {
    const value = colours.get(`--vehicle-error-${name}`);
    expect(value, name).toBeDefined();
    return value ?? '#000000';
  };
  it.each(tones)('%s: text, muted text and links on the tone background reach 4.5:1', (tone) => {
    const background = get(`${tone}-bg`);
    for (const text of [get('fg'), get('muted'), get(`${tone}-link`)]) expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(tones)('%s: the primary button (and its hover) reaches 4.5:1', (tone) => {
    expect(contrast(get('on-strong'), get(`${tone}-strong`))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(get('on-strong'), get(`${tone}-link`))).toBeGreaterThanOrEqual(4.5);
  });
  it.each(tones)('%s: borders and the focus ring reach 3:1 against the background', (tone) => {
    expect(contrast(get(`${tone}-strong`), get(`${tone}-bg`))).toBeGreaterThanOrEqual(3);
  });
});

describe('the stylesheet', () => {
  it('uses logical properties only (mirrors in right-to-left)', () => {
    expect(css).not.toMatch(/(margin|padding|border)-(left|right)\b|\b(left|right)\s*:/);
  });
  it('switches themes by color-scheme: the preference, or data-theme on an ancestor', () => {
    expect(css).toMatch(/\.vehicle-error \{\s*color-scheme: light dark;/);
    expect(css).toMatch(/\[data-theme='dark'\] \.vehicle-error,[^{]*\{\s*color-scheme: dark;/);
    expect(css).toMatch(/\[data-theme='light'\] \.vehicle-error,[^{]*\{\s*color-scheme: light;/);
  });
  it('respects reduced motion and keeps 24 px or larger targets', () => {
    expect(css).toContain('@media (prefers-reduced-motion: reduce)');
    const target = /--vehicle-error-target-size:\s*([\d.]+)rem/.exec(css)?.[1];
    expect(Number(target) * 16).toBeGreaterThanOrEqual(24);
  });
});
