import { waitFor } from 'storybook/test';

/**
 * Waits in a play function until the message reaches a retry state (`data-state`: `retrying`,
 * `exhausted`, `failed`, `succeeded`…), so the story settles before a screenshot or axe looks.
 *
 * @example
 * play: ({ canvasElement }) => waitForState(canvasElement, 'exhausted'),
 */
export async function waitForState(canvasElement: HTMLElement, state: string): Promise<void> {
  const root = canvasElement.ownerDocument;
  await waitFor(
    () => {
      if (!root.querySelector(`.vehicle-error[data-state="${state}"]`)) throw new Error(`No message in state ${state} yet`);
    },
    { timeout: 5_000 },
  );
}
