// The subset of the Drive v3 `q` language the service may send. Like Drive, an unknown query term
// (there is no `id` term, for instance) is refused with 400 "Invalid Value".
export interface DriveFileFacts {
  title: string;
  modifiedTime: string;
  trashed: boolean;
}

type Predicate = (file: DriveFileFacts) => boolean;

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

export class InvalidQuery extends Error {}

export function parseDriveQuery(q: string | undefined): Predicate {
  if (!q || q.trim() === '') return () => true;
  const terms = splitAnd(q).map(parseTerm);
  return (file) => terms.every((t) => t(file));
}

function splitAnd(q: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < q.length; i++) {
    const ch = q[i];
    if (ch === '\\' && quoted) {
      cur += ch + (q[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (ch === "'") quoted = !quoted;
    if (!quoted && /^\s+and\s+/i.test(q.slice(i))) {
      parts.push(cur);
      i += /^\s+and\s+/i.exec(q.slice(i))![0].length - 1;
      cur = '';
      continue;
    }
    cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim());
}

function parseTerm(term: string): Predicate {
  const m = /^(\w+)\s*(=|!=|<=|>=|<|>|contains)\s*(.+)$/.exec(term);
  if (!m) throw new InvalidQuery(term);
  const [, field, op, raw] = m;
  const value = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/\\'/g, "'") : raw;
  switch (field) {
    case 'mimeType':
      if (op !== '=' && op !== '!=') throw new InvalidQuery(term);
      return () => (op === '=') === (value === SPREADSHEET_MIME);
    case 'trashed':
      if (op !== '=' && op !== '!=') throw new InvalidQuery(term);
      return (f) => (op === '=') === (String(f.trashed) === value);
    case 'name':
      if (op === 'contains') return (f) => f.title.includes(value);
      if (op !== '=' && op !== '!=') throw new InvalidQuery(term);
      return (f) => (op === '=') === (f.title === value);
    case 'modifiedTime': {
      const t = Date.parse(value);
      if (Number.isNaN(t) || op === 'contains') throw new InvalidQuery(term);
      return (f) => compare(Date.parse(f.modifiedTime), op, t);
    }
    default:
      throw new InvalidQuery(term);
  }
}

function compare(a: number, op: string, b: number): boolean {
  switch (op) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a >= b;
  }
}
