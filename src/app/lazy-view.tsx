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

/**
 * A view whose code is a separate chunk, requested right away (in parallel with the dataset) but
 * kept out of the initial bundle. Until it arrives, a placeholder holds back `app:ready`.
 */
export function lazyView<P extends object>(
  name: string,
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const chunk = load();
  const Lazy = lazy(() => chunk.then((component) => ({ default: component })));
  return function LazyView(props: P) {
    return (
      <Suspense fallback={<ViewLoading name={name} />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
