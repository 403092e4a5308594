// Headless Debian Chromium for the browser tests, and the page-side fake of google.script.run.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Screenshots and builds made by the browser tests (gitignored). */
export const OUTPUT = 'tests/.output';

// Without the background-networking switches Chromium keeps dialling Google on this closed network.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  mkdirSync(OUTPUT, { recursive: true });
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * google.script.run as Apps Script gives it to a page: asynchronous, handlers chosen per call.
 * Calls go to `window.__serverCall(name, argsJson)` (bind it with page.exposeFunction); arguments and
 * results cross as JSON, as on the real wire. `google.script.host.close()` sets `window.__closed`.
 */
export const FAKE_SCRIPT_RUN = `
(() => {
  const runner = (success, failure) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (fn) => runner(fn, failure);
      if (name === 'withFailureHandler') return (fn) => runner(success, fn);
      return (...args) => {
        window.__serverCall(String(name), JSON.stringify(args)).then(
          (json) => success && success(json === null ? null : JSON.parse(json)),
          (error) => failure && failure(new Error(String(error.message).replace(/^Error: /, ''))),
        );
      };
    },
  });
  window.google = { script: { run: runner(null, null), host: { close: () => { window.__closed = true; } } } };
})();
`;
