// An xlsx workspace in the middle of a programme year, made by `init` and filled the way a curator
// would: registries full of personal data (names, e-mails, phones), pairs, final questionnaire
// answers with free text, and the report rows of «Настройки».
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { headersOf, type SheetSpec, WORKSPACE_SHEETS } from '../../shared/workspace';
import { loadWorkbook, runCli } from './helpers';

type Row = Record<string, string | number | Date>;

export const mentorRows: Row[] = [
  {
    ID: 'Н1',
    ФИО: 'Сидоренко Галина Фёдоровна',
    Категория: 'Педагог',
    Организация: 'МБОУ «Лицей № 3»',
    Возраст: 48,
    'Стаж, лет': 25,
    'Формы наставничества': 'учитель – ученик; учитель – учитель',
    'Согласие на обработку ПДн': 'да',
    Статус: 'в реестре',
    Email: 'galina.sidorenko@example.ru',
    Телефон: '+7 905 111-22-33',
  },
  {
    ID: 'Н2',
    ФИО: 'Жуков Роман Алексеевич',
    Категория: 'Представитель предприятия',
    Организация: 'ООО «Кузбасский механический завод»',
    'ИНН организации': '4205012340',
    Возраст: 39,
    'Формы наставничества': 'работодатель – студент',
    'Согласие на обработку ПДн': 'да',
    Статус: 'в реестре',
    Email: 'roman.zhukov@kmz.example.ru',
    Телефон: '+7 923 444-55-66',
  },
  {
    ID: 'Н3',
    ФИО: 'Алексеева Дарья Романовна',
    Категория: 'Обучающийся',
    Возраст: 16,
    'Класс/курс': '10А',
    'Формы наставничества': 'ученик – ученик',
    'Согласие на обработку ПДн': 'да',
    Статус: 'в реестре',
    Email: 'daria.alexeeva@example.ru',
    Телефон: '8-913-777-88-99',
  },
];

export const menteeRows: Row[] = [
  {
    ID: 'У1',
    ФИО: 'Никитин Павел Олегович',
    Категория: 'Обучающийся',
    Возраст: 13,
    'Класс/курс': '7Б',
    'Форма наставничества': 'учитель – ученик',
    'Согласие на обработку ПДн': 'да',
    Статус: 'в паре',
  },
  {
    ID: 'У2',
    ФИО: 'Громова Елена Игоревна',
    Категория: 'Обучающийся',
    Возраст: 12,
    'Класс/курс': '6А',
    'Форма наставничества': 'ученик – ученик',
    'Согласие на обработку ПДн': 'да',
    Статус: 'в паре',
  },
  {
    ID: 'У3',
    ФИО: 'Фролов Степан Денисович',
    Категория: 'Студент',
    Возраст: 17,
    'Класс/курс': '2 курс',
    'Форма наставничества': 'работодатель – студент',
    'Согласие на обработку ПДн': 'да',
    Статус: 'завершил',
  },
  {
    ID: 'У4',
    ФИО: 'Тарасова Ксения Андреевна',
    Категория: 'Молодой педагог',
    Возраст: 24,
    'Стаж, лет': 1,
    'Форма наставничества': 'учитель – учитель',
    'Согласие на обработку ПДн': 'да',
    Статус: 'в паре',
  },
];

const names = new Map([...mentorRows, ...menteeRows].map((row) => [row.ID, row.ФИО]));
const pair = (pairId: string, form: string, mentorId: string, menteeId: string, status: string): Row => ({
  'ID пары': pairId,
  Форма: form,
  'Наставник ID': mentorId,
  Наставник: names.get(mentorId) ?? '',
  'Наставляемый ID': menteeId,
  Наставляемый: names.get(menteeId) ?? '',
  Статус: status,
  'Дата начала': new Date(Date.UTC(2024, 9, 1)),
});

export const pairRows: Row[] = [
  pair('П1', 'учитель – ученик', 'Н1', 'У1', 'утверждена'),
  pair('П2', 'ученик – ученик', 'Н3', 'У2', 'утверждена'),
  pair('П3', 'работодатель – студент', 'Н2', 'У3', 'завершена'),
  pair('П4', 'учитель – учитель', 'Н1', 'У4', 'утверждена'),
];

export const FREE_ANSWER = 'Спасибо Галине Фёдоровне за терпение и разборы задач';

const answer = (participant: string, role: string, overall: number, useful = ''): Row => ({
  'Отметка времени': new Date(Date.UTC(2025, 4, 20, 9, 30)),
  'Ваш код участника': participant,
  'Ваша роль в программе': role,
  'Оцените в целом, насколько вы удовлетворены участием в программе наставничества': overall,
  'Что было для вас самым полезным?': useful,
});

export const satisfactionRows: Row[] = [
  answer('Н1', 'наставник', 9),
  answer('Н2', 'наставник', 6),
  answer('У1', 'наставляемый', 8, FREE_ANSWER),
  answer('У3', 'наставляемый', 10),
  answer('У2', 'наставляемый', 5),
];

export const SETTINGS: Record<string, string | number> = {
  'Наименование организации': 'МБОУ «Лицей № 3»',
  'Код организации в регионе': '42-0003',
  Муниципалитет: 'Прокопьевский городской округ',
  'Тип организации': 'лицей',
  'Обучающихся 10–19 лет': 400,
  'Обучающихся 15–19 лет': 150,
  Педагогов: 45,
  'Молодых педагогов (стаж 0–3 года)': 6,
  'Наставнических практик': 1,
};

/** Everything personal the workspace holds: none of it may leave in a report. */
export const PERSONAL_DATA: string[] = [
  ...[...mentorRows, ...menteeRows].flatMap((row) => [String(row.ФИО), ...String(row.ФИО).split(' ')]),
  ...mentorRows.flatMap((row) => [String(row.Email), String(row.Телефон), String(row.Телефон).replace(/\D/g, '')]),
  FREE_ANSWER,
];

/** The report the workspace gives for 2024 (counted by hand). */
export const EXPECTED_REPORT = {
  schemaVersion: 1,
  school: { id: '42-0003', name: 'МБОУ «Лицей № 3»', municipality: 'Прокопьевский городской округ', kind: 'school' },
  period: '2024',
  contingent: { students10to19: 400, students15to19: 150, teachers: 45, youngTeachers: 6 },
  // Mentee students 10–19: У1 (13), У2 (12), У3 (17); mentor student 15–19: Н3 (16); young teacher: У4;
  // mentor teacher: Н1 (two pairs, one person); mentor employee: Н2.
  participants: {
    menteeStudents10to19: 3,
    mentorStudents15to19: 1,
    menteeYoungTeachers: 1,
    mentorTeachers: 1,
    mentorEmployees: 1,
  },
  enterprises: [{ inn: '4205012340', name: 'ООО «Кузбасский механический завод»' }],
  pairs: [
    { form: 'student-student', active: 1, completed: 0 },
    { form: 'teacher-teacher', active: 1, completed: 0 },
    { form: 'teacher-student', active: 1, completed: 0 },
    { form: 'employer-student', active: 0, completed: 1 },
  ],
  // Mentors: Н1 9 (satisfied), Н2 6. Mentees: У1 8, У3 10 (satisfied), У2 5.
  satisfaction: { mentors: { respondents: 2, satisfied: 1 }, mentees: { respondents: 3, satisfied: 2 } },
  programs: 4,
  practices: 1,
};

/** Writes rows of {header: value} under the sheet's headers. */
export function fillRows(sheet: ExcelJS.Worksheet, spec: SheetSpec, rows: readonly Row[]): void {
  const headers = headersOf(spec);
  for (const row of rows) {
    for (const key of Object.keys(row)) expect(headers, `${spec.name}: ${key}`).toContain(key);
    sheet.addRow(headers.map((header) => row[header] ?? null));
  }
}

/** Sets `Значение` of the «Настройки» rows named in `values` (rows made by `init`). */
export function setSettings(sheet: ExcelJS.Worksheet, values: Record<string, string | number>): void {
  const found = new Set<string>();
  sheet.eachRow((row) => {
    const label = String(row.getCell(1).value ?? '');
    if (label in values) {
      row.getCell(2).value = values[label];
      found.add(label);
    }
  });
  expect([...found].sort()).toEqual(Object.keys(values).sort());
}

const spec = (name: string) => WORKSPACE_SHEETS.find((sheet) => sheet.name === name)!;

/** `init`, then the programme year's data; `edit` may change the workbook before it is saved. */
export async function programmeWorkspace(dir: string, edit?: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const path = join(dir, 'workspace.xlsx');
  expect((await runCli(['init', path])).code).toBe(0);
  const workbook = await loadWorkbook(path);
  for (const [name, rows] of [
    ['Наставники', mentorRows],
    ['Наставляемые', menteeRows],
    ['Пары', pairRows],
    ['Итоговая анкета', satisfactionRows],
  ] as const) {
    fillRows(workbook.getWorksheet(name)!, spec(name), rows);
  }
  setSettings(workbook.getWorksheet('Настройки')!, SETTINGS);
  edit?.(workbook);
  await workbook.xlsx.writeFile(path);
  return path;
}
