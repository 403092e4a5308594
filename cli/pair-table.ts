// The proposed pairs as a text table for the terminal: one line per mentee, the mentor written
// once for the mentees that share them in one form.
import { countOf, formName } from '../shared/catalogue';
import type { PairingResult, ProposedPair } from '../shared/pairing';
import { reasonsText } from '../shared/registry/pair-writer';
import type { PairingInput } from '../shared/registry/pairing-input';

/** How many reasons for a pair the table shows; the sheet «Пары» and --json have them all. */
const MAIN_REASONS = 2;
const PAIRS = ['пара', 'пары', 'пар'] as const;
const MENTEES = ['наставляемый', 'наставляемых', 'наставляемых'] as const;

export function pairTable(result: PairingResult, input: PairingInput): string {
  if (result.pairs.length === 0) return 'Предложенных пар нет.\n';
  const mentorName = new Map(input.mentors.map((mentor) => [mentor.id, mentor.fullName]));
  const menteeName = new Map(input.mentees.map((mentee) => [mentee.id, mentee.fullName]));
  const header = ['Наставник', 'Наставляемый', 'Форма', 'Совместимость', 'Почему подобраны'];
  const rows: string[][] = [];
  let previous = '';
  const groups = new Set<string>();
  for (const pair of result.pairs) {
    const group = `${pair.mentorId}\u0000${pair.form}`;
    groups.add(group);
    const first = group !== previous;
    previous = group;
    rows.push([
      first ? `${pair.mentorId} ${mentorName.get(pair.mentorId) ?? ''}`.trim() : '',
      `${pair.menteeId} ${menteeName.get(pair.menteeId) ?? ''}`.trim(),
      first ? formName(pair.form) : '',
      String(pair.score),
      mainReasons(pair),
    ]);
  }
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1 ? cell : column === 3 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join('  ')
      .trimEnd();
  // «Пара» is a mentor with the mentees of one form (one ID of pair); each mentee is a line.
  const title = `Предложенные пары: ${countOf(groups.size, PAIRS)} (${countOf(result.pairs.length, MENTEES)} с наставником)`;
  return `${title}\n${line(header)}\n${rows.map(line).join('\n')}\n\n`;
}

function mainReasons(pair: ProposedPair): string {
  return reasonsText({ reasons: pair.reasons.slice(0, MAIN_REASONS), against: pair.against });
}
