import { useCallback, useRef } from 'react';
import { useBrowserLayoutEffect } from './use-browser-layout-effect.js';

/**
 * Remembers the element that had focus when `open` turned true, and returns a function that puts
 * focus back there. Needed because our dialog has no trigger for Radix to return focus to.
 * Recorded in a layout effect, before the dialog's own focus moves; only on a closed→open change,
 * so StrictMode's second effect run does not record an element inside the dialog.
 */
export function useReturnFocus(open: boolean): () => void {
  const previous = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  useBrowserLayoutEffect(() => {
    if (open && !wasOpen.current) {
      const active = document.activeElement;
      previous.current = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    wasOpen.current = open;
  }, [open]);
  return useCallback(() => {
    const target = previous.current;
    previous.current = null;
    if (target?.isConnected) target.focus();
  }, []);
}
