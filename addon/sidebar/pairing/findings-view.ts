// What the registries said about this run: rows left out (with sheet, row, column and what to
// do), participants' preferences that were not honoured, and values corrected on the way.
import type { LeftOutCounts } from '../../server/pairing/wire';
import { h } from '../../../ui/dom';
import { count } from './words';

export interface Findings {
  problems: string[];
  leftOut: LeftOutCounts;
  corrections: string[];
  /** Absent before the first run: preferences are known only once pairs are chosen. */
  preferences?: string[];
}

/** Lists this long or shorter start open. */
const OPEN_UP_TO = 5;

export function renderFindings(findings: Findings): HTMLElement[] {
  const sections: HTMLElement[] = [];
  if (findings.problems.length > 0) {
    sections.push(
      section(
        'left-out',
        leftOutTitle(findings),
        findings.problems,
        'Исправьте эти строки и нажмите «Подобрать пары» снова — тогда они будут учтены.',
      ),
    );
  }
  const preferences = findings.preferences ?? [];
  if (preferences.length > 0) {
    sections.push(
      section(
        'preferences',
        `Пожелания участников · ${preferences.length}`,
        preferences,
        'Взаимные выборы, которые не выполнены, — первыми.',
      ),
    );
  }
  if (findings.corrections.length > 0) {
    sections.push(
      section(
        'corrections',
        `Исправлено и учтено · ${findings.corrections.length}`,
        findings.corrections,
        'Эти строки участвуют в подборе; исправьте значения в таблице, чтобы замечание ушло.',
      ),
    );
  }
  return sections;
}

/** «Не участвуют в подборе: 1 наставник и 2 наставляемых» — or the number of rows when nobody is left out. */
function leftOutTitle({ leftOut, problems }: Findings): string {
  const people = [
    leftOut.mentors > 0 ? count(leftOut.mentors, 'наставник', 'наставника', 'наставников') : '',
    leftOut.mentees > 0 ? count(leftOut.mentees, 'наставляемый', 'наставляемых', 'наставляемых') : '',
  ].filter(Boolean);
  const rows = `строки с ошибками · ${problems.length}`;
  return people.length > 0 ? `Не участвуют в подборе: ${people.join(' и ')} — ${rows}` : `Не учтены ${rows}`;
}

function section(kind: string, title: string, lines: string[], hint: string): HTMLElement {
  return h(
    'details',
    { class: `findings findings-${kind}`, open: lines.length <= OPEN_UP_TO },
    h('summary', {}, title),
    h(
      'ul',
      {},
      lines.map((line) => h('li', {}, line)),
    ),
    h('p', { class: 'muted small' }, hint),
  );
}
