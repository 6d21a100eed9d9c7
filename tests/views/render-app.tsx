import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createAppStore } from '../../src/store/create-store';
import { StoreProvider } from '../../src/store/context';
import type { Dataset } from '../../src/data/types';
import { smallDataset } from '../fixtures/small-dataset';

/** Renders `ui` with a fresh store holding `dataset`; returns the store too. */
export function renderWithStore(ui: ReactElement, dataset: Dataset = smallDataset) {
  const store = createAppStore({ dataset });
  const result = render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return { store, ...result };
}
