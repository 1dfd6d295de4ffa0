/**
 * What Fluent UI v9 expects from a browser and jsdom lacks. Imported first by each task pane test
 * (instead of a global setup file, so tests in the node environment are untouched).
 */
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The fake Excel computes its formulas (HyperFormula) when the pane reads values back: seconds, on a busy machine.
configure({ asyncUtilTimeout: 15_000 });

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!('ResizeObserver' in window)) {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};
}
