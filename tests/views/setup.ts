import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// jsdom does no layout: every box is 0×0, so virtualised lists would render no rows and charts
// would have no room. Give boxes a desktop-like size; tests assert on content, not geometry.
const measured = { x: 0, y: 0, top: 0, left: 0, width: 800, height: 600, right: 800, bottom: 600 };
Element.prototype.getBoundingClientRect = function getBoundingClientRect() {
  return { ...measured, toJSON: () => measured } as DOMRect;
};
for (const [prop, value] of [
  ['offsetWidth', 800],
  ['offsetHeight', 600],
  ['clientWidth', 800],
  ['clientHeight', 600],
] as const) {
  Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => value });
}
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
