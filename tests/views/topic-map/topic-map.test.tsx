import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Paper } from '../../../src/data/types';
import { TopicMap } from '../../../src/views/topic-map/topic-map';
import { renderWithStore } from '../render-app';

const paper = (rank: number, title: string, citations: number, extra: Partial<Paper>): Paper => ({
  id: String(rank),
  rank,
  title,
  citations,
  abstract: '',
  github: null,
  urls: [],
  ...extra,
});

// Alpha, Beta and Gamma on a horizontal line, Delta above Gamma.
const dataset: Dataset = {
  name: 'Map test',
  papers: [
    paper(1, 'Alpha', 900, { cluster: 0, x: -0.5, y: 0, themes: ['rl'], similar: ['2'] }),
    paper(2, 'Beta', 400, { cluster: 0, x: 0, y: 0, themes: ['rl'] }),
    paper(3, 'Gamma', 100, { cluster: 1, x: 0.5, y: 0, themes: ['vision'] }),
    paper(4, 'Delta', 50, {
      cluster: 1,
      x: 0.5,
      y: 0.6,
      themes: ['vision'],
      outlier: true,
      outlierReason: 'far from all',
    }),
  ],
  themes: [
    { id: 'rl', label: 'Reinforcement learning', description: '', count: 2 },
    { id: 'vision', label: 'Vision', description: '', count: 2 },
  ],
  clusters: [
    { id: 0, label: 'rl · reasoning', terms: ['rl'], size: 2, representative: '1' },
    { id: 1, label: 'vision · images', terms: ['vision'], size: 2, representative: '3' },
  ],
};

beforeAll(() => {
  // jsdom has no 2D canvas; returning null is what the view expects there.
  HTMLCanvasElement.prototype.getContext = (() =>
    null) as typeof HTMLCanvasElement.prototype.getContext;
});

const live = () =>
  screen.getByText((_, el) => el?.getAttribute('aria-live') === 'polite' && el.tagName === 'P');

describe('TopicMap', () => {
  it('moves keyboard focus to the nearest paper in each direction, announces it, and Enter selects', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TopicMap />, dataset);
    const map = screen.getByRole('application', { name: 'Topic map' });
    while (document.activeElement !== map) await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(live()).toHaveTextContent('Paper 1: Alpha, 900 citations, cluster rl · reasoning');
    await user.keyboard('{ArrowRight}');
    expect(live()).toHaveTextContent('Paper 2: Beta, 400 citations, cluster rl · reasoning');
    await user.keyboard('{ArrowRight}{ArrowUp}');
    expect(live()).toHaveTextContent(
      'Paper 4: Delta, 50 citations, cluster vision · images, outlier',
    );
    // Beta is nearer but more sideways than ahead; Alpha lies inside the leftward cone.
    await user.keyboard('{ArrowLeft}');
    expect(live()).toHaveTextContent('Paper 1: Alpha');
    await user.keyboard(']');
    expect(live()).toHaveTextContent(
      'Cluster vision · images, 2 papers. Paper 3: Gamma, 100 citations',
    );
    expect(store.getState().selectedId).toBeNull();
    await user.keyboard('{Enter}');
    expect(store.getState().selectedId).toBe('3');
    expect(document.querySelector('circle.selection-ring')).toHaveAttribute('data-paper-id', '3');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(store.getState().filters.mapSelection).toEqual(['3']);
  });

  it('renames a cluster in place: Enter commits, Escape cancels', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<TopicMap />, dataset);
    await user.click(screen.getByRole('button', { name: 'Rename cluster rl · reasoning' }));
    const input = screen.getByRole('textbox', { name: 'New name for cluster rl · reasoning' });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, 'Policy optimisation{Enter}');
    expect(store.getState().view.clusterNames).toEqual({ 0: 'Policy optimisation' });
    expect(
      screen.getByRole('button', { name: 'Rename cluster Policy optimisation' }),
    ).toHaveFocus();
    const labels = document.querySelectorAll('text.cluster-label');
    expect([...labels].map((l) => l.textContent)).toContain('Policy optimisation');

    // Double-clicking a map label opens the same editor; Escape leaves the name alone.
    const label = [...labels].find((l) => l.textContent === 'vision · images')!;
    await user.dblClick(label);
    await user.type(
      screen.getByRole('textbox', { name: 'New name for cluster vision · images' }),
      'xyz{Escape}',
    );
    expect(store.getState().view.clusterNames).toEqual({ 0: 'Policy optimisation' });
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('says "N of M papers highlighted" following the store filters', () => {
    const { store } = renderWithStore(<TopicMap />, dataset);
    const region = screen.getByText(/papers highlighted/);
    expect(region).toHaveTextContent('4 of 4 papers highlighted');
    act(() => store.getState().actions.setThemes(['vision']));
    expect(region).toHaveTextContent('2 of 4 papers highlighted');
    act(() => store.getState().actions.setMapSelection(['3', '1']));
    expect(region).toHaveTextContent('1 of 4 papers highlighted');
    act(() => store.getState().actions.resetFilters());
    expect(region).toHaveTextContent('4 of 4 papers highlighted');
  });

  it('describes the map and its clusters as text, and marks outliers in the legend', () => {
    renderWithStore(<TopicMap />, dataset);
    expect(
      screen.getByRole('img', { name: /Topic map of 4 papers in 2 clusters/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/rl · reasoning: 2 papers\. vision · images: 2 papers\./),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Clusters' })).getAllByRole('listitem'),
    ).toHaveLength(2);
    expect(screen.getByText(/outlier/)).toBeInTheDocument();
  });

  it('says so when the dataset has no layout', () => {
    const flat = { ...dataset, papers: dataset.papers.map(({ x: _x, y: _y, ...p }) => p) };
    renderWithStore(<TopicMap />, flat);
    expect(screen.getByText(/no map layout/)).toBeInTheDocument();
    expect(screen.queryByRole('application')).toBeNull();
  });
});
