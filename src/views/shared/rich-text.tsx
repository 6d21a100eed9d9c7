import { Fragment } from 'react';
import type { TextRun } from '../../data/parse/latex';

export interface RichTextProps {
  runs: readonly TextRun[];
  /** Terms to mark (case-insensitive), e.g. a theme's evidence. */
  highlight?: readonly string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function marked(text: string, pattern: RegExp | null) {
  if (!pattern) return text;
  return text.split(pattern).map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part));
}

/** Renders styled runs as React text (never as HTML), marking highlighted terms. */
export function RichText({ runs, highlight = [] }: RichTextProps) {
  const terms = [...new Set(highlight.filter((t) => t.trim().length > 1))].sort(
    (a, b) => b.length - a.length,
  );
  const pattern = terms.length
    ? new RegExp(`(\\b(?:${terms.map(escapeRegExp).join('|')})\\w*)`, 'giu')
    : null;
  return (
    <>
      {runs.map((run, i) => {
        const content = marked(run.text, pattern);
        if (run.style === 'bold') return <strong key={i}>{content}</strong>;
        if (run.style === 'italic') return <em key={i}>{content}</em>;
        if (run.style === 'code') return <code key={i}>{content}</code>;
        return <Fragment key={i}>{content}</Fragment>;
      })}
    </>
  );
}
