import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/create-store';
import { StoreProvider } from '../../../src/store/context';
import { ExportMenu } from '../../../src/views/shared/export-menu';
import { DataExportButtons } from '../../../src/views/shared/data-export-buttons';

function setup(ui: React.ReactElement) {
  const store = createAppStore();
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return store;
}

describe('ExportMenu', () => {
  it('shows Export PNG and Export SVG, with options behind a disclosure', async () => {
    const user = userEvent.setup();
    setup(<ExportMenu figureId="topic-map" label="topic map" />);
    expect(screen.getByRole('group', { name: 'Export the topic map' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export PNG' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Export SVG' })).toBeVisible();
    const toggle = screen.getByRole('button', { name: 'Export options' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('combobox', { name: 'Scale' })).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const scale = screen.getByRole('combobox', { name: 'Scale' });
    expect(scale).toHaveValue('2');
    await user.selectOptions(scale, '3');
    expect(scale).toHaveValue('3');
    expect(screen.getByRole('combobox', { name: 'Appearance' })).toHaveValue('current');
    expect(screen.getByRole('combobox', { name: 'Background' })).toHaveValue('solid');
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('says so when the browser cannot copy images', async () => {
    const user = userEvent.setup();
    const store = setup(<ExportMenu figureId="dashboard" label="dashboard" />);
    await user.click(screen.getByRole('button', { name: 'Export options' }));
    await user.click(screen.getByRole('button', { name: 'Copy image' }));
    expect(store.getState().notice).toBe(
      'This browser does not allow copying images to the clipboard; use “Export PNG” instead.',
    );
  });

  it('reports a chart that is not on the page instead of failing silently', async () => {
    const user = userEvent.setup();
    const store = setup(<ExportMenu figureId="no-such-chart" label="test chart" />);
    await user.click(screen.getByRole('button', { name: 'Export SVG' }));
    await expect
      .poll(() => store.getState().notice)
      .toBe('Could not export the test chart: the chart “no-such-chart” is not on the page');
  });
});

describe('DataExportButtons', () => {
  it('offers CSV, JSON and BibTeX', () => {
    setup(<DataExportButtons />);
    const group = screen.getByRole('group', { name: 'Export the filtered papers' });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Export CSV',
      'Export JSON',
      'Export BibTeX',
    ]);
  });

  it('waits for abstracts still on their way instead of exporting them empty', async () => {
    const user = userEvent.setup();
    const store = createAppStore({
      dataset: { name: 'Split', papers: [], themes: [], clusters: [], abstracts: 'a.json' },
    });
    render(
      <StoreProvider store={store}>
        <DataExportButtons />
      </StoreProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(store.getState().notice).toBe(
      'The abstracts are still loading; export again in a moment to include them.',
    );
  });
});
