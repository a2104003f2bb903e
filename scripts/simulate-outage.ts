/**
 * `npm run simulate:outage`: 10,000 clients through a 60-second outage of an API they call at a
 * steady rate, once per app pattern, through the library's real retry store and data-layer
 * helpers on a virtual clock. The simulation imports the TypeScript sources, so it is bundled
 * first (esbuild, production mode) and then run. `--clients=1000` for a quicker look,
 * `--period=10` for clients that call every 10 s, `--policy='{"maxAttempts":5}'` to try an app's
 * own `retryPolicy`.
 */
import { parseArgs } from 'node:util';
import type * as Bundling from './import-bundled.js';
import type * as Simulation from './outage-simulation.js';

const { importBundled } = (await import(new URL('./import-bundled.ts', import.meta.url).href)) as typeof Bundling;
const simulation = (await importBundled('scripts/outage-simulation.ts')) as typeof Simulation;

const { values } = parseArgs({ options: { clients: { type: 'string' }, period: { type: 'string' }, policy: { type: 'string' } } });
const options = {
  ...simulation.defaultOutage,
  ...(values.policy ? { retryPolicy: JSON.parse(values.policy) as object } : {}),
  ...(values.clients ? { clients: Number(values.clients) } : {}),
  ...(values.period ? { periodMs: Number(values.period) * 1000 } : {}),
};
const seconds = (ms: number) => (Number.isNaN(ms) ? 'never' : `${(ms / 1000).toFixed(1)} s`);
console.log(
  `${options.clients.toLocaleString('en')} clients, each calling once every ${options.periodMs / 1000} s; ` +
    `the API fails every request for ${options.outageMs / 1000} s (a server error, retried automatically).`,
);
const rows = [['App pattern', 'Peak (x steady)', 'Extra requests', 'Over maxAttempts', 'Most attempts', 'Drain after recovery']];
for (const name of simulation.patternNames) {
  const figures = await simulation.simulatePattern(name, options);
  rows.push([name, `${figures.peak.toFixed(2)}x`, figures.extraRequests.toLocaleString('en'), String(figures.overMaxAttempts), String(figures.mostAttempts), seconds(figures.drainMs)]);
}
const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
const [header = [], ...body] = rows;
console.log([line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n'));
