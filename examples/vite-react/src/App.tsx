import { useState } from 'react';
import { ReconnectPrompt, VehicleErrorBanner, VehicleErrorModal, VehicleErrorProvider } from 'vehicle-error-ui';
import { createFakeVehicleApi, serverLockError } from './fake-vehicle-api.js';

const api = createFakeVehicleApi();

/**
 * A car dashboard. The page opens with the lock request the server saw fail (the car was asleep):
 * the banner offers Try again, and the retry reaches this app's `lock` call. The odometer needs a
 * permission the owner has not granted (reconnect prompt) and the status refresh hits a server
 * error (modal).
 */
export function App() {
  const [lockError, setLockError] = useState<unknown>(serverLockError);
  const [locked, setLocked] = useState(false);
  const [odometerError, setOdometerError] = useState<unknown>(null);
  const [statusError, setStatusError] = useState<unknown>(null);

  // What the app shows after the attempt decides: the error cleared means it worked, the same
  // problem back means the next attempt is scheduled (throwing says so too).
  const retryLock = async () => {
    await api.lock();
    setLocked(true);
    setLockError(null);
  };
  const refreshStatus = async () => {
    await api.refreshStatus();
    setStatusError(null);
  };

  return (
    <VehicleErrorProvider appName="Chargely" connectUrl="/connect" supportUrl="mailto:help@chargely.example">
      <main>
        <h1>Your car</h1>
        <section aria-labelledby="lock-heading">
          <h2 id="lock-heading">Doors</h2>
          {locked ? <p role="status">Your car is locked.</p> : null}
          {lockError ? <VehicleErrorBanner error={lockError} action="lock" onRetry={retryLock} /> : null}
        </section>
        <section aria-labelledby="odometer-heading">
          <h2 id="odometer-heading">Odometer</h2>
          <button type="button" onClick={() => api.readOdometer().catch(setOdometerError)}>
            Read odometer
          </button>
          {odometerError ? <ReconnectPrompt error={odometerError} action="read_odometer" /> : null}
        </section>
        <section aria-labelledby="status-heading">
          <h2 id="status-heading">Status</h2>
          <button type="button" onClick={() => refreshStatus().catch(setStatusError)}>
            Refresh status
          </button>
        </section>
        <VehicleErrorModal
          error={statusError}
          open={statusError !== null}
          onRetry={refreshStatus}
          onOpenChange={(open) => {
            if (!open) setStatusError(null);
          }}
        />
      </main>
    </VehicleErrorProvider>
  );
}
