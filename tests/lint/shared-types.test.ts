// shared/ is type-checked (npm run typecheck: tsc -p shared/tsconfig.json) with the ECMAScript
// library only: Node, Apps Script and DOM globals do not exist there.
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Type errors of `code` compiled as a file of shared/ with shared/tsconfig.json. */
function typeErrors(code: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    'shared/tsconfig.json',
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const file = resolve('shared/planted.ts');
  const host = ts.createCompilerHost(config.options);
  const { getSourceFile, fileExists } = host;
  host.fileExists = (name) => name === file || fileExists(name);
  host.getSourceFile = (name, language, ...rest) =>
    name === file ? ts.createSourceFile(name, code, language) : getSourceFile(name, language, ...rest);
  const program = ts.createProgram([file], config.options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('shared/tsconfig.json', () => {
  it('knows no Node, Apps Script or DOM globals', () => {
    const errors = typeErrors(
      "export const leaks = [process.env.HOME, Buffer.from(''), SpreadsheetApp.getUi(), document.title];\n",
    );
    const missing = errors.map((e) => /^Cannot find name '(\w+)'/.exec(e)?.[1]);
    expect(missing).toEqual(['process', 'Buffer', 'SpreadsheetApp', 'document']);
  });

  it('has the ECMAScript library', () => {
    expect(
      typeErrors("export const ok = [Object.hasOwn({}, 'a'), [1].at(-1), new Intl.NumberFormat('ru').format(1)];\n"),
    ).toEqual([]);
  });
});
