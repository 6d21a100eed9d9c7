import { useAppStore } from '../store/context';
import { useVisibleCount } from '../store/derived';

/** "Showing N of M papers", announced politely when it changes. */
export function StatusLine() {
  const total = useAppStore((s) => s.dataset.papers.length);
  const visible = useVisibleCount();
  return (
    <p className="status-line" role="status" aria-live="polite">
      Showing {visible} of {total} papers
    </p>
  );
}
