import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import useSWR, { SWRConfig } from 'swr';
import {
  createVehicleErrorRetryStore,
  VehicleErrorBanner,
  VehicleErrorProvider,
  vehicleErrorQueryRetry,
  vehicleErrorSwrRetry,
  type VehicleErrorRetryStore,
} from '../../src/index.js';
import { asleepRetryLater } from '../support/payloads.js';
import { waitForState } from '../support/wait-for-state.js';

/**
 * The banner with the data layers apps use, wired as the README says: either the banner retries
 * (the data layer's retry off), or the data layer retries with the catalog's policy and the banner
 * shows its schedule. The car is asleep and the server asked to wait ten minutes, so each story
 * stops at its first countdown.
 */
const meta = {
  title: 'Recipes/Data layers',
  parameters: { vehicleErrorProvider: { none: true }, layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The car's API: asleep, answering after a moment. */
const readBattery = () => new Promise<{ charge: number }>((_resolve, reject) => setTimeout(() => reject(asleepRetryLater), 300));

/**
 * The app's provider, with a retry store the data-layer helpers are given too: the banner reads
 * the schedule they write. (An app using the default store needs neither.)
 */
function App({ lng, children }: { lng: string; children: (store: VehicleErrorRetryStore) => ReactNode }) {
  const [store] = useState(createVehicleErrorRetryStore);
  return (
    <VehicleErrorProvider appName="Chargely" lng={lng} retryStore={store}>
      {children(store)}
    </VehicleErrorProvider>
  );
}

const localeOf = (globals: Record<string, unknown>) => (typeof globals.locale === 'string' ? globals.locale : 'en');

function WithQueryClient({ options, children }: { options: object; children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: options, mutations: options } }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/** A story of `Part` inside the app, with a QueryClient whose defaults are `options`; it stops at the first countdown. */
function queryStory(Part: () => ReactNode, options: (store: VehicleErrorRetryStore) => object): Story {
  return {
    render: (_args, { globals }) => (
      <App lng={localeOf(globals)}>
        {(store) => (
          <WithQueryClient options={options(store)}>
            <Part />
          </WithQueryClient>
        )}
      </App>
    ),
    play: ({ canvasElement }) => waitForState(canvasElement, 'scheduled'),
  };
}

function BannerRetriesQuery() {
  const query = useQuery({ queryKey: ['battery'], queryFn: readBattery });
  return <VehicleErrorBanner error={query.error} onRetry={query.refetch} />;
}

/** `useQuery` with `retry: false`; the banner retries through `onRetry={query.refetch}`. */
export const QueryBannerRetries: Story = queryStory(BannerRetriesQuery, () => ({ retry: false }));

function QueryRetriesItself() {
  const query = useQuery({ queryKey: ['battery'], queryFn: readBattery });
  return <VehicleErrorBanner error={query.error ?? query.failureReason} onRetry={query.refetch} />;
}

/** `useQuery` retrying with `vehicleErrorQueryRetry()`; the banner shows its countdown. */
export const QueryRetriesWithOurPolicy: Story = queryStory(QueryRetriesItself, (store) => vehicleErrorQueryRetry({ store }));

function Unlock() {
  const mutation = useMutation({ mutationFn: readBattery });
  const { mutate } = mutation;
  useEffect(() => mutate(), [mutate]);
  return <VehicleErrorBanner error={mutation.error} action="unlock" onRetry={() => mutation.mutateAsync()} />;
}

/** `useMutation`: the banner retries with `onRetry={() => mutation.mutateAsync()}`. */
export const MutationBannerRetries: Story = queryStory(Unlock, () => ({ retry: false }));

function SwrBattery() {
  const swr = useSWR('/battery', readBattery);
  return <VehicleErrorBanner error={swr.error} onRetry={() => swr.mutate()} />;
}

/** `useSWR` retrying with `vehicleErrorSwrRetry()`; the banner shows its countdown. */
export const SwrRetriesWithOurPolicy: Story = {
  render: (_args, { globals }) => (
    <App lng={localeOf(globals)}>
      {(store) => (
        <SWRConfig value={{ provider: () => new Map(), onErrorRetry: vehicleErrorSwrRetry({ store }), revalidateOnFocus: false }}>
          <SwrBattery />
        </SWRConfig>
      )}
    </App>
  ),
  play: ({ canvasElement }) => waitForState(canvasElement, 'scheduled'),
};
