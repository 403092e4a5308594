// docs/cli.md covers every command and option that `nastavnik --help` prints, and every exit status.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE } from '../../cli/io';
import { EXIT_PARTIAL } from '../../cli/row-problems';
import { USAGE } from '../../cli/usage';

const page = readFileSync(join(import.meta.dirname, '../../docs/cli.md'), 'utf8');
const headings = page.split('\n').filter((line) => line.startsWith('## '));

describe('docs/cli.md', () => {
  const commands = [...new Set([...USAGE.matchAll(/^ {2}npx nastavnik ([a-z][a-z-]*)/gm)].map((m) => m[1]))];

  it('has a section for every command of the usage text', () => {
    expect(commands.length).toBeGreaterThanOrEqual(7);
    for (const command of commands) {
      expect(
        headings.some((heading) => heading.slice(3).split(', ').includes(command)),
        command,
      ).toBe(true);
    }
  });

  it('describes every option of the usage text', () => {
    const options = [...new Set([...USAGE.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]))].filter((o) => o !== '--help');
    expect(options).toContain('--allow-problems');
    for (const option of options) expect(page, option).toContain(`\`${option}\``);
  });

  it('explains every exit status', () => {
    for (const code of [EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_PARTIAL])
      expect(page).toMatch(new RegExp(`^\\| ${code} \\| `, 'm'));
  });
});
