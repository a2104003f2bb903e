import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { ReconnectPrompt, VehicleErrorBanner } from '../../src/index.js';
import { expectNoAxeViolations, payloads, renderInProvider } from './helpers.js';

/**
 * A fleet page shows the same problem for several cars: each message is a region, and screen
 * reader users pick regions from a list by name, so the app's `label` (the car, the operation)
 * comes first in the name. axe's best-practice rule `landmark-unique` checks it.
 */
describe('regions a screen reader user can tell apart', () => {
  it('is named by its title alone by default', () => {
    renderInProvider(<VehicleErrorBanner error={payloads.unauthorized} />);
    expect(screen.getByRole('region', { name: 'Connection expired' })).toBeTruthy();
  });

  it('puts the app\'s label before the title, without showing it twice on screen', async () => {
    const { container } = renderInProvider(
      <main>
        <h1>Your cars</h1>
        <VehicleErrorBanner error={payloads.unauthorized} label="Model 3" />
        <VehicleErrorBanner error={payloads.unauthorized} label="Model Y" />
        <ReconnectPrompt error={payloads.unauthorized} label="Ioniq 5" />
      </main>,
    );
    expect(screen.getAllByRole('region')).toHaveLength(3);
    expect(screen.getByRole('region', { name: 'Model 3 Connection expired' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Model Y Connection expired' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Ioniq 5 Connection expired' })).toBeTruthy();
    // The heading still says the title only; the label is not read twice in the page's text.
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Connection expired',
      'Connection expired',
      'Connection expired',
    ]);
    expect(screen.getByText('Model 3').hidden).toBe(true);
    await expectNoAxeViolations(container);
  });

  it('is flagged by axe without labels: the reason the label exists', async () => {
    const { container } = renderInProvider(
      <main>
        <VehicleErrorBanner error={payloads.unauthorized} />
        <VehicleErrorBanner error={payloads.unauthorized} />
      </main>,
    );
    const results = await axe.run(container, { runOnly: ['landmark-unique'] });
    expect(results.violations.map((violation) => violation.id)).toEqual(['landmark-unique']);
  });
});
