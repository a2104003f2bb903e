import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in a browser, `useEffect` on the server, where React 18 warns about layout
 * effects (what they do only matters in a browser anyway).
 *
 * @example useBrowserLayoutEffect(() => record(document.activeElement), [open]);
 */
export const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
