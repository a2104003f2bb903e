import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useRef, useState, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ReconnectPrompt, VehicleErrorBanner, VehicleErrorProvider } from '../../src/index.js';
import { fullConfig, payloads } from './helpers.js';

/**
 * After Dismiss the message is gone, and focus must not fall to <body>: it goes to the element the
 * app names, else to what Tab would have reached next, else to the message's container.
 */

/** A car page: the owner locked the car, a door was open, and the app shows why. */
function CarPage({ after, named, moveFocusItself }: { after?: ReactNode; named?: boolean; moveFocusItself?: boolean }) {
  const [error, setError] = useState<unknown>(payloads.doorOpen);
  const lock = useRef<HTMLButtonElement>(null);
  const dismiss = () => {
    setError(null);
    if (moveFocusItself) document.getElementById('search')?.focus();
  };
  return (
    <VehicleErrorProvider {...fullConfig}>
      <input id="search" aria-label="Search" />
      <div data-testid="card">
        <button ref={lock} type="button">
          Lock
        </button>
        <VehicleErrorBanner error={error} onRetry={() => Promise.resolve()} onDismiss={dismiss} {...(named ? { focusAfterDismiss: lock } : {})} />
        {after}
      </div>
    </VehicleErrorProvider>
  );
}

async function dismissWithKeyboard() {
  const user = userEvent.setup();
  screen.getByRole('button', { name: 'Dismiss' }).focus();
  await user.keyboard('{Enter}');
  expect(screen.queryByRole('region')).toBeNull();
  return user;
}

describe('focus after Dismiss', () => {
  it('goes to what Tab would have reached next', async () => {
    render(<CarPage after={<a href="/trips">Trips</a>} />);
    await dismissWithKeyboard();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Trips' }));
  });

  it('skips what cannot take focus: disabled, hidden and inert elements', async () => {
    render(
      <CarPage
        after={
          <>
            <button type="button" disabled>
              Unlock
            </button>
            <a href="/hidden" hidden>
              Hidden
            </a>
            <div inert>
              <a href="/inert">Inert</a>
            </div>
            <button type="button" tabIndex={-1}>
              Not in the tab order
            </button>
            <a href="/trips">Trips</a>
          </>
        }
      />,
    );
    await dismissWithKeyboard();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Trips' }));
  });

  it('goes to the element the app names', async () => {
    render(<CarPage named after={<a href="/trips">Trips</a>} />);
    await dismissWithKeyboard();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Lock' }));
  });

  it('goes to the container when nothing follows, and the container stops being focusable once left', async () => {
    render(<CarPage />);
    const user = await dismissWithKeyboard();
    const card = screen.getByTestId('card');
    expect(document.activeElement).toBe(card);
    expect(card.getAttribute('tabindex')).toBe('-1');
    await user.tab();
    expect(card.hasAttribute('tabindex')).toBe(false);
  });

  it('stays where the app put it', async () => {
    render(<CarPage moveFocusItself after={<a href="/trips">Trips</a>} />);
    await dismissWithKeyboard();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Search' }));
  });

  it('does the same for the reconnect prompt, under StrictMode too', async () => {
    function Prompt() {
      const [shown, setShown] = useState(true);
      return (
        <VehicleErrorProvider {...fullConfig}>
          {shown ? <ReconnectPrompt error={payloads.unauthorized} onDismiss={() => setShown(false)} /> : null}
          <a href="/garage">Garage</a>
        </VehicleErrorProvider>
      );
    }
    render(
      <StrictMode>
        <Prompt />
      </StrictMode>,
    );
    await dismissWithKeyboard();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Garage' }));
  });

  it('moves nothing when a message goes away without Dismiss', () => {
    const { rerender } = render(
      <VehicleErrorProvider {...fullConfig}>
        <input aria-label="Search" />
        <VehicleErrorBanner error={payloads.doorOpen} onRetry={() => Promise.resolve()} onDismiss={() => undefined} />
        <a href="/trips">Trips</a>
      </VehicleErrorProvider>,
    );
    const search = screen.getByRole('textbox', { name: 'Search' });
    search.focus();
    rerender(
      <VehicleErrorProvider {...fullConfig}>
        <input aria-label="Search" />
        <a href="/trips">Trips</a>
      </VehicleErrorProvider>,
    );
    expect(document.activeElement).toBe(search);
  });
});
