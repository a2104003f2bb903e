import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import 'vehicle-error-ui/styles.css';
import { App } from './App.js';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

// The prerendered page (prerendered.html) is hydrated; index.html starts empty and is rendered.
if (container.firstElementChild) {
  hydrateRoot(container, app, {
    onRecoverableError: (error) => console.error('Hydration error:', error),
  });
} else {
  createRoot(container).render(app);
}
