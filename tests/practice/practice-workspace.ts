// A workspace whose personalised programmes ended: the programme year of tests/cli plus a completed
// group (Н1 with three pupils of the 8th grade), its meetings, and entry/exit measurements of the
// group, of a single mentee (П3) and of the mentor — as row objects by header, for the xlsx CLI
// tests and the add-on's stand-in alike.
import { measurementItems } from '../../shared/monitoring';
import { headersOf, type SheetSpec } from '../../shared/workspace';
import { menteeRows, mentorRows, pairRows } from '../cli/programme-workspace';

type Row = Record<string, string | number | Date>;
const day = (d: number, m: number, y: number) => new Date(Date.UTC(y, m - 1, d));

export const groupMentees: Row[] = [
  {
    ID: 'У5',
    ФИО: 'Белова Алиса Сергеевна',
    Категория: 'Обучающийся',
    Возраст: 14,
    'Класс/курс': '8А',
    'Форма наставничества': 'учитель – ученик',
    'Согласие на обработку ПДн': 'да',
    Статус: 'завершил',
  },
  {
    ID: 'У6',
    ФИО: 'Киселёв Артём Ильич',
    Категория: 'Обучающийся',
    Возраст: 14,
    'Класс/курс': '8Б',
    'Форма наставничества': 'учитель – ученик',
    'Согласие на обработку ПДн': 'да',
    Статус: 'завершил',
  },
  {
    ID: 'У7',
    ФИО: 'Мельник Вера Олеговна',
    Категория: 'Обучающийся',
    Возраст: 15,
    'Класс/курс': '8Б',
    'Форма наставничества': 'учитель – ученик',
    'Согласие на обработку ПДн': 'да',
    Статус: 'завершил',
  },
];

const groupPair = (menteeId: string, name: string): Row => ({
  'ID пары': 'П5',
  Форма: 'учитель – ученик',
  'Наставник ID': 'Н1',
  Наставник: 'Сидоренко Галина Фёдоровна',
  'Наставляемый ID': menteeId,
  Наставляемый: name,
  Статус: 'завершена',
  'Дата начала': day(1, 10, 2024),
});

export const practiceMentors = mentorRows;
export const practiceMentees: Row[] = [...menteeRows, ...groupMentees];
export const practicePairs: Row[] = [...pairRows, ...groupMentees.map((m) => groupPair(String(m.ID), String(m.ФИО)))];

const meeting = (pairId: string, type: string, date: Date, topic = '') => ({
  'ID пары': pairId,
  'Тип встречи': type,
  Дата: date,
  ...(topic ? { Тема: topic } : {}),
});
export const practiceMeetings: Row[] = [
  meeting('П5', 'знакомство', day(7, 10, 2024), 'Знакомство с Алисой, Артёмом и Верой'),
  meeting('П5', 'регулярная', day(14, 1, 2025)),
  meeting('П5', 'итоговая', day(20, 5, 2025)),
  meeting('П3', 'итоговая', day(20, 3, 2025)),
];

const softSkills = measurementItems.filter((item) => item.parameter === 'softSkills');
const measurement = (id: string, role: string, wave: string, score: number): Row => ({
  'Ваш код участника': id,
  'Ваша роль в программе': role,
  'Когда вы заполняете анкету?': wave,
  ...Object.fromEntries(softSkills.map((item) => [item.text, score])),
});
/** Group П5: soft skills 4, 5, 6 at entry (mean 5) and 7, 8, 6 at exit (mean 7); П3's one mentee; the mentor's own. */
export const practiceMeasurements: Row[] = [
  measurement('У5', 'наставляемый', 'входной', 4),
  measurement('У6', 'наставляемый', 'входной', 5),
  measurement('У7', 'наставляемый', 'входной', 6),
  measurement('У5', 'наставляемый', 'итоговый', 7),
  measurement('У6', 'наставляемый', 'итоговый', 8),
  measurement('У7', 'наставляемый', 'итоговый', 6),
  measurement('У3', 'наставляемый', 'входной', 3),
  measurement('У3', 'наставляемый', 'итоговый', 9),
  measurement('Н1', 'наставник', 'входной', 2),
  measurement('Н1', 'наставник', 'итоговый', 10),
];

/** What of the mentees may never be in a card: names, name parts, IDs, the meeting topic naming them. */
export const MENTEE_DATA: string[] = [
  ...practiceMentees.flatMap((row) => [String(row.ФИО), ...String(row.ФИО).split(' '), String(row.ID)]),
  'Знакомство с Алисой',
];

/** Rows by header → a grid under the sheet's headers. */
export function gridOf(spec: SheetSpec, rows: readonly Row[]): unknown[][] {
  const headers = headersOf(spec);
  return [headers, ...rows.map((row) => headers.map((header) => row[header] ?? ''))];
}
