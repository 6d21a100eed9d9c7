// Abstracts copied from arXiv keep LaTeX-isms; they must not leak into tokens or theme matches.

const COMMAND_WITH_ARG = /\\[a-zA-Z]+\*?\s*\{([^{}]*)\}/g;
const ACCENT = /\\["'`^~=.uvHckr]\s*\{?([a-zA-Z])\}?/g;
const SYMBOLS: Record<string, string> = {
  sim: '~',
  approx: '~',
  times: 'x',
  le: '<=',
  ge: '>=',
  leq: '<=',
  geq: '>=',
  pm: '+/-',
  cdot: '.',
  Delta: 'delta',
  lambda: 'lambda',
  gamma: 'gamma',
  alpha: 'alpha',
  beta: 'beta',
};

/** Strips LaTeX from an abstract: `\cmd{x}` becomes x, `$` and `\%` go, `` `` '' `` become quotes. */
export function stripLatex(text: string): string {
  let out = text;
  // Nested commands (\textbf{\textit{x}}) need a few passes; three covers real abstracts.
  for (let i = 0; i < 3; i++) out = out.replace(COMMAND_WITH_ARG, '$1');
  out = out
    // A bare ~ is TeX's non-breaking space; it goes before \sim is turned into a real tilde.
    .replace(/~/g, ' ')
    .replace(ACCENT, '$1')
    .replace(/\\([%&#_$])/g, '$1')
    .replace(/\\([a-zA-Z]+)/g, (_, name: string) => SYMBOLS[name] ?? ' ')
    .replace(/``|''/g, '"')
    .replace(/\$/g, '')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ');
  // `$\textbf{D}$ecoupled` is now `Decoupled`: no extra space was introduced, which is the point.
  return out.trim();
}
