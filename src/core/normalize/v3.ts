import type { VehicleError } from '../types.js';
import type { ReadContext } from './context.js';
import { readFlatError } from './flat.js';
import { limits } from './limits.js';
import { arrayItems, field } from './read.js';

/** A v3 list body: `{ errors: [{ status: "430", type, code, title, detail, links, resolution, meta }] }`. */
export function readV3List(value: object, context: ReadContext): VehicleError[] {
  const { items, truncated } = arrayItems(field(value, 'errors'), limits.errors);
  if (truncated) context.problem(`a body lists more than ${limits.errors} errors; the rest were ignored.`);
  const errors: VehicleError[] = [];
  for (const item of items) {
    const error = readFlatError(item, 'v3', context);
    if (error) errors.push(error);
    else context.problem('an item of `errors[]` is not an error; it was skipped.');
  }
  return errors;
}
