import { describe, expect, it } from 'vitest';
import { latexToPlain, latexToRuns } from '../../../src/data/parse/latex';

describe('latexToRuns', () => {
  it('renders $\\textbf{D}$ecoupled as a bold D followed by plain text', () => {
    expect(latexToRuns('$\\textbf{D}$ecoupled Clip')).toEqual([
      { text: 'D', style: 'bold' },
      { text: 'ecoupled Clip' },
    ]);
  });
  it('renders \\textit and \\emph as italics', () => {
    expect(latexToRuns('a \\textit{b} \\emph{c}')).toEqual([
      { text: 'a ' },
      { text: 'b', style: 'italic' },
      { text: ' ' },
      { text: 'c', style: 'italic' },
    ]);
  });
});

describe('latexToPlain', () => {
  it.each([
    ['50\\% faster', '50% faster'],
    ['na\\"ive', 'naïve'],
    ['caf\\\'e and {\\"o}', 'café and ö'],
    ['Models~(LLMs)', 'Models\u00a0(LLMs)'],
    ['on ~11 trillion tokens', 'on ~11 trillion tokens'],
    ["``Aha'' moment", '“Aha” moment'],
    ["''Aha moment''", '”Aha moment”'],
    ['an average of $\\sim$6%', 'an average of ∼6%'],
    ['GAE ($\\lambda=1$, $\\gamma=1$)', 'GAE (λ=1, γ=1)'],
    ['nearly $16$ times', 'nearly 16 times'],
    ['{\\Delta}knowledge', 'Δknowledge'],
    ['models--such as', 'models–such as'],
    ['\\url{https://github.com/a/b} x', 'https://github.com/a/b x'],
    ['https://x.org/a--b~c', 'https://x.org/a--b~c'],
    ['we propose \\name, the first', 'we propose name, the first'],
  ])('renders %j as %j', (source, expected) => {
    expect(latexToPlain(source)).toBe(expected);
  });

  it('never keeps backslashes, braces or dollar signs from markup', () => {
    const plain = latexToPlain('$\\textbf{DAPO}$ \\textbf{Search-o1} {\\Delta} \\% $x^{2}$');
    expect(plain).not.toMatch(/[\\{}$]/);
  });
});
