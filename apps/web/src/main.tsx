import '@mantine/core/styles.css';
import './app/global.css';
import { i18nReady } from './app/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

const render = () =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

// Render once the starting language's texts are there; if they fail to load, i18next falls back to German.
void i18nReady.then(render, render);
