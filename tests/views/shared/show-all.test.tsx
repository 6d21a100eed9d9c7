import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClusterToggles } from '../../../src/views/filters/cluster-toggles';
import { MapLegend } from '../../../src/views/topic-map/map-legend';
import type { MapCluster } from '../../../src/views/topic-map/map-model';
import type { Dataset } from '../../../src/data/types';
import { smallDataset } from '../../fixtures/small-dataset';
import { renderWithStore } from '../render-app';

// 15 clusters, one paper in each.
const manyClusters: Dataset = {
  ...smallDataset,
  papers: Array.from({ length: 15 }, (_, i) => ({
    ...smallDataset.papers[i % smallDataset.papers.length]!,
    id: String(i + 1),
    rank: i + 1,
    cluster: i,
  })),
  clusters: Array.from({ length: 15 }, (_, i) => ({
    id: i,
    label: `topic ${i}`,
    terms: [`topic${i}`],
    size: 1,
    representative: String(i + 1),
  })),
};

/** The cluster toggles (the "Show all" button is not one: it has no pressed state). */
const toggles = () =>
  within(screen.getByRole('group', { name: 'Clusters' }))
    .getAllByRole('button')
    .filter((button) => button.hasAttribute('aria-pressed'));

describe('long cluster lists', () => {
  it('show the first 12 clusters until "Show all", then all of them until "Show fewer"', async () => {
    const user = userEvent.setup();
    renderWithStore(<ClusterToggles />, manyClusters);
    expect(toggles()).toHaveLength(12);
    const more = screen.getByRole('button', { name: 'Show all 15 clusters' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(toggles()).toHaveLength(15);
    const fewer = screen.getByRole('button', { name: 'Show fewer clusters' });
    expect(fewer).toHaveAttribute('aria-expanded', 'true');
    await user.click(fewer);
    expect(toggles()).toHaveLength(12);
  });

  it('open by themselves when a cluster past the first 12 is selected', () => {
    const { store } = renderWithStore(<ClusterToggles />, manyClusters);
    expect(screen.queryByRole('button', { name: /^topic 14/ })).toBeNull();
    act(() => store.getState().actions.toggleCluster(14));
    expect(screen.getByRole('button', { name: /^topic 14/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Show fewer clusters' })).toBeVisible();
  });

  it('in the map legend, open to the cluster being renamed', () => {
    const clusters: MapCluster[] = manyClusters.clusters.map((c) => ({
      id: c.id,
      name: c.label,
      size: 1,
      x: 0,
      y: 0,
      color: '#888888',
    }));
    const legend = (editing: number | null) => (
      <MapLegend
        clusters={clusters}
        themes={null}
        hasOutliers={false}
        editing={editing}
        setEditing={() => {}}
        rename={() => {}}
      />
    );
    const { rerender } = renderWithStore(legend(null));
    expect(screen.getAllByRole('button', { name: /^Rename cluster/ })).toHaveLength(12);
    rerender(legend(13));
    expect(screen.getByRole('textbox', { name: 'New name for cluster topic 13' })).toBeVisible();
  });
});
