import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FiltersPanel } from '../../../src/views/filters/filters-panel';
import { StatusLine } from '../../../src/app/status-line';
import { renderWithStore } from '../render-app';

function Harness() {
  return (
    <>
      <StatusLine />
      <FiltersPanel />
    </>
  );
}

const themeButton = (label: string) =>
  screen.getByRole('button', { name: new RegExp(`^${label}`) });

describe('FiltersPanel', () => {
  it('shows one toggle per theme with its count', () => {
    renderWithStore(<Harness />);
    expect(themeButton('Reinforcement learning')).toHaveAttribute('aria-pressed', 'false');
    expect(themeButton('Reinforcement learning')).toHaveTextContent(/2$/);
    expect(themeButton('Multimodal')).toHaveTextContent(/1$/);
  });

  it('toggles a theme, narrows the status and updates the other counts (crossfilter)', async () => {
    const user = userEvent.setup();
    renderWithStore(<Harness />);
    await user.click(themeButton('Reinforcement learning'));
    expect(themeButton('Reinforcement learning')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 5 papers');
    await user.click(screen.getByRole('radio', { name: 'All' }));
    expect(themeButton('Reasoning')).toHaveTextContent(/1$/);
    expect(themeButton('Multimodal')).toHaveTextContent(/0$/);
    await user.click(themeButton('Reasoning'));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 5 papers');
    const active = screen.getByRole('list', { name: 'Active filters' });
    expect(active).toHaveTextContent('Reinforcement learning AND Reasoning & test-time scaling');
  });

  it('removes one part of the summary with one click, and Reset clears everything', async () => {
    const user = userEvent.setup();
    renderWithStore(<Harness />);
    await user.type(screen.getByRole('searchbox', { name: 'Search papers' }), 'rl');
    await user.click(themeButton('Multimodal'));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 0 of 5 papers');
    await user.click(screen.getByRole('button', { name: 'Remove filter: Multimodal' }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 5 papers');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 5 of 5 papers');
    expect(screen.getByRole('searchbox', { name: 'Search papers' })).toHaveValue('');
  });

  it('filters by citation range from the keyboard and by cluster', async () => {
    const user = userEvent.setup();
    renderWithStore(<Harness />);
    await user.type(screen.getByRole('spinbutton', { name: 'Minimum citations' }), '100{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 5 papers');
    expect(screen.getByRole('list', { name: 'Active filters' })).toHaveTextContent(
      'citations ≥ 100',
    );
    const clusters = screen.getByRole('group', { name: 'Clusters' });
    await user.click(within(clusters).getByRole('button', { name: /^vision · agents/ }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 5 papers');
  });
});
