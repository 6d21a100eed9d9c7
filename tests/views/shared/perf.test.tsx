import { Profiler, Suspense, use, useDeferredValue } from 'react';
import { act, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreProvider } from '../../../src/store/context';
import { createAppStore } from '../../../src/store/create-store';
import { useAppStore } from '../../../src/store/context';
import {
  answerInputLocally,
  noteInput,
  useDrawn,
  useViewLoading,
} from '../../../src/views/shared/perf';

const marks = (name: string) => performance.getEntriesByName(name) as PerformanceMark[];

function View({ name }: { name: string }) {
  useDrawn(name);
  return <p>{name}</p>;
}

function Loading({ name }: { name: string }) {
  useViewLoading(name);
  return <p>loading {name}</p>;
}

function Dashboard({ loaded }: { loaded: boolean }) {
  return (
    <>
      <View name="table" />
      {loaded ? <View name="chart" /> : <Loading name="chart" />}
    </>
  );
}

afterEach(() => performance.clearMarks());

describe('perf marks (app:ready / app:settled)', () => {
  it('waits for a loading view, then marks settled for the input that changed the store', async () => {
    const store = createAppStore();
    const app = (loaded: boolean) => (
      <StoreProvider store={store}>
        <Dashboard loaded={loaded} />
      </StoreProvider>
    );
    const { rerender } = render(app(false));
    // The table has drawn, but the chart is still loading: no app:ready yet.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(marks('app:ready')).toHaveLength(0);

    rerender(app(true));
    await waitFor(() => expect(marks('app:ready')).toHaveLength(1));

    // A change nobody announced as input gives no settled mark.
    act(() => store.getState().actions.select('x'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(marks('app:settled')).toHaveLength(0);

    act(() => {
      noteInput('theme', { timeStamp: 1234 });
      store.getState().actions.toggleTheme('rl');
    });
    await waitFor(() => expect(marks('app:settled')).toHaveLength(1));
    expect(marks('app:settled')[0]!.detail).toEqual({
      cause: 'theme',
      inputTs: 1234,
      version: store.getState().version,
    });
  });

  it('does not re-render views a change leaves alone, and still marks settled', async () => {
    const store = createAppStore();
    const renders = { selection: 0, themes: 0 };
    function Selection() {
      useDrawn('selection');
      return <p>{useAppStore((s) => s.selectedId) ?? 'none'}</p>;
    }
    function Themes() {
      useDrawn('themes');
      return <p>{useAppStore((s) => s.filters.themes).join(',')}</p>;
    }
    render(
      <StoreProvider store={store}>
        <Profiler id="selection" onRender={() => renders.selection++}>
          <Selection />
        </Profiler>
        <Profiler id="themes" onRender={() => renders.themes++}>
          <Themes />
        </Profiler>
      </StoreProvider>,
    );
    // app:ready is marked once per page (the first test's); let the first frame pass.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const before = { ...renders };
    act(() => {
      noteInput('theme', { timeStamp: 42 });
      store.getState().actions.toggleTheme('rl');
    });
    await waitFor(() => expect(marks('app:settled')).toHaveLength(1));
    expect(renders.themes).toBe(before.themes + 1);
    expect(renders.selection).toBe(before.selection);
    expect(marks('app:settled')[0]!.detail).toMatchObject({ cause: 'theme', inputTs: 42 });
  });

  it('waits for a view whose deferred render comes late', async () => {
    const store = createAppStore();
    let release = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    function Slow({ themes }: { themes: string[] }) {
      // The deferred render of the new themes cannot finish until `release`.
      if (themes.length > 0) use(slow);
      return <p>drawn {themes.join(',') || 'none'}</p>;
    }
    function Deferred() {
      const themes = useAppStore((s) => s.filters.themes);
      const deferred = useDeferredValue(themes);
      useDrawn('deferred', deferred !== themes);
      return <Slow themes={deferred} />;
    }
    const { findByText } = render(
      <StoreProvider store={store}>
        <View name="table" />
        <Suspense fallback={<p>loading</p>}>
          <Deferred />
        </Suspense>
      </StoreProvider>,
    );
    await findByText('drawn none');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await act(async () => {
      noteInput('brush', { timeStamp: 7 });
      store.getState().actions.toggleTheme('rl');
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    // The other view has drawn the change, the deferred one has not: no mark yet.
    expect(marks('app:settled')).toHaveLength(0);
    expect(document.body.textContent).toContain('drawn none');

    await act(async () => release());
    await findByText('drawn rl');
    await waitFor(() => expect(marks('app:settled')).toHaveLength(1));
    expect(marks('app:settled')[0]!.detail).toEqual({
      cause: 'brush',
      inputTs: 7,
      version: store.getState().version,
    });
  });

  it('marks settled for an input a view answered with state of its own (a zoom step)', async () => {
    const store = createAppStore();
    render(
      <StoreProvider store={store}>
        <View name="map" />
      </StoreProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Answering when no input is pending marks nothing.
    answerInputLocally();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(marks('app:settled')).toHaveLength(0);
    const version = store.getState().version;
    noteInput('zoom', { timeStamp: 7 });
    answerInputLocally();
    await waitFor(() => expect(marks('app:settled')).toHaveLength(1));
    expect(marks('app:settled')[0]!.detail).toEqual({ cause: 'zoom', inputTs: 7, version });
  });
});
