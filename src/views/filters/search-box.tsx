import { useEffect } from 'react';
import { useActions, useAppStore } from '../../store/context';
import { warmSearchIndex } from '../../store/derived';
import { afterReady, noteInput } from '../shared/perf';

/** Full-text search over titles and abstracts (words AND-ed, accents and case ignored). */
export function SearchBox() {
  const search = useAppStore((s) => s.filters.search);
  const papers = useAppStore((s) => s.dataset.papers);
  const { setSearch } = useActions();
  // Index the abstracts while the page is idle after the first paint, so neither the load nor
  // the first keystroke waits for it.
  useEffect(() => {
    let stop = () => {};
    const cancel = afterReady(() => {
      stop = warmSearchIndex(papers);
    });
    return () => {
      cancel();
      stop();
    };
  }, [papers]);
  return (
    <input
      type="search"
      name="search"
      className="search-box"
      aria-label="Search papers"
      placeholder="Search papers…"
      value={search}
      onChange={(event) => {
        noteInput('search', event.nativeEvent);
        setSearch(event.target.value);
      }}
    />
  );
}
