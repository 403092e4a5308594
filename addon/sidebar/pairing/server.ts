// Promise wrapper over google.script.run, typed by the handlers' wire contract.
import { scriptError } from '../shared/script-error';
import type { PairingApi } from '../../server/pairing/wire';

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

declare const google: { script: { run: ScriptRunner } };

type Method = keyof PairingApi;

export function callServer<M extends Method>(
  method: M,
  ...args: Parameters<PairingApi[M]>
): Promise<ReturnType<PairingApi[M]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<PairingApi[M]>))
      .withFailureHandler((error) => reject(scriptError(error))) as unknown as Record<
      Method,
      (...a: unknown[]) => void
    >;
    runner[method](...args);
  });
}
