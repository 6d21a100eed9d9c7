import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppStore } from '../../../src/store/create-store';
import { StoreProvider } from '../../../src/store/context';
import { CitationsView } from '../../../src/views/citations/citations-view';
import { FiltersPanel } from '../../../src/views/filters/filters-panel';
import type { ReactElement } from 'react';
import type { Dataset, Paper } from '../../../src/data/types';

const paper = (rank: number, citations: number, themes: string[], cluster: number): Paper => ({
  id: `p${rank}`,
  rank,
  title: `Paper number ${rank}`,
  citations,
  abstract: '',
  github: null,
  urls: [],
  themes,
  cluster,
});

const dataset: Dataset = {
  name: 'Test',
  papers: [
    paper(1, 900, ['rl', 'reasoning'], 0),
    paper(2, 400, ['reasoning'], 0),
    paper(3, 120, ['agents', 'rl'], 1),
    paper(4, 60, ['agents'], 1),
    paper(5, 20, ['reasoning', 'rl'], 0),
    paper(6, 5, [], 1),
  ],
  themes: [
    { id: 'rl', label: 'Reinforcement learning', description: '', count: 3 },
    { id: 'reasoning', label: 'Reasoning', description: '', count: 3 },
    { id: 'agents', label: 'Agents', description: '', count: 2 },
  ],
  clusters: [
    { id: 0, label: 'RL reasoning', terms: [], size: 3, representative: 'p1' },
    { id: 1, label: 'Agents', terms: [], size: 3, representative: 'p3' },
  ],
};

function setup(beside?: ReactElement, data: Dataset = dataset) {
  const store = createAppStore({ dataset: data });
  const user = userEvent.setup();
  render(
    <StoreProvider store={store}>
      <CitationsView />
      {beside}
    </StoreProvider>,
  );
  return { store, user };
}

const bars = () =>
  screen.getByRole('img', { name: /^Citations by rank/ }).querySelectorAll('rect.bar');

describe('CitationsView', () => {
  it('draws one bar per paper in rank order, and hides filtered-out papers when asked', async () => {
    const { store, user } = setup();
    expect([...bars()].map((b) => b.getAttribute('data-id'))).toEqual([
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
    ]);
    store.getState().actions.setSearch('number 3');
    await screen.findByRole('img', { name: /1 passing the filters/ });
    expect(bars()).toHaveLength(6);
    expect(bars()[0]).toHaveAttribute('opacity', '0.22');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filtered out' }), 'Hide');
    expect(store.getState().view.filteredOut).toBe('hide');
    expect([...bars()].map((b) => b.getAttribute('data-id'))).toEqual(['p3']);
  });

  it('sizes the chart to its box when it appears after an empty state', async () => {
    // The box mounts only once papers match: it must be measured then (the test setup gives
    // every box 800 × 600), not left at the 540-pixel fallback.
    const store = createAppStore({ dataset });
    store.getState().actions.setView({ filteredOut: 'hide' });
    store.getState().actions.setSearch('no paper has this');
    render(
      <StoreProvider store={store}>
        <CitationsView />
      </StoreProvider>,
    );
    expect(screen.getByText('No papers match the filters.')).toBeInTheDocument();
    act(() => store.getState().actions.setSearch(''));
    const chart = await screen.findByRole('img', { name: /^Citations by rank/ });
    expect(chart).toHaveAttribute('width', '800');
  });

  it('keeps a legend under a narrow chart to four rows, the last saying how many groups are left', () => {
    // 15 clusters in a 400-pixel box: three legend columns, so 11 groups and "+4 more".
    const many: Dataset = {
      ...dataset,
      papers: Array.from({ length: 15 }, (_, i) => paper(i + 1, 1000 - i, [], i)),
      clusters: Array.from({ length: 15 }, (_, i) => ({
        id: i,
        label: `Group ${i}`,
        terms: [],
        size: 1,
        representative: `p${i + 1}`,
      })),
    };
    const narrow = {
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      width: 400,
      height: 300,
      right: 400,
      bottom: 300,
    };
    const spy = vi
      .spyOn(Element.prototype, 'getBoundingClientRect')
      .mockReturnValue({ ...narrow, toJSON: () => narrow } as DOMRect);
    try {
      setup(undefined, many);
      const chart = screen.getByRole('img', { name: /^Citations by rank/ });
      const legend = chart.querySelector('g.legend')!;
      expect(legend.querySelectorAll('rect')).toHaveLength(12);
      expect(legend.textContent).toContain('+4 more');
      expect(legend.textContent).not.toContain('Group 14');
    } finally {
      spy.mockRestore();
    }
  });

  it('selects the paper of a clicked bar and moves the selection with the arrow keys', async () => {
    const { store, user } = setup();
    await user.click(bars()[2]!);
    expect(store.getState().selectedId).toBe('p3');
    screen.getByRole('img', { name: /^Citations by rank/ }).parentElement!.focus();
    await user.keyboard('{ArrowRight}');
    expect(store.getState().selectedId).toBe('p4');
  });

  it('switches the scale and the colour-by in the store', async () => {
    const { store, user } = setup();
    expect(screen.getByRole('img', { name: /linear scale/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scale' }), 'Log');
    expect(store.getState().view.citationScale).toBe('log');
    expect(screen.getByRole('img', { name: /log scale/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Colour by' }), 'Theme');
    expect(store.getState().view.colorBy).toBe('theme');
    expect(screen.getByRole('img', { name: /coloured by theme/ })).toBeInTheDocument();
  });

  it('has keyboard-operable tabs', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('tab', { name: 'Ranked' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Distribution' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('tab', { name: 'Distribution' })).toHaveFocus();
    expect(
      screen.getByRole('img', { name: /^Histogram of citations: 6 papers, median 90/ }),
    ).toBeInTheDocument();
  });

  it('follows the citation range set from the keyboard inputs, and the histogram stays crossfiltered', async () => {
    const { store, user } = setup(<FiltersPanel />);
    await user.click(screen.getByRole('tab', { name: 'Distribution' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Minimum citations' }), '100');
    expect(store.getState().filters.citationRange).toEqual([100, 900]);
    await user.type(screen.getByRole('spinbutton', { name: 'Maximum citations' }), '500');
    expect(store.getState().filters.citationRange).toEqual([100, 500]);
    // Its own range does not narrow the histogram; the concentration follows the visible papers.
    const chart = screen.getByRole('img', { name: /^Histogram of citations/ });
    expect(chart).toHaveAccessibleName(
      expect.stringMatching(/6 papers.*range 100 to 500.*over 2 visible papers/),
    );
    await user.click(screen.getByRole('button', { name: 'Clear range' }));
    expect(store.getState().filters.citationRange).toBeNull();
    expect(screen.getByRole('spinbutton', { name: 'Minimum citations' })).toHaveValue(null);
    expect(screen.getAllByRole('spinbutton', { name: 'Minimum citations' })).toHaveLength(1);
  });

  it('toggles a theme filter from the by-theme chart, with the keyboard too', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('tab', { name: 'By theme' }));
    const filters = screen.getByRole('group', { name: /Theme filters/ });
    await user.click(within(filters).getByRole('button', { name: /^Reasoning: 3 papers/ }));
    expect(store.getState().filters.themes).toEqual(['reasoning']);
    expect(within(filters).getByRole('button', { name: /^Reasoning/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    within(filters)
      .getByRole('button', { name: /^Reinforcement learning/ })
      .focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(store.getState().filters.themes).toEqual(['reasoning', 'agents']);
    // Not filtered by its own theme filter: counts stay.
    expect(
      within(filters).getByRole('button', { name: /^Reinforcement learning: 3 papers/ }),
    ).toBeInTheDocument();
  });

  it('filters to papers with both themes from an overlap cell', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('tab', { name: 'By theme' }));
    await user.click(
      screen.getByRole('button', {
        name: 'Reinforcement learning and Reasoning: 2 papers with both',
      }),
    );
    expect(store.getState().filters.themes).toEqual(['rl', 'reasoning']);
    expect(store.getState().filters.themeMode).toBe('all');
    expect(
      screen.getByRole('button', {
        name: 'Reinforcement learning and Reasoning: 2 papers with both',
      }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows empty states instead of charts when there is nothing to draw', async () => {
    const { user } = setup(undefined, {
      ...dataset,
      themes: [],
      papers: dataset.papers.map((p) => ({ ...p, themes: undefined })),
    });
    await user.click(screen.getByRole('tab', { name: 'By theme' }));
    expect(screen.getByText(/No themes yet/)).toBeInTheDocument();
  });
});
