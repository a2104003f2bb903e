/**
 * A story `beforeEach` that makes the browser look offline (`navigator.onLine`, the `offline`
 * event) while the story is shown, and puts it back afterwards.
 *
 * @example
 * export const PausedWhileOffline = { beforeEach: goOfflineWhileShown };
 */
export function goOfflineWhileShown(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event('offline'));
  return () => {
    // Deleting the own property uncovers the browser's real getter again.
    Reflect.deleteProperty(navigator, 'onLine');
    window.dispatchEvent(new Event('online'));
  };
}
