/**
 * Development-only warnings for app developers. Bundlers replace `process.env.NODE_ENV`; where no
 * bundler ran and `process` does not exist (plain browser ESM), we stay quiet.
 */
function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

const warned = new Set<string>();

/** Warns once per distinct message, in development only. */
export function warnOnce(message: string): void {
  if (warned.has(message) || !isDevelopment()) return;
  warned.add(message);
  console.warn(`[vehicle-error-ui] ${message}`);
}

/** Forgets which warnings were given, so tests can expect one again. */
export function resetWarnings(): void {
  warned.clear();
}
