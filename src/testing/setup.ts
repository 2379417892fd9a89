// Vitest setup for component tests in jsdom: jest-dom matchers and the browser APIs Mantine expects
// that jsdom does not have.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

afterEach(() => cleanup());

// Component tests wait on real answers from the lab; on a busy two-core machine the first render of a
// panel can take longer than testing-library's one-second default. A ceiling, not a timing claim.
configure({ asyncUtilTimeout: 5_000 });

// Mantine reads computed styles with a pseudo-element argument that jsdom rejects; drop it.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element) => getComputedStyle(element);
window.HTMLElement.prototype.scrollIntoView = () => {};

// MantineProvider's colour-scheme hook needs matchMedia on its first render.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});

class ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserver;
