import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readInput } from '../../../src/data/parse/read-input';
import { ValidationReport } from '../../../src/views/import/validation-report';

const CSV = 'title,abstract,citations\nA,one,5\n,no title,1\nA,dup,\nB,,2\n';

describe('ValidationReport', () => {
  it('counts papers, skipped rows, duplicates and missing fields, and lists problems with their lines', () => {
    const result = readInput(CSV, 'list.csv');
    render(
      <ValidationReport
        source="list.csv"
        format="csv"
        result={result}
        notes={['The file is not UTF-8.']}
        onConfirm={() => {}}
        onCancel={() => {}}
      />,
    );
    const count = (label: string) => screen.getByText(label).nextElementSibling?.textContent;
    expect(count('papers to import')).toBe('3');
    expect(count('skipped')).toBe('1');
    expect(count('duplicates')).toBe('1');
    expect(count('without a citation count (counted as 0)')).toBe('1');
    expect(count('without an abstract')).toBe('1');
    expect(screen.getByText('The file is not UTF-8.')).toBeInTheDocument();
    const problems = within(screen.getByRole('list'));
    expect(problems.getByText('line 3 skipped: it has no title')).toBeInTheDocument();
    expect(problems.getByText('line 4 repeats the title at line 2')).toBeInTheDocument();
  });

  it('confirms or cancels', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(
      <ValidationReport
        source="l.csv"
        format="csv"
        result={readInput(CSV, 'l.csv')}
        notes={[]}
        onConfirm={onConfirm}
        onCancel={onCancel}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Import 3 papers' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
