import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from '../store/create-store';
import { StoreProvider } from '../store/context';
import { App } from './app';
import { loadInitialDataset } from './load-dataset';
import './styles.css';

const container = document.getElementById('root')!;
const root = createRoot(container);

loadInitialDataset(window.location.search)
  .then(({ dataset, notice }) => {
    const store = createAppStore({ dataset, notice: notice ?? null });
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
