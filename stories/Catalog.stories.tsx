import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { VehicleErrorBanner, vehicleErrorCatalog } from '../src/index.js';
import type { CatalogEntry, VehicleError } from '../src/index.js';

/**
 * Every row of `vehicleErrorCatalog` as the owner sees it, grouped by type. A new catalog row
 * shows up here with no new story, and is checked like every other story (axe, both directions,
 * both themes, no leaked placeholder).
 */
const meta = {
  title: 'Catalog',
  component: VehicleErrorBanner,
  args: { error: undefined, onRetry: fn() },
  parameters: { controls: { include: ['appName', 'action'] } },
} satisfies Meta<typeof VehicleErrorBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The error an API response for this row would normalize to. */
function errorFor(entry: CatalogEntry): VehicleError {
  return {
    type: entry.type,
    code: entry.code,
    ...(entry.status === undefined ? {} : { statusCode: entry.status }),
    resolution: { type: null },
    requestId: '5dea93a1-3f79-4246-90c5-89610a20471b',
    source: entry.type === 'CONNECT' ? 'connect' : entry.type === 'NETWORK' ? 'network' : 'v2',
    known: true,
  };
}

const byType = new Map<string, CatalogEntry[]>();
for (const entry of vehicleErrorCatalog) byType.set(entry.type, [...(byType.get(entry.type) ?? []), entry]);

/** Every catalog row in its banner; automatic retries are off so nothing moves. */
export const EveryError: Story = {
  render: ({ onRetry, action }) => (
    <div>
      {[...byType].map(([type, entries]) => (
        <section key={type} aria-labelledby={`catalog-${type}`}>
          <h2 id={`catalog-${type}`} lang="en" style={{ overflowWrap: 'anywhere' }}>
            <code>{type}</code>
          </h2>
          {entries.map((entry) => (
            <div key={entry.code ?? ''} data-catalog-row={`${type}/${entry.code ?? ''}`}>
              <p lang="en" style={{ overflowWrap: 'anywhere' }}>
                <code>{entry.code ?? 'any other code (type-level row)'}</code>
                {entry.status === undefined ? '' : ` · HTTP ${entry.status}`} · {entry.resolution}
                {entry.type === 'NETWORK' && entry.code === 'ABORTED' ? ' · not shown: the app cancelled the request itself' : ''}
              </p>
              <VehicleErrorBanner
                error={errorFor(entry)}
                // Rows share titles: the label tells their regions apart for screen readers.
                label={`${type} ${entry.code ?? 'default'}`}
                headingLevel={3}
                announce="off"
                retryPolicy={{ maxAttempts: 0 }}
                {...(onRetry ? { onRetry } : {})}
                {...(action ? { action } : {})}
              />
            </div>
          ))}
        </section>
      ))}
    </div>
  ),
};
