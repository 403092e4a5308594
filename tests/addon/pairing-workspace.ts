// Pairing workspaces for the add-on tests, the browser test and the bench: sheets as the curator
// would type them (invented people), a small hand-made one and seeded ones of any size.
import type { AppsScript, CellValue } from '../support/apps-script';
import { headersOf, doNotPairSheet, menteeSheet, mentorSheet, pairSheet, settingsSheet } from '../../shared/workspace';
import { random } from '../support/random';

export type Row = Record<string, CellValue>;

export interface WorkspaceSheets {
  mentors: CellValue[][];
  mentees: CellValue[][];
  pairs: CellValue[][];
  doNotPair: CellValue[][];
  settings: CellValue[][];
}

/** A grid with the spec's headers (plus `extra` headers after them) and rows given by header. */
export function grid(headers: string[], rows: Row[]): CellValue[][] {
  return [headers, ...rows.map((row) => headers.map((header) => row[header] ?? ''))];
}

export const MENTOR_HEADERS = headersOf(mentorSheet);
export const MENTEE_HEADERS = headersOf(menteeSheet);
export const PAIR_HEADERS = headersOf(pairSheet);
export const DO_NOT_PAIR_HEADERS = headersOf(doNotPairSheet);

export function settingsGrid(values: Record<string, CellValue> = {}): CellValue[][] {
  const rows = (settingsSheet.initialRows ?? []).map((row) => {
    const label = String(row[0]);
    return label in values ? [label, values[label], row[2]] : [...row];
  });
  return [headersOf(settingsSheet), ...rows];
}

function mentor(id: string, name: string, fields: Row): Row {
  return { ID: id, ФИО: name, 'Согласие на обработку ПДн': 'да', Статус: 'в реестре', 'Макс. наставляемых': 1, ...fields };
}

function mentee(id: string, name: string, fields: Row): Row {
  return { ID: id, ФИО: name, 'Согласие на обработку ПДн': 'да', Статус: 'ожидает', ...fields };
}

/**
 * Three mentors and six mentees: the three «учитель – ученик» mentees fit the two teachers'
 * three places; one peer pair; one mentee without consent; one of a form nobody mentors.
 * `Наставляемые` has the curator's own column «Заметки куратора».
 */
export function smallWorkspace(): WorkspaceSheets {
  const mentors = [
    mentor('Н1', 'Орлова Вера Сергеевна', {
      Категория: 'Педагог',
      'Формы наставничества': 'учитель – ученик',
      Компетенции: 'математика; физика',
      Интересы: 'шахматы',
      'Удобные дни': 'пн; ср',
      Формат: 'очно',
      'Макс. наставляемых': 2,
      Возраст: 41,
    }),
    mentor('Н2', 'Кедров Павел Ильич', {
      Категория: 'Педагог',
      'Формы наставничества': 'педагог – ученик',
      Компетенции: 'литература; история',
      Интересы: 'театр',
      'Удобные дни': 'вт',
      Формат: 'смешанно',
      Возраст: 35,
    }),
    mentor('Н3', 'Лунёва Анна Игоревна', {
      Категория: 'Обучающийся',
      'Класс/курс': '10А',
      'Формы наставничества': 'ученик – ученик',
      Компетенции: 'английский язык',
      Интересы: 'музыка',
      Возраст: 16,
    }),
  ];
  const mentees = [
    mentee('У1', 'Синицын Георгий', { 'Класс/курс': '7Б', 'Форма наставничества': 'учитель – ученик', Запросы: 'математика', Интересы: 'шахматы', 'Удобные дни': 'пн', 'Заметки куратора': 'звонить маме' }),
    mentee('У2', 'Пчёлкина Дарья', { 'Класс/курс': '8А', 'Форма наставничества': 'учитель – ученик', Запросы: 'литература', Интересы: 'театр', 'Удобные дни': 'вт' }),
    mentee('У3', 'Грачёв Лев', { 'Класс/курс': '6В', 'Форма наставничества': 'учитель – ученик', Запросы: 'физика', 'Удобные дни': 'ср', 'Заметки куратора': 'олимпиада' }),
    mentee('У4', 'Зябликова Ирина', { 'Класс/курс': '8Б', 'Форма наставничества': 'ученик – ученик', Запросы: 'английский язык', Интересы: 'музыка' }),
    mentee('У5', 'Скворцов Михаил', { 'Класс/курс': '5А', 'Форма наставничества': 'учитель – ученик', Запросы: 'математика', 'Согласие на обработку ПДн': 'нет' }),
    mentee('У6', 'Дроздова Анна', { 'Класс/курс': '2 курс', 'Форма наставничества': 'работодатель – студент', Запросы: 'сварка' }),
  ];
  return {
    mentors: grid(MENTOR_HEADERS, mentors),
    mentees: grid([...MENTEE_HEADERS, 'Заметки куратора'], mentees),
    pairs: [PAIR_HEADERS],
    doNotPair: [DO_NOT_PAIR_HEADERS],
    settings: settingsGrid(),
  };
}

const SUBJECTS = ['математика', 'физика', 'химия', 'биология', 'информатика', 'русский язык', 'литература', 'история', 'английский язык', 'профориентация', 'проектная деятельность', 'робототехника', 'ОГЭ', 'ЕГЭ'];
const HOBBIES = ['шахматы', 'футбол', 'рисование', 'музыка', 'театр', 'чтение', 'фотография', 'туризм', 'танцы', 'настольные игры'];
const DAYS = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб'];
const FORMATS = ['очно', 'смешанно', 'дистанционно'];
const SURNAMES = ['Белов', 'Вьюгин', 'Гаврилов', 'Ежов', 'Жаворонков', 'Зимин', 'Иволгин', 'Карпов', 'Ласточкин', 'Метелин', 'Озёров', 'Рябинин'];
const FIRST_NAMES = ['Артём', 'Богдан', 'Влас', 'Демид', 'Ефим', 'Захар', 'Игнат', 'Кирилл', 'Лев', 'Матвей'];

function some(rnd: () => number, pool: string[], min: number, max: number): string {
  const n = min + Math.floor(rnd() * (max - min + 1));
  const chosen = new Set<string>();
  while (chosen.size < n) chosen.add(pool[Math.floor(rnd() * pool.length)]);
  return [...chosen].join('; ');
}

/**
 * `menteeCount` mentees and a fifth as many mentors (at least 10) over three forms, capacities
 * 1–4, a few without consent; deterministic for a seed.
 */
export function seededWorkspace(menteeCount: number, seed = 1): WorkspaceSheets {
  const rnd = random(seed);
  const mentorCount = Math.max(10, Math.round(menteeCount / 5));
  const person = (k: number) => `${SURNAMES[Math.floor(rnd() * SURNAMES.length)]} ${FIRST_NAMES[Math.floor(rnd() * FIRST_NAMES.length)]} ${k}`;
  const mentors: Row[] = [];
  for (let k = 1; k <= mentorCount; k++) {
    const peer = rnd() < 0.35;
    mentors.push(
      mentor(`Н${k}`, person(k), {
        Категория: peer ? 'Обучающийся' : 'Педагог',
        'Класс/курс': peer ? `${9 + Math.floor(rnd() * 3)}А` : '',
        Возраст: peer ? 15 + Math.floor(rnd() * 3) : 25 + Math.floor(rnd() * 30),
        'Формы наставничества': peer ? 'ученик – ученик' : rnd() < 0.8 ? 'учитель – ученик' : 'учитель – ученик; учитель – учитель',
        Компетенции: some(rnd, SUBJECTS, 2, 5),
        Интересы: some(rnd, HOBBIES, 1, 3),
        'Удобные дни': some(rnd, DAYS, 1, 3),
        Формат: FORMATS[Math.floor(rnd() * FORMATS.length)],
        'Макс. наставляемых': 1 + Math.floor(rnd() * 4),
        'Согласие на обработку ПДн': rnd() < 0.97 ? 'да' : 'нет',
      }),
    );
  }
  const mentees: Row[] = [];
  for (let k = 1; k <= menteeCount; k++) {
    const roll = rnd();
    const form = roll < 0.4 ? 'ученик – ученик' : roll < 0.9 ? 'учитель – ученик' : 'учитель – учитель';
    const teacher = form === 'учитель – учитель';
    mentees.push(
      mentee(`У${k}`, person(k), {
        Категория: teacher ? 'Молодой педагог' : 'Обучающийся',
        'Класс/курс': teacher ? '' : `${5 + Math.floor(rnd() * 4)}Б`,
        Возраст: teacher ? 23 + Math.floor(rnd() * 4) : 11 + Math.floor(rnd() * 4),
        'Стаж, лет': teacher ? Math.floor(rnd() * 3) : '',
        'Форма наставничества': form,
        Запросы: some(rnd, SUBJECTS, 1, 3),
        Интересы: some(rnd, HOBBIES, 1, 2),
        'Удобные дни': some(rnd, DAYS, 1, 3),
        Формат: FORMATS[Math.floor(rnd() * FORMATS.length)],
        'Согласие на обработку ПДн': rnd() < 0.95 ? 'да' : 'нет',
      }),
    );
  }
  return {
    mentors: grid(MENTOR_HEADERS, mentors),
    mentees: grid(MENTEE_HEADERS, mentees),
    pairs: [PAIR_HEADERS],
    doNotPair: [DO_NOT_PAIR_HEADERS],
    settings: settingsGrid(),
  };
}

/** Puts the sheets into the stand-in's spreadsheet as if the curator had typed them. */
export function installWorkspace(gas: AppsScript, sheets: WorkspaceSheets): void {
  gas.setSheetValues(mentorSheet.name, sheets.mentors);
  gas.setSheetValues(menteeSheet.name, sheets.mentees);
  gas.setSheetValues(pairSheet.name, sheets.pairs);
  gas.setSheetValues(doNotPairSheet.name, sheets.doNotPair);
  gas.setSheetValues(settingsSheet.name, sheets.settings);
}

/**
 * A school's first pairing round, for the browser test and the README screenshot: four forms,
 * partial matches with varied scores, and three mentees no rule lets pair (no consent, the only
 * employer mentor without consent, a mentee in the top grade).
 */
export function showcaseWorkspace(): WorkspaceSheets {
  const teacher = (form: string, fields: Row): Row => ({ Категория: 'Педагог', 'Формы наставничества': form, ...fields });
  const mentors = [
    mentor('Н01', 'Орлова Вера Сергеевна', teacher('учитель – ученик', { Возраст: 41, 'Стаж, лет': 17, Компетенции: 'математика; физика; олимпиады', Интересы: 'шахматы; походы', 'Удобные дни': 'пн; ср', Формат: 'очно', 'Макс. наставляемых': 2 })),
    mentor('Н02', 'Кедров Павел Ильич', teacher('учитель – ученик', { Возраст: 35, 'Стаж, лет': 9, Компетенции: 'литература; история; публичные выступления', Интересы: 'театр; кино', 'Удобные дни': 'вт; чт', Формат: 'смешанно', 'Макс. наставляемых': 2 })),
    mentor('Н03', 'Лунёва Анна Игоревна', { Категория: 'Обучающийся', 'Класс/курс': '10А', Возраст: 16, 'Формы наставничества': 'ученик – ученик', Компетенции: 'английский язык; информатика', Интересы: 'музыка; программирование', 'Удобные дни': 'пн; пт', Формат: 'очно', 'Макс. наставляемых': 2 }),
    mentor('Н04', 'Миронов Глеб Андреевич', { Категория: 'Обучающийся', 'Класс/курс': '11Б', Возраст: 17, 'Формы наставничества': 'ученик – ученик', Компетенции: 'математика; ОГЭ', Интересы: 'футбол; шахматы', 'Удобные дни': 'ср', Формат: 'очно' }),
    mentor('Н05', 'Соболева Ольга Петровна', teacher('учитель – учитель', { Возраст: 52, 'Стаж, лет': 28, Компетенции: 'методика преподавания; классное руководство; работа с родителями', Интересы: 'чтение', 'Удобные дни': 'вт', Формат: 'очно', 'Макс. наставляемых': 2 })),
    mentor('Н06', 'Тихонов Игорь Львович', { Категория: 'Представитель предприятия', Организация: 'ООО «Сварочные технологии»', 'Формы наставничества': 'работодатель – студент', Компетенции: 'сварка', 'Согласие на обработку ПДн': 'нет' }),
  ];
  const pupil = (grade: string, form: string, fields: Row): Row => ({ Категория: 'Обучающийся', 'Класс/курс': grade, 'Форма наставничества': form, ...fields });
  const mentees = [
    mentee('У01', 'Синицын Георгий', pupil('7Б', 'учитель – ученик', { Возраст: 13, Запросы: 'математика; олимпиады', Интересы: 'шахматы', 'Удобные дни': 'пн', Формат: 'очно' })),
    mentee('У02', 'Пчёлкина Дарья', pupil('8А', 'учитель – ученик', { Возраст: 14, Запросы: 'литература; публичные выступления', Интересы: 'театр', 'Удобные дни': 'вт', Формат: 'очно' })),
    mentee('У03', 'Грачёв Лев', pupil('6В', 'учитель – ученик', { Возраст: 12, Запросы: 'физика', Интересы: 'футбол', 'Удобные дни': 'ср; пт', Формат: 'очно' })),
    mentee('У04', 'Зябликова Ирина', pupil('8Б', 'ученик – ученик', { Возраст: 14, Запросы: 'английский язык', Интересы: 'музыка', 'Удобные дни': 'пн', Формат: 'очно' })),
    mentee('У05', 'Скворцов Михаил', pupil('5А', 'учитель – ученик', { Возраст: 11, Запросы: 'математика', 'Согласие на обработку ПДн': 'нет' })),
    mentee('У06', 'Дроздова Анна', { Категория: 'Студент', 'Класс/курс': '2 курс', Возраст: 17, 'Форма наставничества': 'работодатель – студент', Запросы: 'сварка' }),
    mentee('У07', 'Воронов Пётр', pupil('7А', 'ученик – ученик', { Возраст: 13, Запросы: 'математика; ОГЭ', Интересы: 'футбол', 'Удобные дни': 'ср', Формат: 'очно' })),
    mentee('У08', 'Щеглова Полина', pupil('9А', 'ученик – ученик', { Возраст: 15, Запросы: 'информатика', Интересы: 'программирование', 'Удобные дни': 'вт', Формат: 'дистанционно' })),
    mentee('У09', 'Клестова Алина Романовна', { Категория: 'Молодой педагог', Возраст: 24, 'Стаж, лет': 1, 'Форма наставничества': 'учитель – учитель', Запросы: 'классное руководство; работа с родителями', Интересы: 'чтение', 'Удобные дни': 'вт' }),
    mentee('У10', 'Чижов Артём', pupil('8В', 'учитель – ученик', { Возраст: 14, Запросы: 'история', Интересы: 'кино', 'Удобные дни': 'чт', Формат: 'смешанно' })),
    mentee('У11', 'Свиристелева Ева', pupil('11А', 'ученик – ученик', { Возраст: 17, Запросы: 'английский язык' })),
  ];
  return {
    mentors: grid(MENTOR_HEADERS, mentors),
    mentees: grid(MENTEE_HEADERS, mentees),
    pairs: [PAIR_HEADERS],
    doNotPair: [DO_NOT_PAIR_HEADERS],
    settings: settingsGrid(),
  };
}

/** Sets one cell of a registry row, found by its ID, under `header`. */
function setCell(sheet: CellValue[][], id: string, header: string, value: CellValue): void {
  const column = sheet[0].indexOf(header);
  const row = sheet.findIndex((cells, index) => index > 0 && cells[0] === id);
  if (column < 0 || row < 0) throw new Error(`No cell ${id} / ${header}`);
  sheet[row][column] = value;
}

/**
 * The showcase typed the way a curator types: a word for a number (Кедров is left out), a Latin
 * «a» in «да» (corrected), a preference to nobody, and a mutual choice a hard rule forbids
 * (Воронов and Орлова chose each other, but she mentors another form).
 */
export function showcaseWithMistakes(): WorkspaceSheets {
  const sheets = showcaseWorkspace();
  setCell(sheets.mentors, 'Н02', 'Макс. наставляемых', 'два');
  setCell(sheets.mentors, 'Н01', 'Предпочитаемые наставляемые', 'У07');
  setCell(sheets.mentees, 'У07', 'Предпочитаемый наставник', 'Н01');
  setCell(sheets.mentees, 'У04', 'Согласие на обработку ПДн', 'дa');
  setCell(sheets.mentees, 'У02', 'Предпочитаемый наставник', 'Н404');
  return sheets;
}
