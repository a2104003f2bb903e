import { useBrowserLayoutEffect } from './use-browser-layout-effect.js';

/** Open dialogs holding the lock, and the page's own inline styles to restore after the last. */
let holders = 0;
let saved: { overflow: string; gutter: string } | undefined;

/**
 * Stops the page scrolling behind an open dialog without moving it: the root element stops
 * scrolling, and a page that shows a classic scrollbar keeps the scrollbar's gutter, so nothing
 * shifts sideways. (Radix's overlay lock adds a margin for the scrollbar instead, which moves
 * pages that reserve the gutter themselves or scroll the root with `overflow-y: scroll`.)
 *
 * @example useScrollLock(open);
 */
export function useScrollLock(active: boolean): void {
  useBrowserLayoutEffect(() => {
    if (!active) return;
    const root = document.documentElement;
    if (holders === 0) {
      saved = { overflow: root.style.overflow, gutter: root.style.scrollbarGutter };
      if (window.innerWidth > root.clientWidth) root.style.scrollbarGutter = 'stable';
      root.style.overflow = 'hidden';
    }
    holders += 1;
    return () => {
      holders -= 1;
      if (holders > 0 || !saved) return;
      root.style.overflow = saved.overflow;
      root.style.scrollbarGutter = saved.gutter;
      saved = undefined;
    };
  }, [active]);
}
