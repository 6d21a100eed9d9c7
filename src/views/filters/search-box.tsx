import { useActions, useAppStore } from '../../store/context';
import { noteInput } from '../shared/perf';

/** Full-text search over titles and abstracts (words AND-ed, accents and case ignored). */
export function SearchBox() {
  const search = useAppStore((s) => s.filters.search);
  const { setSearch } = useActions();
  return (
    <input
      type="search"
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
