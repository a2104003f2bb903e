import { act, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VehicleErrorBanner, VehicleErrorProvider } from '../../src/index.js';
import { formatVehicleErrorMessage } from '../../src/core.js';

/**
 * A countdown ticks every second for as long as an automatic retry waits. Each tick must re-render
 * the countdown and nothing else: not the title, the message or the buttons. React tells us which
 * components rendered in a commit through the committed fiber tree (the same check React DevTools'
 * "highlight updates" makes): a component rendered when its fiber carries the PerformedWork flag,
 * and a subtree that React reused unchanged keeps its previous child fibers.
 */

const PERFORMED_WORK = 0b1;

interface Fiber {
  type: unknown;
  flags: number;
  stateNode: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

function isComponent(fiber: Fiber): boolean {
  const { type } = fiber;
  if (typeof type === 'function') return true;
  const kind = typeof type === 'object' && type !== null ? (type as { $$typeof?: symbol }).$$typeof : undefined;
  return kind === Symbol.for('react.memo') || kind === Symbol.for('react.forward_ref');
}

function componentName(fiber: Fiber): string {
  const type = fiber.type as { displayName?: string; name?: string; type?: { name?: string }; render?: { name?: string } };
  return type.displayName ?? type.name ?? type.type?.name ?? type.render?.name ?? 'Anonymous';
}

/** The DOM nodes a component produced: its nearest host descendants. */
function hostNodesOf(fiber: Fiber): Node[] {
  const nodes: Node[] = [];
  const visit = (node: Fiber | null) => {
    for (let current = node; current; current = current.sibling) {
      if (current.stateNode instanceof Node) nodes.push(current.stateNode);
      else visit(current.child);
    }
  };
  visit(fiber.child);
  return nodes;
}

/** Components that rendered in the latest commit of the root mounted in `container`. */
function componentsRenderedInLastCommit(container: HTMLElement): Fiber[] {
  const key = Object.keys(container).find((name) => name.startsWith('__reactContainer$'));
  if (!key) throw new Error('No React root in this container');
  const hostRoot = (container as unknown as Record<string, Fiber>)[key];
  const fiberRoot = hostRoot?.stateNode as { current: Fiber } | undefined;
  if (!fiberRoot) throw new Error('No fiber root');
  const rendered: Fiber[] = [];
  const visit = (fiber: Fiber) => {
    if (isComponent(fiber) && (fiber.flags & PERFORMED_WORK) === PERFORMED_WORK) rendered.push(fiber);
    // Children shared with the previous tree were not visited by this render.
    if (fiber.alternate && fiber.child === fiber.alternate.child) return;
    for (let child = fiber.child; child; child = child.sibling) visit(child);
  };
  visit(fiberRoot.current);
  return rendered;
}

/** A fixed thirty-second wait, so the countdown shows seconds and ticks visibly. */
const retryPolicy = { maxAttempts: 3, baseDelayMs: 30_000, maxDelayMs: 30_000, maxRetryAfterMs: 30_000 };

const asleep = {
  type: 'VEHICLE_STATE',
  code: 'ASLEEP',
  statusCode: 409,
  requestId: 'req-1',
  resolution: { type: 'RETRY_LATER' },
};

describe('a countdown tick', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // Full jitter picks a delay between 0 and the cap; pin it near the cap.
    vi.spyOn(Math, 'random').mockReturnValue(0.99);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Mounts `ui`, waits for a countdown tick that changes the number, and reports that tick's renders. */
  async function renderedOnTick(ui: ReactElement) {
    const { container } = render(ui);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    const { title, message } = formatVehicleErrorMessage(asleep, { appName: 'Chargely' });
    const countdown = screen.getByText(/Trying again in \d+ seconds?/);
    const before = countdown.textContent;
    const drawn = [screen.getByText(title), screen.getByText(message), ...screen.getAllByRole('button')];
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(countdown.textContent, 'the countdown moved on').not.toBe(before);
    const rendered = componentsRenderedInLastCommit(container);
    const offenders = rendered
      .filter((fiber) => hostNodesOf(fiber).some((node) => drawn.some((element) => node.contains(element))))
      .map(componentName);
    return { rendered: rendered.map(componentName), offenders };
  }

  it('re-renders only the countdown, never the title, message or buttons', async () => {
    const { rendered, offenders } = await renderedOnTick(
      <VehicleErrorProvider appName="Chargely">
        <VehicleErrorBanner error={asleep} retryPolicy={retryPolicy} onRetry={() => new Promise(() => undefined)} />
      </VehicleErrorProvider>,
    );
    expect(rendered, 'the tick rendered nothing').not.toEqual([]);
    expect(offenders, 'components that re-rendered the title, message or buttons on a tick').toEqual([]);
  });

  it('would notice a banner that re-renders whole every second', async () => {
    // A parent ticking in step with the countdown re-renders the banner: the check must see that.
    function EverySecond() {
      const [, setNow] = useState(0);
      useEffect(() => {
        const timer = setInterval(() => setNow(Date.now()), 1000);
        return () => clearInterval(timer);
      }, []);
      return <VehicleErrorBanner error={asleep} retryPolicy={retryPolicy} onRetry={() => new Promise(() => undefined)} />;
    }
    const { offenders } = await renderedOnTick(
      <VehicleErrorProvider appName="Chargely">
        <EverySecond />
      </VehicleErrorProvider>,
    );
    expect(offenders).toContain('VehicleErrorBanner');
  });
});
