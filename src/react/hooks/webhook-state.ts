import type { VehicleError } from '../../core/types.js';
import { mostRelevantVehicleError } from '../../core/relevance.js';

/** Live error state of one or more cars, built from webhook events. */
interface WebhookState {
  /** Active errors by vehicle + type + code. */
  active: ReadonlyMap<string, VehicleError>;
  /** Event ids already applied (bounded), so a redelivered event changes nothing. */
  seen: readonly string[];
  /** The error whose RESOLVED event cleared the last active error; until acknowledged. */
  resolved: VehicleError | undefined;
}

export const emptyWebhookState: WebhookState = { active: new Map(), seen: [], resolved: undefined };

/** Webhooks are redelivered; remembering this many recent event ids is plenty. */
const MAX_SEEN = 200;

type WebhookAction =
  | { type: 'apply'; eventId: string | undefined; errors: readonly VehicleError[] }
  | { type: 'acknowledge' }
  | { type: 'clear' };

/** The key that makes an ERROR and its later RESOLVED meet. */
function webhookKey(error: VehicleError): string {
  return [error.vehicle?.id ?? '', error.type, error.code ?? ''].join('\u0000');
}

/** Pure transition; React may call it twice (StrictMode), so it never mutates. */
export function webhookReducer(state: WebhookState, action: WebhookAction): WebhookState {
  if (action.type === 'acknowledge') return state.resolved ? { ...state, resolved: undefined } : state;
  if (action.type === 'clear') return { ...emptyWebhookState, seen: state.seen };
  const { eventId, errors } = action;
  if (eventId !== undefined && state.seen.includes(eventId)) return state;
  const active = new Map(state.active);
  let lastResolved: VehicleError | undefined;
  let added = false;
  for (const error of errors) {
    const key = webhookKey(error);
    if (error.state === 'RESOLVED') {
      if (active.delete(key)) lastResolved = error;
    } else {
      active.set(key, error);
      added = true;
    }
  }
  const seen = eventId === undefined ? state.seen : [...state.seen, eventId].slice(-MAX_SEEN);
  let resolved = added ? undefined : state.resolved;
  if (lastResolved && active.size === 0) resolved = lastResolved;
  return { active, seen, resolved };
}

/** Active errors, most urgent first, by the core's relevance rule (ties keep their order). */
export function activeErrors(state: WebhookState): VehicleError[] {
  const rest = [...state.active.values()];
  const sorted: VehicleError[] = [];
  for (let next = mostRelevantVehicleError(rest); next; next = mostRelevantVehicleError(rest)) {
    sorted.push(next);
    rest.splice(rest.indexOf(next), 1);
  }
  return sorted;
}
