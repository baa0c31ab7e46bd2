import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureToken } from './api/token';
import { App } from './app/app';
import { parseRoute } from './app/router';
import { loadFirstScreenData, startEarly } from './app/start';
import { languageReady } from './i18n';
import './styles/app.css';

// Before anything reads the URL: keep the browser-mode token, hide it from the address bar.
captureToken();
// The screen asked for and its first data start loading now, beside the session check.
const route = parseRoute(window.location.hash);
startEarly(route);

// Drawn once the session is known (its answer is usually in by now), or after a second
// at the latest, showing "Memuat…" meanwhile as before.
const firstData = Promise.race([loadFirstScreenData(route), new Promise((resolve) => setTimeout(resolve, 1000))]);
void Promise.all([languageReady, firstData]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
