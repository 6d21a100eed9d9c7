import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImportControls } from '../../../src/views/import/import-controls';
import type { Dataset } from '../../../src/data/types';

const analysed: Dataset = {
  name: 'Ready',
  papers: [
    {
      id: '1',
      rank: 1,
      title: 'T',
      citations: 3,
      abstract: 'a',
      github: null,
      urls: [],
      cluster: 0,
      x: 0,
      y: 0,
      themes: [],
    },
  ],
  themes: [],
  clusters: [{ id: 0, label: 'c', terms: [], size: 1, representative: '1' }],
};

const fileInput = () => screen.getByLabelText(/Import a paper list file/);

describe('ImportControls', { timeout: 20_000 }, () => {
  it('shows a file that cannot be used as an error naming the file and line, and imports nothing', async () => {
    const user = userEvent.setup();
    const onImported = vi.fn();
    render(<ImportControls onImported={onImported} />);
    await user.upload(
      fileInput(),
      new File(['title,abstract\nok,"never closed\n'], 'bad.csv', { type: 'text/csv' }),
    );
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent(/^bad\.csv, line 2: a quoted field is not closed/);
    expect(
      screen.getByRole('dialog', { name: 'This list cannot be imported' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onImported).not.toHaveBeenCalled();
  });

  it('rejects an empty file and a binary file', async () => {
    // The picker's "All files" option lets people choose files outside `accept`.
    const user = userEvent.setup({ applyAccept: false });
    render(<ImportControls onImported={() => {}} />);
    await user.upload(fileInput(), new File([''], 'empty.csv'));
    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(
      'empty.csv, line 1: the file is empty',
    );
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.upload(
      fileInput(),
      new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 2, 0xff, 0xfe, 0])], 'archive.zip'),
    );
    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(
      /archive\.zip, line 1: .*binary/,
    );
  });

  it('opens a dataset that carries its analysis after the report is confirmed, without the worker', async () => {
    const user = userEvent.setup();
    const onImported = vi.fn();
    render(<ImportControls onImported={onImported} />);
    await user.upload(
      fileInput(),
      new File([JSON.stringify(analysed)], 'ready.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(/It already carries its analysis/, {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(onImported).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Import 1 papers' }));
    expect(onImported).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Ready', papers: analysed.papers }),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('imports a dataset with a companion abstracts file without it, after saying so', async () => {
    const user = userEvent.setup();
    const onImported = vi.fn();
    render(<ImportControls onImported={onImported} />);
    const split = {
      ...analysed,
      papers: analysed.papers.map((p) => ({ ...p, abstract: '' })),
      abstracts: 'ready.abstracts.json',
    };
    await user.upload(
      fileInput(),
      new File([JSON.stringify(split)], 'ready.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(/similar papers\) are in a separate file \(ready\.abstracts\.json\)/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import 1 papers' }));
    const imported = onImported.mock.calls[0]?.[0] as Dataset;
    expect(imported.name).toBe('Ready');
    // Without the key, the app does not wait (and say "Loading the abstract…") for a file it cannot reach.
    expect(imported).not.toHaveProperty('abstracts');
  });

  it('reads a pasted list and goes to the column mapping; Escape-like Cancel closes it', async () => {
    const user = userEvent.setup();
    render(<ImportControls onImported={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Paste list…' }));
    await user.type(
      screen.getByRole('textbox', { name: /Paste a paper list/ }),
      'title,year{enter}A,2020{enter}',
    );
    await user.click(screen.getByRole('button', { name: 'Read pasted text' }));
    expect(
      await screen.findByRole(
        'dialog',
        { name: 'Map the columns of pasted text' },
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Year' })).toHaveValue('year');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
