import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { prepareScenarioParam } from './app/share/url-scenarios.ts';
import { applyTheme, storedTheme } from './app/useTheme.ts';
import './index.css';

// Set the theme before the first paint, so a dark page does not flash white.
applyTheme(storedTheme(), window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false);

// A compressed scenario in the URL is decoded before the store is made from the URL.
await prepareScenarioParam(window.location.hash);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
