import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PapersTable } from '../../../src/views/papers-table/papers-table';
import { SearchBox } from '../../../src/views/filters/search-box';
import { StatusLine } from '../../../src/app/status-line';
import { renderWithStore } from '../render-app';

const rowTitles = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]!.textContent);

function Harness() {
  return (
    <>
      <StatusLine />
      <SearchBox />
      <PapersTable />
    </>
  );
}

describe('PapersTable', () => {
  it('lists the papers in rank order with their citations', () => {
    renderWithStore(<PapersTable />);
    expect(rowTitles()).toHaveLength(5);
    expect(rowTitles()[0]).toBe('Reinforcement learning for reasoning');
    expect(screen.getByRole('link', { name: /Code for Reinforcement learning/ })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
  });

  it('sorts by citations when the header is clicked, descending first, and sets aria-sort', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PapersTable />);
    await user.click(screen.getByRole('button', { name: /Citations/ }));
    expect(screen.getByRole('columnheader', { name: /Citations/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(store.getState().sorting).toEqual([{ id: 'citations', desc: true }]);
    await user.click(screen.getByRole('button', { name: /Citations/ }));
    expect(screen.getByRole('columnheader', { name: /Citations/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(rowTitles()[0]).toMatch(/injection test/);
    await user.click(screen.getByRole('button', { name: /Title/ }));
    expect(rowTitles()[0]).toMatch(/^<script>/);
    expect(screen.getByRole('columnheader', { name: /Citations/ })).toHaveAttribute(
      'aria-sort',
      'none',
    );
  });

  it('sorts numbers most-first and text A to Z on the first header click', async () => {
    const user = userEvent.setup();
    renderWithStore(<PapersTable />);
    await user.click(screen.getByRole('button', { name: /Rank/ }));
    expect(screen.getByRole('columnheader', { name: /Rank/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(within(screen.getAllByRole('row')[1]!).getAllByRole('cell')[0]!.textContent).toBe('5');
    await user.click(screen.getByRole('button', { name: /Code/ }));
    expect(screen.getByRole('columnheader', { name: /Code/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('selects a clicked row and moves the selection with the keyboard', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PapersTable />);
    await user.click(screen.getByText('Zero RL for small models'));
    expect(store.getState().selectedId).toBe('3');
    expect(screen.getByText('Zero RL for small models').closest('tr')).toHaveAttribute(
      'aria-selected',
      'true',
    );
    screen.getByLabelText(/Papers table/).focus();
    await user.keyboard('{ArrowDown}');
    expect(store.getState().selectedId).toBe('4');
    await user.keyboard('{Home}');
    expect(store.getState().selectedId).toBe('1');
    await user.keyboard('{End}');
    expect(store.getState().selectedId).toBe('5');
    await user.keyboard('{ArrowUp}');
    expect(store.getState().selectedId).toBe('4');
  });

  it('shows hostile titles as text', () => {
    renderWithStore(<PapersTable />);
    expect(screen.getByText(/<script>alert\(1\)<\/script> injection test/)).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
  });
});

describe('search and the status line', () => {
  it('narrows the table and the status as the user types (AND, accent-insensitive)', async () => {
    const user = userEvent.setup();
    renderWithStore(<Harness />);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 5 of 5 papers');
    await user.type(screen.getByRole('searchbox', { name: 'Search papers' }), 'reseaux RESUME');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 5 papers');
    expect(rowTitles()).toEqual(['Réseaux: a survey of résumé agents']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search papers' }));
    await user.type(
      screen.getByRole('searchbox', { name: 'Search papers' }),
      'rl nothing-like-this',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Showing 0 of 5 papers');
    expect(screen.getByText('No papers match the current filters.')).toBeInTheDocument();
  });

  it('follows filters set elsewhere in the store', () => {
    const { store } = renderWithStore(<Harness />);
    act(() => store.getState().actions.toggleTheme('rl'));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 5 papers');
    expect(rowTitles()).toEqual([
      'Reinforcement learning for reasoning',
      'Zero RL for small models',
    ]);
  });

  it(`shows a row's first theme and a "+N" chip that names the rest`, () => {
    renderWithStore(<PapersTable />);
    const row = screen.getAllByRole('row')[1]!;
    const chips = within(within(row).getByRole('list', { name: 'Themes' })).getAllByRole(
      'listitem',
    );
    expect(chips.map((chip) => chip.textContent)).toEqual([
      'Reinforcement learning',
      '+1 more: Reasoning & test-time scaling',
    ]);
    expect(chips[0]).toHaveAttribute('title', 'Reinforcement learning');
    expect(chips[1]).toHaveAttribute('title', 'Reasoning & test-time scaling');
    // A paper with one theme has no "+N" chip.
    const single = screen.getAllByRole('row').find((r) => /Zero RL/.test(r.textContent ?? ''))!;
    expect(within(single).getAllByRole('listitem')).toHaveLength(1);
  });
});
