import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DatasetMenu } from '../../../src/app/import/dataset-menu';
import { smallDataset } from '../../fixtures/small-dataset';
import { renderWithStore } from '../render-app';

// The page reopened on a dataset imported earlier: its id is a stored one, and the stored list
// (read from IndexedDB after the first paint, in idle time) has not arrived.
vi.mock('../../../src/app/load-dataset', () => ({
  initialDatasetId: () => 'imported-1',
  loadDefaultDataset: vi.fn(),
}));

describe('DatasetMenu', () => {
  it('labels the open dataset with its size before the stored list arrives', () => {
    renderWithStore(<DatasetMenu />);
    const select = screen.getByRole('combobox', { name: 'Dataset' });
    const open = select.querySelector('option:checked');
    const size = smallDataset.papers.length;
    expect(open?.textContent).toBe(`${smallDataset.name} (${size} papers)`);
  });
});
