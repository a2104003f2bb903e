import { warnOnce } from '../dev-warning.js';
import type { VehicleError } from '../types.js';
import { limits } from './limits.js';

/**
 * State shared by one normalize call: how deep and how much we have read, and what we could not
 * understand. Problems are told to the developer once each, never with the payload itself.
 */
export class ReadContext {
  private depth = 0;
  private visits = 0;
  private readonly problems = new Set<string>();

  constructor(private readonly readValue: (value: unknown, context: ReadContext) => VehicleError[]) {}

  /** Reads a nested value (array item, batch body, parsed JSON) within the depth and size limits. */
  read(value: unknown): VehicleError[] {
    if (this.depth >= limits.depth) {
      this.problem(`the input is nested more than ${limits.depth} levels deep; deeper parts were ignored.`);
      return [];
    }
    if (this.visits >= limits.visits) {
      this.problem('the input is very large; only its first part was read.');
      return [];
    }
    this.depth += 1;
    this.visits += 1;
    try {
      return this.readValue(value, this);
    } catch {
      // Our readers do not throw; this guards against a host object we did not foresee.
      this.problem('part of the input could not be read (a getter or Proxy threw).');
      return [];
    } finally {
      this.depth -= 1;
    }
  }

  /** Notes something the developer should know about their input. */
  problem(message: string): void {
    this.problems.add(message);
  }

  /** Whether anything was noted so far. */
  get hasProblems(): boolean {
    return this.problems.size > 0;
  }

  /** Warns about every problem noted (each message at most once per page). */
  flush(): void {
    try {
      for (const message of this.problems) warnOnce(`normalizeVehicleError: ${message}`);
    } catch {
      // A console replaced by something that throws must not turn bad input into a crash.
    }
    this.problems.clear();
  }
}
