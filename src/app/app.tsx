import type { ReactNode } from 'react';
import { useAppStore } from '../store/context';
import { CitationsView } from '../views/citations/citations-view';
import { DetailsPanel } from '../views/details/details-panel';
import { FiltersPanel } from '../views/filters/filters-panel';
import { PapersTable } from '../views/papers-table/papers-table';
import { TopicMap } from '../views/topic-map/topic-map';
import { NoticeBar } from './notice-bar';
import { StatusLine } from './status-line';
import { ThemeToggle } from './theme-toggle';
import { ViewBoundary } from './view-boundary';

function Region({ name, className, children }: { name: string; className: string; children: ReactNode }) {
  const id = `region-${className}`;
  return (
    <section className={`region ${className}`} aria-labelledby={id}>
      <h2 id={id} className="region-title">
        {name}
      </h2>
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
        <h1>
          <span className="brand">paperscope</span> <span className="dataset-name">{name}</span>
        </h1>
        <StatusLine />
        <ThemeToggle />
      </header>
      <NoticeBar />
      <main className="dashboard">
        <Region name="Citations" className="citations">
          <CitationsView />
        </Region>
        <Region name="Filters" className="filters-region">
          <FiltersPanel />
        </Region>
        <Region name="Topic map" className="topic-map">
          <TopicMap />
        </Region>
        <Region name="Papers" className="papers">
          <PapersTable />
        </Region>
        <Region name="Details" className="details-region">
          <DetailsPanel />
        </Region>
      </main>
    </div>
  );
}
