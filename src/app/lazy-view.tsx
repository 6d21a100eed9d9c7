import { lazy, Suspense, type ComponentType } from 'react';
import { useViewLoading } from '../views/shared/perf';

function ViewLoading({ name }: { name: string }) {
  useViewLoading(`loading:${name}`);
  return (
    <p className="empty-state" role="status">
      Loading the {name}…
    </p>
  );
}

const chunks: Promise<unknown>[] = [];

/**
 * Settles when every lazy view's chunk has arrived (or failed). The app waits for it before its
 * first render, so the dashboard appears in one commit and one paint instead of placeholders
 * followed by a second, layout-shifting render.
 */
export function lazyViewsSettled(): Promise<void> {
  return Promise.allSettled(chunks).then(() => undefined);
}

/**
 * A view whose code is a separate chunk, requested right away (in parallel with the dataset) but
 * kept out of the initial bundle. Until it arrives, a placeholder holds back `app:ready`; once it
 * has arrived, it renders directly, without suspending.
 */
export function lazyView<P extends object>(
  name: string,
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let Loaded: ComponentType<P> | null = null;
  const chunk = load().then((component) => {
    Loaded = component;
    return component;
  });
  chunks.push(chunk);
  const Lazy = lazy(() => chunk.then((component) => ({ default: component })));
  return function LazyView(props: P) {
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={<ViewLoading name={name} />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
