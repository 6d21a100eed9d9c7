/** A piece of display text with one style; a display abstract is a list of runs. */
export interface TextRun {
  text: string;
  style?: 'bold' | 'italic' | 'code';
}

type Style = TextRun['style'];

const STYLE_COMMANDS: Record<string, Style | 'plain'> = {
  textbf: 'bold',
  mathbf: 'bold',
  bf: 'bold',
  boldsymbol: 'bold',
  textit: 'italic',
  emph: 'italic',
  mathit: 'italic',
  it: 'italic',
  textsl: 'italic',
  texttt: 'code',
  mathtt: 'code',
  textsc: 'plain',
  textrm: 'plain',
  mathrm: 'plain',
  text: 'plain',
  mbox: 'plain',
  textsf: 'plain',
  mathsf: 'plain',
  mathcal: 'plain',
  mathbb: 'plain',
  operatorname: 'plain',
};

const SYMBOLS: Record<string, string> = {
  sim: '∼',
  approx: '≈',
  times: '×',
  cdot: '·',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  ne: '≠',
  pm: '±',
  infty: '∞',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  Rightarrow: '⇒',
  uparrow: '↑',
  downarrow: '↓',
  ldots: '…',
  dots: '…',
  cdots: '⋯',
  textendash: '–',
  textemdash: '—',
  textasciitilde: '~',
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  in: '∈',
  sum: '∑',
  log: 'log',
  exp: 'exp',
  max: 'max',
  min: 'min',
};

/** Combining marks for LaTeX accent commands (\"o, \'e, \c{c}, ...). */
const ACCENTS: Record<string, string> = {
  '"': '\u0308',
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030c',
  H: '\u030b',
  c: '\u0327',
  k: '\u0328',
  r: '\u030a',
};

const URL_AT = /^https?:\/\/[^\s{}<>"]+/;

/** Any character or pair the scanner below would rewrite; text without one passes unchanged. */
const LATEX_ISM = /[\\{}$~`]|''|--/;

/** Splits text with LaTeX-isms into styled runs, never keeping raw markup. */
export function latexToRuns(source: string): TextRun[] {
  // Fast path: most abstracts have no LaTeX at all, and this runs over every paper (search
  // index, table titles), so skip the character-by-character scan for them.
  if (!LATEX_ISM.test(source)) return source ? [{ text: source.normalize('NFC') }] : [];
  const runs: TextRun[] = [];
  const push = (text: string, style: Style) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && last.style === style) last.text += text;
    else runs.push(style ? { text, style } : { text });
  };
  const styles: Style[] = [undefined];
  let i = 0;
  let math = false;
  const current = () => styles[styles.length - 1];

  /** Reads a `{...}` group's raw text starting at `{`; returns [content, nextIndex]. */
  const readGroup = (at: number): [string, number] => {
    let depth = 0;
    for (let j = at; j < source.length; j++) {
      if (source[j] === '\\') j++;
      else if (source[j] === '{') depth++;
      else if (source[j] === '}' && --depth === 0) return [source.slice(at + 1, j), j + 1];
    }
    return [source.slice(at + 1), source.length];
  };

  while (i < source.length) {
    const ch = source[i]!;
    const rest = source.slice(i, i + 8);
    if (ch === 'h' && rest.startsWith('http')) {
      const url = URL_AT.exec(source.slice(i));
      if (url) {
        push(url[0], current());
        i += url[0].length;
        continue;
      }
    }
    if (ch === '\\') {
      i = command(i + 1);
      continue;
    }
    if (ch === '{') {
      styles.push(current());
      i++;
      continue;
    }
    if (ch === '}') {
      if (styles.length > 1) styles.pop();
      i++;
      continue;
    }
    if (ch === '$') {
      math = !math;
      i++;
      continue;
    }
    if (ch === '~') {
      // "Models~(LLMs)" is a tie (a space); "~11 trillion" means "about" and stays.
      const prev = source[i - 1];
      push(prev && !/\s/.test(prev) ? '\u00a0' : '~', current());
      i++;
      continue;
    }
    if (rest.startsWith('``')) {
      push('“', current());
      i += 2;
      continue;
    }
    if (rest.startsWith("''")) {
      push('”', current());
      i += 2;
      continue;
    }
    if (rest.startsWith('---')) {
      push('—', current());
      i += 3;
      continue;
    }
    if (rest.startsWith('--')) {
      push('–', current());
      i += 2;
      continue;
    }
    if (math && (ch === '^' || ch === '_')) {
      i++;
      continue;
    }
    push(ch, current());
    i++;
  }
  return runs.map((r) => ({ ...r, text: r.text.normalize('NFC') }));

  /** Handles a command whose backslash was at `at - 1`; returns the index after it. */
  function command(at: number): number {
    const next = source[at];
    if (next === undefined) return at;
    if ('%&_#${} '.includes(next)) {
      push(next, current());
      return at + 1;
    }
    if (next === '\\') {
      push(' ', current());
      return at + 1;
    }
    const wordMatch = /^[a-zA-Z]+/.exec(source.slice(at));
    const word = wordMatch ? wordMatch[0] : '';
    const accent = ACCENTS[next];
    // Accents by symbol (\"o) or by a one-letter command (\c{c}, \v s) take a letter or group.
    if (accent && (!/[a-zA-Z]/.test(next) || word.length === 1)) {
      let j = at + 1;
      while (source[j] === ' ' && /[a-zA-Z]/.test(next)) j++;
      let base: string;
      if (source[j] === '{') [base, j] = readGroup(j);
      else if (source[j] === '\\' && source[j + 1] === 'i') [base, j] = ['i', j + 2];
      else [base, j] = [source[j] ?? '', j + 1];
      push(base.slice(0, 1) + accent + base.slice(1), current());
      return j;
    }
    if (!word) {
      push(next, current());
      return at + 1;
    }
    let j = at + word.length;
    if (word === 'url' && source[j] === '{') {
      const [url, end] = readGroup(j);
      push(url, current());
      return end;
    }
    if (word === 'href' && source[j] === '{') {
      const [, afterUrl] = readGroup(j);
      if (source[afterUrl] === '{') {
        const [label, end] = readGroup(afterUrl);
        push(
          latexToRuns(label)
            .map((r) => r.text)
            .join(''),
          current(),
        );
        return end;
      }
      return afterUrl;
    }
    const style = STYLE_COMMANDS[word];
    if (style !== undefined) {
      while (source[j] === ' ') j++;
      if (source[j] === '{') {
        styles.push(style === 'plain' ? current() : style);
        return j + 1; // the matching `}` pops the style
      }
      return j;
    }
    const symbol = SYMBOLS[word];
    if (symbol !== undefined) {
      push(symbol, current());
      if (math && source[j] === ' ') j++;
      return j;
    }
    // An unknown macro (e.g. a paper's \name placeholder): show its name, marked as code.
    push(word, 'code');
    return j;
  }
}

/** The display text of a LaTeX-ish string without styles (for search and analysis). */
export function latexToPlain(source: string): string {
  return latexToRuns(source)
    .map((r) => r.text)
    .join('');
}
