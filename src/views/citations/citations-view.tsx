import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/context';
import { ErrorBoundary } from '../shared/error-boundary';
import { ByThemeChart } from './by-theme-chart';
import { BINS, COLOR_BY, FILTERED_OUT, SCALE, ViewSelect } from './controls';
import { DistributionChart } from './distribution-chart';
import { RankedBars, TOP_K } from './ranked-bars';
import './citations.css';

const TABS = ['Ranked', 'Distribution', 'By theme'] as const;
type Tab = (typeof TABS)[number];

/** The Citations region: ranked bars, distribution (brush + concentration) and by-theme charts as tabs. */
export function CitationsView() {
  const [tab, setTab] = useState<Tab>('Ranked');
  const [showAll, setShowAll] = useState(false);
  const total = useAppStore((s) => s.dataset.papers.length);
  const base = useId();
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const moves: Record<string, number> = {
      ArrowRight: (i + 1) % TABS.length,
      ArrowLeft: (i + TABS.length - 1) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setTab(TABS[next]!);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className="citations-view">
      <div className="citations-bar">
        <div role="tablist" aria-label="Citation charts" className="tabs" onKeyDown={onKeyDown}>
          {TABS.map((t, i) => (
            <button
              key={t}
              ref={(el) => {
                tabRefs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${i}`}
              aria-selected={t === tab}
              aria-controls={`${base}-panel`}
              tabIndex={t === tab ? 0 : -1}
              onClick={() => setTab(t)}
            >
              {t}
            </button>
          ))}
        </div>
        <div className="controls">
          {tab === 'Ranked' && (
            <>
              <ViewSelect choice={COLOR_BY} />
              <ViewSelect choice={SCALE} />
              <ViewSelect choice={FILTERED_OUT} />
              {total > TOP_K && (
                <label className="control">
                  <input
                    type="checkbox"
                    name="show-all"
                    checked={showAll}
                    onChange={(e) => setShowAll(e.target.checked)}
                  />
                  Show all
                </label>
              )}
            </>
          )}
          {tab === 'Distribution' && <ViewSelect choice={BINS} />}
        </div>
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-tab-${TABS.indexOf(tab)}`}
        className="citations-panel"
      >
        <ErrorBoundary key={tab} label={`The ${tab.toLowerCase()} chart`}>
          {tab === 'Ranked' && <RankedBars showAll={showAll} />}
          {tab === 'Distribution' && <DistributionChart />}
          {tab === 'By theme' && <ByThemeChart />}
        </ErrorBoundary>
      </div>
    </div>
  );
}
