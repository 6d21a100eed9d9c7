import { act, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreProvider } from '../../../src/store/context';
import { createAppStore } from '../../../src/store/create-store';
import { noteInput, useDrawn, useViewLoading } from '../../../src/views/shared/perf';

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
});
