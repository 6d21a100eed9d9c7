import { useMemo } from 'react';
import { useAppStore } from '../../store/context';
import { ErrorBoundary } from '../shared/error-boundary';
import { useDrawn } from '../shared/perf';
import { TopicMapView } from './topic-map-view';

/** The "Topic map" region: papers at their layout positions, linked to every other view. */
export function TopicMap() {
  useDrawn('topic-map');
  const papers = useAppStore((s) => s.dataset.papers);
  const hasLayout = useMemo(
    () => papers.some((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
    [papers],
  );
  if (!hasLayout) {
    return (
      <p className="empty-state">
        {papers.length === 0
          ? 'No papers loaded.'
          : 'This dataset has no map layout (no x/y positions): run the analysis to place the papers.'}
      </p>
    );
  }
  return (
    <ErrorBoundary label="The topic map">
      <TopicMapView />
    </ErrorBoundary>
  );
}
