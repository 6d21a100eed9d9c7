import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailsPanel } from '../../../src/views/details/details-panel';
import { renderWithStore } from '../render-app';
import { smallDataset } from '../../fixtures/small-dataset';
import type { Dataset } from '../../../src/data/types';

/** The small dataset as a file with a companion file opens: no abstracts or details yet. */
const splitDataset = (): Dataset => ({
  ...smallDataset,
  papers: smallDataset.papers.map((p) => {
    const lean = { ...p, abstract: '' };
    delete lean.themeEvidence;
    delete lean.similar;
    delete lean.similarScores;
    return lean;
  }),
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

  it('says the abstract and similar papers are loading while the companion file is on its way, then shows them', () => {
    const dataset = splitDataset();
    const { store } = renderWithStore(<DetailsPanel />, dataset);
    act(() => store.getState().actions.select('1'));
    const abstract = screen.getByText('Loading the abstract…');
    expect(abstract).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Loading the similar papers…')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByText('No abstract.')).not.toBeInTheDocument();
    act(() => {
      const { fillDetails, detailsLoaded } = store.getState().actions;
      fillDetails(
        dataset,
        0,
        smallDataset.papers.map(({ abstract, themeEvidence, similar, similarScores }) => ({
          abstract,
          themeEvidence,
          similar,
          similarScores,
        })),
      );
      detailsLoaded(dataset);
    });
    expect(screen.queryByText('Loading the abstract…')).not.toBeInTheDocument();
    expect(screen.queryByText('Loading the similar papers…')).not.toBeInTheDocument();
    // The evidence arrived with the abstract: its term is highlighted.
    expect(screen.getByText('reinforcement learning', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Similar papers' })).toBeInTheDocument();
    expect(screen.getByText(/similarity 0\.61/)).toBeInTheDocument();
  });

  it('says there is no abstract once a companion file has failed', () => {
    const dataset = splitDataset();
    const { store } = renderWithStore(<DetailsPanel />, dataset);
    act(() => {
      store.getState().actions.select('2');
      store.getState().actions.detailsFailed(dataset, 'Could not load the abstracts.');
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
