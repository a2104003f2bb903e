import { useEffect, useState } from 'react';

/**
 * Whole seconds until `deadline` (epoch ms), ticking on second boundaries while it is in the
 * future; `undefined` without a deadline. One timer at a time, cleared on change and unmount.
 */
export function useSecondsLeft(deadline: number | undefined): number | undefined {
  // The deadline the seconds were counted for, and the seconds.
  const [left, setLeft] = useState<[number, number]>();

  useEffect(() => {
    if (deadline === undefined) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const ms = Math.max(0, deadline - Date.now());
      setLeft([deadline, Math.ceil(ms / 1000)]);
      // Wake at the next whole-second boundary of the remaining time, not every 1000 ms from now.
      if (ms > 0) timer = setTimeout(tick, ms % 1000 || 1000);
    };
    tick();
    return () => clearTimeout(timer);
  }, [deadline]);

  return deadline !== undefined && left?.[0] === deadline ? left[1] : undefined;
}
