/**
 * Shared set-up for the pane's component tests (imported first by each test
 * file, since jest.config.js is the lead's): jest-axe's matcher and the
 * browser APIs jsdom lacks that Fluent UI reaches for.
 */
import { toHaveNoViolations } from "jest-axe";
import { TextDecoder as NodeTextDecoder } from "util";

expect.extend(toHaveNoViolations);

// Every browser the add-in runs in has TextDecoder (the package reader decodes sheets with it); jsdom does not.
if (typeof globalThis.TextDecoder === "undefined") {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
}

if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}

// jsdom lays nothing out, so every element has no offsetParent and a zero-sized body. Fluent's focus
// manager (tabster) takes that to mean "invisible" and refuses to move focus by keyboard. Give
// elements the parent a browser would, and the body a size, so Tab and the arrow keys behave as in a browser.
Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement) {
    return this.parentElement;
  },
});
HTMLBodyElement.prototype.getBoundingClientRect = () =>
  ({ x: 0, y: 0, top: 0, left: 0, right: 500, bottom: 800, width: 500, height: 800, toJSON: () => ({}) }) as DOMRect;
