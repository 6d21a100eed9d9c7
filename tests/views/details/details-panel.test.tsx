import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailsPanel } from '../../../src/views/details/details-panel';
import { renderWithStore } from '../render-app';
import { smallDataset } from '../../fixtures/small-dataset';
import type { Dataset } from '../../../src/data/types';

/** The small dataset as a file with a companion abstracts file opens: abstracts still empty. */
const splitDataset = (): Dataset => ({
  ...smallDataset,
  papers: smallDataset.papers.map((p) => ({ ...p, abstract: '' })),
  abstracts: 'small.abstracts.json',
});

describe('DetailsPanel', () => {
  it('shows an empty state until a paper is selected', () => {
    renderWithStore(<DetailsPanel />);
    expect(screen.getByText(/Select a paper/)).toBeInTheDocument();
  });

  it('shows the selected paper: title, rank, citations with percentile, abstract, links, themes, cluster', () => {
    const { store } = renderWithStore(<DetailsPanel />);
    act(() => store.getState().actions.select('1'));
    expect(
      screen.getByRole('heading', { name: 'Reinforcement learning for reasoning' }),
    ).toBeInTheDocument();
    expect(screen.getByText('#1')).toBeInTheDocument();
    expect(screen.getByText('(percentile 90 in this list)')).toBeInTheDocument();
    expect(screen.getByText('GRPO').tagName).toBe('STRONG');
    expect(screen.getByText('reinforcement learning', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'github.com/example/rl' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    expect(screen.getByText('RL · reasoning')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Themes' })).toHaveTextContent(
      'Reinforcement learning',
    );
  });

  it('selects a similar paper when it is clicked', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<DetailsPanel />);
    act(() => store.getState().actions.select('1'));
    await user.click(screen.getByRole('button', { name: 'Zero RL for small models' }));
    expect(store.getState().selectedId).toBe('3');
    expect(screen.getByRole('heading', { name: 'Zero RL for small models' })).toBeInTheDocument();
  });

  it('shows hostile text as text and never links javascript:', () => {
    const { store } = renderWithStore(<DetailsPanel />);
    act(() => store.getState().actions.select('5'));
    expect(
      screen.getByRole('heading', { name: /<script>alert\(1\)<\/script>/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/See javascript:alert\(1\) and <b>bold<\/b>\./)).toBeInTheDocument();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByText(/Outlier: far from everything/)).toBeInTheDocument();
  });

  it('says the abstract is loading while the companion file is on its way, then shows it', () => {
    const dataset = splitDataset();
    const { store } = renderWithStore(<DetailsPanel />, dataset);
    act(() => store.getState().actions.select('2'));
    const abstract = screen.getByText('Loading the abstract…');
    expect(abstract).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByText('No abstract.')).not.toBeInTheDocument();
    act(() =>
      store.getState().actions.fillAbstracts(
        dataset,
        smallDataset.papers.map((p) => p.abstract),
      ),
    );
    expect(screen.getByText('Abstract of A vision-language model report.')).toBeInTheDocument();
    expect(screen.queryByText('Loading the abstract…')).not.toBeInTheDocument();
  });

  it('says there is no abstract once a companion file has failed', () => {
    const dataset = splitDataset();
    const { store } = renderWithStore(<DetailsPanel />, dataset);
    act(() => {
      store.getState().actions.select('2');
      store.getState().actions.abstractsFailed(dataset, 'Could not load the abstracts.');
    });
    expect(screen.getByText('No abstract.')).toHaveAttribute('aria-busy', 'false');
  });

  it('uses a renamed cluster label', () => {
    const { store } = renderWithStore(<DetailsPanel />);
    act(() => {
      store.getState().actions.renameCluster(0, 'My RL cluster');
      store.getState().actions.select('1');
    });
    expect(screen.getByText('My RL cluster')).toBeInTheDocument();
  });
});
