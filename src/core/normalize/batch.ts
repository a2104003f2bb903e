import type { VehicleError } from '../types.js';
import { genericVehicleError } from './build.js';
import type { ReadContext } from './context.js';
import { readHeaderFacts, withResponseFacts } from './headers.js';
import { limits } from './limits.js';
import { arrayItems, field, firstField } from './read.js';
import { httpStatus } from './values.js';

/**
 * A batch body `{ responses: [{ path, code, body, headers }] }`: the errors of every response whose
 * HTTP `code` is 400 or more. A body's own status wins over the response's.
 */
export function readBatch(value: object, context: ReadContext): VehicleError[] {
  const { items, truncated } = arrayItems(field(value, 'responses'), limits.errors);
  if (truncated) context.problem(`a batch body has more than ${limits.errors} responses; the rest were ignored.`);
  const errors: VehicleError[] = [];
  for (const item of items) {
    const statusCode = firstField(item, ['code', 'status', 'statusCode'], httpStatus);
    if (statusCode === undefined || statusCode < 400) continue;
    const body = field(item, 'body');
    const found = body === undefined || body === null ? [] : context.read(body);
    const facts = { statusCode, ...readHeaderFacts(field(item, 'headers')) };
    for (const error of found.length > 0 ? found : [genericVehicleError()]) {
      errors.push(withResponseFacts(error, facts, 'batch'));
    }
  }
  if (errors.length === 0) context.problem('a batch body has no failed response, so there is no error to show.');
  return errors;
}
