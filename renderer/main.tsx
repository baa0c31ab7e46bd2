import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureToken } from './api/token';
import { App } from './app/app';
import './i18n';
import './styles/app.css';

// Before anything reads the URL: keep the browser-mode token, hide it from the address bar.
captureToken();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
