/** Measures normalize + format over the vendor's payload shapes, as an app or server would call it. */
import { formatVehicleErrorMessage, normalizeVehicleError } from '../src/core.js';
import { vendorPayloads } from '../test/fixtures/vendor-payloads.js';

const payloads = vendorPayloads.map((fixture) => fixture.payload);
const actions = [undefined, 'lock', 'read_odometer', 'startCharging'];
const ROUND_MS = 400;
const ROUNDS = 7;

/** One timed round of `step` over the mix; returns operations per second. */
function round(step: (payload: unknown, index: number) => unknown): number {
  let ops = 0;
  let kept = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ROUND_MS) {
    for (let i = 0; i < 250; i += 1, ops += 1) kept += step(payloads[ops % payloads.length], ops) ? 1 : 0;
    elapsed = performance.now() - start;
  }
  if (kept < 0) console.log(kept); // keeps the results observable so the work is not optimised away
  return (ops / elapsed) * 1_000;
}

/**
 * Best and median of several rounds after a warm-up. The machine is shared, so the best round is
 * the figure closest to what the code costs; the median shows the noise.
 */
function measure(step: (payload: unknown, index: number) => unknown): { best: number; median: number } {
  for (let i = 0; i < 5_000; i += 1) step(payloads[i % payloads.length], i);
  const results = Array.from({ length: ROUNDS }, () => round(step)).sort((a, b) => a - b);
  return { best: results[results.length - 1] ?? 0, median: results[Math.floor(results.length / 2)] ?? 0 };
}

const rows = [
  ['normalizeVehicleError', measure((payload) => normalizeVehicleError(payload))],
  ['formatVehicleErrorMessage (normalize + format)', measure((payload) => formatVehicleErrorMessage(payload, { appName: 'EV Buddy' }))],
  [
    'formatVehicleErrorMessage with an action',
    measure((payload, i) => formatVehicleErrorMessage(payload, { appName: 'EV Buddy', action: actions[i % actions.length] })),
  ],
] as const;

console.log(`vehicle-error-ui core benchmark: ${payloads.length} vendor payloads (v1, v2, v3, SDK, batch, Connect, webhook), Node ${process.version}`);
for (const [name, { best, median }] of rows) {
  const ops = (value: number) => Math.round(value).toLocaleString('en-US').padStart(9);
  console.log(`  ${name.padEnd(48)} ${ops(best)} ops/s best (${(1e6 / best).toFixed(1)} µs/op), median ${ops(median)} ops/s`);
}
