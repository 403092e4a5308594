// google.script.run as a Promise, typed by a handler interface (ImportApi, OrdersApi, SettingsApi).
import { scriptError } from '../shared/script-error';

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

declare const google: { script: { run: ScriptRunner; host: { close(): void } } };

type Fn = (...args: never[]) => unknown;

export function serverOf<Api extends { [K in keyof Api]: Fn }>() {
  return function call<M extends keyof Api & string>(
    method: M,
    ...args: Parameters<Api[M]>
  ): Promise<ReturnType<Api[M]>> {
    return new Promise((resolve, reject) => {
      const runner = google.script.run
        .withSuccessHandler((value) => resolve(value as ReturnType<Api[M]>))
        .withFailureHandler((error) => reject(scriptError(error))) as unknown as Record<
        string,
        (...a: unknown[]) => void
      >;
      runner[method](...args);
    });
  };
}

export function closeDialog(): void {
  google.script.host.close();
}
