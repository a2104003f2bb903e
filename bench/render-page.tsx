import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { formatVehicleErrorMessage } from '../src/core.js';
import { VehicleErrorBanner, VehicleErrorProvider } from '../src/index.js';

/**
 * The page the render benchmark loads (bundled for production by `render.test.ts`). It mounts a
 * thousand banners, or a thousand hand-written equivalents, and times each mount.
 */

const COUNT = 1000;
// A manual Try again (no timers): the same controls as the bare markup.
const doorOpen = { type: 'VEHICLE_STATE', code: 'DOOR_OPEN', statusCode: 409, resolution: { type: null } };
const { message } = formatVehicleErrorMessage(doorOpen, { appName: 'Chargely' });
const retry = () => Promise.resolve();
const keys = Array.from({ length: COUNT }, (_, index) => index);

function Banners() {
  return (
    <VehicleErrorProvider appName="Chargely">
      {keys.map((key) => (
        <VehicleErrorBanner key={key} error={doorOpen} onRetry={retry} />
      ))}
    </VehicleErrorProvider>
  );
}

function Bare() {
  return keys.map((key) => (
    <div key={key} role="status">
      <p>{message}</p>
      <button type="button">Try again</button>
    </div>
  ));
}

/** Milliseconds to render and commit, and to the following style and layout. */
export interface MountTiming {
  commit: number;
  layout: number;
}

function mountOnce(kind: 'banner' | 'bare'): MountTiming {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const start = performance.now();
  flushSync(() => root.render(kind === 'banner' ? <Banners /> : <Bare />));
  const committed = performance.now();
  void container.offsetHeight; // forces style and layout of what was mounted
  const laidOut = performance.now();
  root.unmount();
  container.remove();
  return { commit: committed - start, layout: laidOut - start };
}

Object.assign(window, { mountOnce });
