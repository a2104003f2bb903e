import { waitFor } from 'storybook/test';

/**
 * Waits in a play function until the message reaches a retry state (`data-state`: `retrying`,
 * `exhausted`, `failed`, `succeeded`…), or another `data-*` value such as a `kind`, so the story
 * settles before a screenshot or axe looks.
 *
 * @example
 * play: ({ canvasElement }) => waitForState(canvasElement, 'exhausted'),
 * play: ({ canvasElement }) => waitForState(canvasElement, 'reauthenticate', 'kind'),
 */
export async function waitForState(canvasElement: HTMLElement, state: string, attribute = 'state'): Promise<void> {
  const root = canvasElement.ownerDocument;
  await waitFor(
    () => {
      if (!root.querySelector(`.vehicle-error[data-${attribute}="${state}"]`)) throw new Error(`No message with ${attribute} ${state} yet`);
    },
    { timeout: 5_000 },
  );
}
