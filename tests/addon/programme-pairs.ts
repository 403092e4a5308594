// A workspace of N confirmed one-to-one pairs for programme generation (tests and bench), and the
// programme Docs found in the stand-in's Drive.
import { menteeSheet, mentorSheet, pairSheet } from '../../shared/workspace';
import type { AppsScript } from '../support/apps-script';

function rowsOf(headers: string[], records: Record<string, string | number>[]): (string | number)[][] {
  return [headers, ...records.map((r) => headers.map((h) => r[h] ?? ''))];
}

const id = (prefix: string, i: number) => `${prefix}${String(i + 1).padStart(3, '0')}`;

/** Mentors Н001…, mentees У001… and confirmed pairs П001… (mentor i with mentee i). */
export function setPairs(gas: AppsScript, count: number): void {
  const n = Array.from({ length: count }, (_, i) => i);
  gas.setSheetValues(mentorSheet.name, rowsOf(mentorSheet.columns.map((c) => c.header), n.map((i) => ({
    ID: id('Н', i), ФИО: `Наставник ${i + 1}`, Категория: 'Педагог', 'Стаж, лет': 20, 'Формы наставничества': 'учитель – учитель', 'Согласие на обработку ПДн': 'да',
  }))));
  gas.setSheetValues(menteeSheet.name, rowsOf(menteeSheet.columns.map((c) => c.header), n.map((i) => ({
    ID: id('У', i), ФИО: `Наставляемый ${i + 1}`, Категория: 'Молодой педагог', 'Стаж, лет': 1, 'Форма наставничества': 'учитель – учитель', Запросы: 'Методика преподавания', 'Согласие на обработку ПДн': 'да', Статус: 'в паре',
  }))));
  gas.setSheetValues(pairSheet.name, rowsOf(pairSheet.columns.map((c) => c.header), n.map((i) => ({
    'ID пары': id('П', i), Форма: 'учитель – учитель', 'Наставник ID': id('Н', i), Наставник: `Наставник ${i + 1}`, 'Наставляемый ID': id('У', i), Наставляемый: `Наставляемый ${i + 1}`, Статус: 'утверждена', 'Дата начала': '01.09.2025',
  }))));
}

/** Programme Docs in the stand-in's Drive, by pair id (a duplicate shows as a count above 1). */
export function programmes(gas: AppsScript): Map<string, number> {
  const byPair = new Map<string, number>();
  for (const e of gas.drive.entries.values()) {
    const m = /^Программа наставничества — пара (.+)$/.exec(e.name);
    if (m && e.mimeType === 'application/vnd.google-apps.document') byPair.set(m[1], (byPair.get(m[1]) ?? 0) + 1);
  }
  return byPair;
}
