// First: starts the chart chunks' download before anything else is evaluated.
import './view-chunks';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from '../store/create-store';
import { StoreProvider } from '../store/context';
import { App } from './app';
import { lazyViewsSettled } from './lazy-view';
import { loadCompanionAfterReady } from './load-companion';
import { loadInitialDataset } from './load-dataset';
import { ignoredNotice, readViewFromSearch, startUrlSync, urlWithViewState } from './url-state';
import { startFigureDrop } from './view-file-drop';
import './styles.css';

const container = document.getElementById('root')!;
const root = createRoot(container);

Promise.all([loadInitialDataset(window.location.search), lazyViewsSettled()])
  .then(([{ dataset, notice, url }]) => {
    // The link's view state is read before the first render, so the first paint is that view.
    const linked = readViewFromSearch(window.location.search, dataset);
    const store = createAppStore({
      dataset,
      notice: [notice, ignoredNotice(linked.ignored)].filter(Boolean).join(' ') || null,
      ...linked.state,
    });
    window.history.replaceState(null, '', urlWithViewState(window.location.href, linked.state));
    startUrlSync(store);
    startFigureDrop(store);
    loadCompanionAfterReady(store, dataset, url ?? window.location.href);
    root.render(
      <StrictMode>
        <StoreProvider store={store}>
          <App />
        </StoreProvider>
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    root.render(
      <main className="fatal" role="alert">
        <h1>paperscope could not start</h1>
        <p>{error instanceof Error ? error.message : String(error)}</p>
      </main>,
    );
  });
