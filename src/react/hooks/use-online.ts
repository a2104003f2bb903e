import { useSyncExternalStore } from 'react';

/** Whether the browser believes it is online; always true on the server and where unknown. */
export function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

const serverSnapshot = () => true;

/** Re-renders on the browser's `online`/`offline` events. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, serverSnapshot);
}
