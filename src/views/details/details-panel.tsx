import { useMemo } from 'react';
import { formatCount } from '../../data/format';
import { latexToPlain, latexToRuns } from '../../data/parse/latex';
import { isSafeHttpUrl } from '../../data/parse/links';
import { percentileRank } from '../../data/stats';
import { useActions, useAppStore } from '../../store/context';
import { paperIndex, usePaper } from '../../store/derived';
import { noteInput, useDrawn } from '../shared/perf';
import { RichText } from '../shared/rich-text';
import { ThemeChips } from '../shared/theme-chips';

/** The selected paper in full: rank, citations, abstract, themes, cluster, links, similar papers. */
export function DetailsPanel() {
  useDrawn('details');
  const selectedId = useAppStore((s) => s.selectedId);
  const papers = useAppStore((s) => s.dataset.papers);
  const clusters = useAppStore((s) => s.dataset.clusters);
  const clusterNames = useAppStore((s) => s.view.clusterNames);
  // The abstract, theme evidence and similar papers may still be on their way (a companion file
  // read after the first paint); their arrival changes this flag, not the paper, so it is also
  // what re-renders the panel then.
  const detailsPending = useAppStore((s) => s.detailsPending);
  const actions = useActions();
  const paper = usePaper(selectedId);
  const citationValues = useMemo(() => papers.map((p) => p.citations), [papers]);

  if (!paper) {
    return <p className="empty-state">Select a paper in any view to read its details here.</p>;
  }
  const percentile = percentileRank(citationValues, paper.citations);
  const evidenceTerms = Object.values(paper.themeEvidence ?? {})
    .flat()
    .filter((e) => e.field === 'abstract')
    .map((e) => e.term);
  const cluster = clusters.find((c) => c.id === paper.cluster);
  const links = [paper.github, ...paper.urls].filter((u): u is string => !!u && isSafeHttpUrl(u));
  const byId = paperIndex(papers);

  return (
    <article className="details" aria-labelledby="details-title">
      <h3 id="details-title">{latexToPlain(paper.title)}</h3>
      <dl className="facts">
        <div>
          <dt>Rank</dt>
          <dd>#{paper.rank}</dd>
        </div>
        <div>
          <dt>Citations</dt>
          <dd>
            {formatCount(paper.citations)}{' '}
            <span className="muted">(percentile {Math.round(percentile)} in this list)</span>
          </dd>
        </div>
        {cluster && (
          <div>
            <dt>Cluster</dt>
            <dd>{clusterNames[cluster.id] ?? cluster.label}</dd>
          </div>
        )}
        {paper.year !== undefined && (
          <div>
            <dt>Year</dt>
            <dd>{paper.year}</dd>
          </div>
        )}
        {paper.venue && (
          <div>
            <dt>Venue</dt>
            <dd>{paper.venue}</dd>
          </div>
        )}
      </dl>
      {paper.authors && paper.authors.length > 0 && (
        <p className="authors">{paper.authors.join(', ')}</p>
      )}
      <ThemeChips ids={paper.themes ?? []} />
      {paper.outlier && <p className="outlier-note">Outlier: {paper.outlierReason}</p>}
      <h4>Abstract</h4>
      <p className="abstract" aria-busy={detailsPending && !paper.abstract}>
        {paper.abstract ? (
          <RichText runs={latexToRuns(paper.abstract)} highlight={evidenceTerms} />
        ) : detailsPending ? (
          'Loading the abstract…'
        ) : (
          'No abstract.'
        )}
      </p>
      {links.length > 0 && (
        <>
          <h4>Links</h4>
          <ul className="links">
            {links.map((url) => (
              <li key={url}>
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {url.replace(/^https?:\/\//, '')}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {!paper.similar && detailsPending && (
        <>
          <h4>Similar papers</h4>
          <p className="muted" aria-busy="true">
            Loading the similar papers…
          </p>
        </>
      )}
      {paper.similar && paper.similar.length > 0 && (
        <>
          <h4>Similar papers</h4>
          <ol className="similar">
            {paper.similar.map((id, i) => {
              const other = byId.get(id);
              if (!other) return null;
              const score = paper.similarScores?.[i];
              return (
                <li key={id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={(event) => {
                      noteInput('select', event);
                      actions.select(id);
                    }}
                    onMouseEnter={() => actions.hover(id)}
                    onMouseLeave={() => actions.hover(null)}
                  >
                    {latexToPlain(other.title)}
                  </button>
                  {score !== undefined && (
                    <span className="muted"> · similarity {score.toFixed(2)}</span>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </article>
  );
}
