import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * axe-core from node_modules, injected into a page and run against the whole document (portals
 * included) with the WCAG 2.2 AA rules, colour contrast on, and for stories axe's best practices.
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What every story must pass, as Storybook's a11y addon also runs it (.storybook/preview.tsx). */
export const STORY_TAGS = [...WCAG_AA_TAGS, 'best-practice'];

/** One failed rule, reduced to what a person needs to fix it. */
export interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

interface AxeWindow {
  axe?: { run(context: unknown, options: RunOptions): Promise<AxeResults> };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs axe on the page (minus `exclude` selectors) with the rules of `tags` (WCAG 2.2 AA by
 * default) and returns its violations, empty when it passes. Retries while Storybook's own a11y
 * addon is still running its axe.
 *
 * @example
 * const violations = await axeViolations(page, [], STORY_TAGS);
 * expect(violations, formatViolations(violations)).toEqual([]);
 */
export async function axeViolations(page: Page, exclude: string[] = [], tags: string[] = WCAG_AA_TAGS): Promise<Violation[]> {
  if (!(await page.evaluate(() => Boolean((window as AxeWindow).axe)))) await page.addScriptTag({ content: AXE_SOURCE });
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await page.evaluate(async ({ tags, exclude }) => {
        const axe = (window as AxeWindow).axe;
        if (!axe) throw new Error('axe-core was not injected');
        const results = await axe.run(
          { exclude: ['#storybook-highlights-root', ...exclude].map((selector) => [selector]) },
          { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
        );
        return results.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact ?? 'unknown',
          help: violation.help,
          nodes: violation.nodes.map((node) => ({
            target: node.target.join(' '),
            html: node.html.slice(0, 200),
            summary: node.failureSummary ?? '',
          })),
        }));
      }, { tags, exclude });
    } catch (error) {
      if (attempt >= 50 || !String(error).includes('Axe is already running')) throw error;
      await sleep(100);
    }
  }
}

/** Violations as readable text: rule, impact, help, then each failing element and why. */
export function formatViolations(violations: Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => `    at ${node.target}\n      ${node.html}\n      ${node.summary.replace(/\n/g, '\n      ')}`);
      return `  ${violation.id} (${violation.impact}): ${violation.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}
