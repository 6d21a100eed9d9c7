import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ColumnMappingStep } from '../../../src/views/import/column-mapping';
import type { RecordTable } from '../../../src/data/parse/records';

const table: RecordTable = {
  columns: ['Paper', 'Cited by', 'Notes'],
  rows: [
    { Paper: 'First <b>paper</b>', 'Cited by': '10', Notes: 'x' },
    { Paper: 'Second', 'Cited by': '3', Notes: 'y' },
  ],
  lines: [2, 3],
  unit: 'line',
  warnings: [],
};

describe('ColumnMappingStep', () => {
  it('shows the guessed mapping and a preview of the rows as text', () => {
    render(
      <ColumnMappingStep
        table={table}
        initial={{ title: 'Paper', citations: 'Cited by' }}
        format="CSV"
        onContinue={() => {}}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Title (required)' })).toHaveValue('Paper');
    expect(screen.getByRole('combobox', { name: 'Citations' })).toHaveValue('Cited by');
    expect(screen.getByRole('combobox', { name: 'Abstract' })).toHaveValue('');
    const preview = screen.getByRole('table', { name: /Preview of the first 2 rows/ });
    expect(preview).toHaveTextContent('First <b>paper</b>');
    expect(preview.querySelector('b')).toBeNull();
  });

  it('needs a title column before Continue, then hands over the edited mapping', async () => {
    const user = userEvent.setup();
    const onContinue = vi.fn();
    render(
      <ColumnMappingStep
        table={table}
        initial={{}}
        format="CSV"
        onContinue={onContinue}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByRole('button', { name: 'Continue' })).toBeDisabled();
    expect(screen.getByText(/Choose the column that holds the titles/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Title (required)' }), 'Paper');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Venue' }), 'Notes');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onContinue).toHaveBeenCalledWith({ title: 'Paper', venue: 'Notes' });
  });
});
