import { describe, expect, it } from 'vitest';
import { normalizedError } from '../../src/react/hooks/error-cache.js';

describe('the per-input cache the components share', () => {
  it('normalizes an object input once, however often it is rendered', () => {
    const body = { type: 'VEHICLE_STATE', code: 'ASLEEP', statusCode: 409 };
    expect(normalizedError(body)).toBe(normalizedError(body));
  });

  it('keeps the query string a page re-renders, even once it holds as many as it keeps', () => {
    const queries = Array.from({ length: 32 }, (_, index) => `?error=access_denied&state=${index}`);
    const first = queries.map((query) => normalizedError(query));
    const last = queries.at(-1) ?? '';
    // A hit at a full cache must not empty it: the same error object comes back.
    expect(normalizedError(last)).toBe(first.at(-1));
    expect(normalizedError(last)).toBe(first.at(-1));
  });
});
