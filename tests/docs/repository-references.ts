// Finds references from the repository's files to documents that are not in the repository: design
// notes and source files that users never get, and Markdown links or `*.md` names that lead nowhere.
import { posix } from 'node:path';

export interface RepositoryFile {
  path: string;
  text: string;
}

export interface DanglingReference {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** Names of documents that exist only outside the repository. */
const OUTSIDE_DOCUMENTS: ReadonlyArray<[pattern: RegExp, why: string]> = [
  [/CONTRACTS/, 'cites the contracts note, which is not in the repository'],
  [/\bDOMAIN\.md/, 'cites DOMAIN.md, which is not in the repository'],
  [/\bARCHITECTURE\.md/, 'cites ARCHITECTURE.md, which is not in the repository'],
  [/\bseeds\//i, 'cites the seed documents, which are not in the repository'],
  [/\bseeds? 0\d/i, 'cites a seed document by number; name the public source by its title instead'],
  [/\/work\/shared\b/, 'points to a folder outside the repository'],
];

const SCHEMES = /^[a-z][a-z0-9+.-]*:/i;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The repository path a reference from `from` leads to, or null when it leaves the repository. */
function resolve(from: string, target: string): string | null {
  const joined = posix.normalize(posix.join(posix.dirname(from), target));
  return joined === '..' || joined.startsWith('../') ? null : joined.replace(/\/$/, '');
}

export class RepositoryIndex {
  private readonly files: Set<string>;
  private readonly folders = new Set<string>(['.']);

  constructor(paths: readonly string[]) {
    this.files = new Set(paths);
    for (const path of paths) {
      for (let dir = posix.dirname(path); dir !== '.'; dir = posix.dirname(dir)) this.folders.add(dir);
    }
  }

  has(path: string): boolean {
    return this.files.has(path) || this.folders.has(path);
  }

  /** A module specifier as TypeScript resolves it: the file, with an extension, or a folder's index. */
  hasModule(path: string): boolean {
    return ['', '.ts', '.d.ts', '.mts', '.d.mts', '.js', '.mjs', '.json', '/index.ts'].some((ext) =>
      this.files.has(path + ext),
    );
  }
}

function checkLink(file: string, target: string, repo: RepositoryIndex): string | null {
  const path = decodeURI(target.trim().replace(/^<|>$/g, '').split(/[#?]/)[0]);
  if (path === '' || SCHEMES.test(path) || path.startsWith('/')) return null;
  const resolved = resolve(file, path);
  if (resolved === null) return `link «${target}» leaves the repository`;
  return repo.has(resolved) ? null : `link «${target}» leads to ${resolved}, which is not in the repository`;
}

/** Every dangling reference of the given files, against the repository's file list. */
export function danglingReferences(files: readonly RepositoryFile[], repo: RepositoryIndex): DanglingReference[] {
  const dangling: DanglingReference[] = [];
  const report = (file: RepositoryFile, index: number, why: string) => {
    const line = lineOf(file.text, index);
    dangling.push({ file: file.path, line, text: file.text.split('\n')[line - 1].trim().slice(0, 160), why });
  };
  for (const file of files) {
    for (const [pattern, why] of OUTSIDE_DOCUMENTS) {
      for (const match of file.text.matchAll(new RegExp(pattern.source, pattern.flags + 'g')))
        report(file, match.index, why);
    }
    // Relative module paths and file names into a `shared` folder must stay inside the repository.
    for (const match of file.text.matchAll(/(?:\.\.\/)+shared\b[\w./-]*/g)) {
      const resolved = resolve(file.path, match[0]);
      if (resolved === null || !(repo.has(resolved) || repo.hasModule(resolved))) {
        report(file, match.index, `«${match[0]}» is not a path in the repository`);
      }
    }
    // Names of Markdown documents, in prose or comments: from the repository root or from the file.
    for (const match of file.text.matchAll(/(?<![\w./-])(?:[\w.-]+\/)*[\w.-]+\.md\b/g)) {
      const name = match[0];
      const fromFile = resolve(file.path, name);
      const found = name.startsWith('../')
        ? fromFile !== null && repo.has(fromFile)
        : repo.has(name) || (fromFile !== null && repo.has(fromFile));
      if (found) continue;
      report(file, match.index, `names ${name}, which is not in the repository`);
    }
    if (file.path.endsWith('.md')) {
      for (const match of file.text.matchAll(/!?\[[^\]\n]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)|<img\s[^>]*src="([^"]+)"/g)) {
        const why = checkLink(file.path, match[1] ?? match[2], repo);
        if (why) report(file, match.index, why);
      }
    }
  }
  return dangling;
}
