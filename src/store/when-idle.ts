/**
 * Runs `fn` in the page's next idle period, or after `timeoutMs` at the latest (a busy page still
 * gets the work done); in the next task where there are no idle callbacks (jsdom, Safari), then
 * without a deadline.
 */
export function whenIdle(fn: (deadline?: IdleDeadline) => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: timeoutMs });
  else setTimeout(fn, 0);
}
