import type { ReactNode } from 'react';
import { useAppStore } from '../store/context';
import { DetailsPanel } from '../views/details/details-panel';
import { FiltersPanel } from '../views/filters/filters-panel';
import { PapersTable } from '../views/papers-table/papers-table';
import { NoticeBar } from './notice-bar';
import { StatusLine } from './status-line';
import { AppearanceToggle } from './appearance-toggle';
import { ViewBoundary } from './view-boundary';
import { ExportMenu } from '../views/shared/export-menu';
import { DataExportButtons } from '../views/shared/data-export-buttons';
import { CopyLinkButton } from './copy-link-button';
import { DatasetMenu } from './import/dataset-menu';
import { lazyView } from './lazy-view';
import { citationsChunk, topicMapChunk } from './view-chunks';

// The two charts (and d3-brush, d3-zoom, …) load as their own chunks while the dataset downloads,
// which keeps the initial bundle small.
const CitationsView = lazyView('citation charts', () =>
  citationsChunk.then((m) => m.CitationsView),
);
const TopicMap = lazyView('topic map', () => topicMapChunk.then((m) => m.TopicMap));

const CITATION_FIGURES = ['citations-ranked', 'citations-distribution', 'citations-by-theme'];

function Region({
  name,
  className,
  children,
  tools,
}: {
  name: string;
  className: string;
  children: ReactNode;
  tools?: ReactNode;
}) {
  const id = `region-${className}`;
  return (
    <section className={`region ${className}`} aria-labelledby={id}>
      <div className="region-header">
        <h2 id={id} className="region-title">
          {name}
        </h2>
        {tools}
      </div>
      <ViewBoundary name={name}>{children}</ViewBoundary>
    </section>
  );
}

/** The dashboard: a header with the dataset and search, then the linked views. */
export function App() {
  const name = useAppStore((s) => s.dataset.name);
  return (
    <div className="app">
      <header className="app-header">
        <div className="header-row">
          <h1>
            <span className="brand">paperscope</span> <span className="dataset-name">{name}</span>
          </h1>
          <StatusLine />
          <AppearanceToggle />
        </div>
        <div className="header-row">
          <DatasetMenu />
          <div className="header-tools">
            <CopyLinkButton />
            <ExportMenu figureId="dashboard" label="dashboard" />
          </div>
        </div>
      </header>
      <NoticeBar />
      <main className="dashboard">
        <Region name="Filters" className="filters-region">
          <FiltersPanel />
        </Region>
        <Region
          name="Citations"
          className="citations"
          tools={<ExportMenu figureId={CITATION_FIGURES} label="citation chart" />}
        >
          <CitationsView />
        </Region>
        <Region
          name="Topic map"
          className="topic-map"
          tools={<ExportMenu figureId="topic-map" label="topic map" />}
        >
          <TopicMap />
        </Region>
        <Region name="Papers" className="papers" tools={<DataExportButtons />}>
          <PapersTable />
        </Region>
        <Region name="Details" className="details-region">
          <DetailsPanel />
        </Region>
      </main>
    </div>
  );
}
