// The new academic year: what the finished year's archive holds and what the working sheets become.
// Pure: sheets in (as grids, in workbook order), sheets out; the add-on and the CLI write them.
// - The archive is a copy of EVERY sheet as it stands (whatever sheets exist, the curator's own
//   included), plus «Итоги переноса»: nothing of the year can be lost.
// - Working sheets keep what goes on: every mentor, mentees still waiting, active pairs when the
//   curator carries them over (with their meetings and measurements); the rest of the year's pairs,
//   meetings, answers are removed (they stay in the archive). Whole rows move, so the curator's
//   own columns stay with their rows; the curator's own sheets are never changed.
// - Sheets the product computes are reset; the roadmap is laid out for the new year; «Настройки»
//   gets the new year and the archive's link, and the year's own counts are cleared.
import { normalizeText } from '../catalogue/normalize';
import { formatDayRu, type Day } from '../meetings';
import { meetingSheet } from '../meetings/sheet';
import { progressSheet } from '../meetings/progress-sheet';
import { indicatorSheet } from '../indicators/sheet';
import { academicYear, type AcademicYear } from '../roadmap/academic-year';
import { buildRoadmap } from '../roadmap/roadmap';
import { roadmapCells } from '../roadmap/read-roadmap';
import { roadmapSheet } from '../roadmap/sheet';
import { cellText, isEmptyRow, matchHeaders, normalizeHeader } from '../tables';
import {
  findSheetName,
  measurementAnswerSheet,
  menteeSheet,
  mentorSheet,
  monitoringReportSheet,
  pairSheet,
  satisfactionAnswerSheet,
  settingsSheet,
  swotAnswerSheet,
  type SheetSpec,
} from '../workspace';

export type Grid = unknown[][];
export interface SheetGrid {
  name: string;
  grid: Grid;
}

export type ActivePairsChoice = 'carry' | 'complete';

export interface NewYearRequest {
  /** The start year of the new academic year (2027 → 2027/2028; 2026/2027 is archived). */
  newYear: number;
  activePairs: ActivePairsChoice;
  today: Day;
  /** Where the archive is (a link in Google, a file name in the CLI); written into «Настройки». */
  archiveLink?: string;
}

export interface NewYearCounts {
  sheets: number;
  rows: number;
  carriedPairs: number;
  completedNow: number;
  archivedPairs: { completed: number; terminated: number; proposed: number };
  meetingsArchived: number;
  meetingsKept: number;
  answersArchived: number;
  measurementsKept: number;
  mentors: number;
  menteesLeft: number;
  menteesWaiting: number;
}

export interface NewYearPlan {
  finished: AcademicYear;
  next: AcademicYear;
  archiveTitle: string;
  /** Every sheet as it is, then the summary sheet. */
  archive: SheetGrid[];
  /** New content of the working sheets that change, padded to cover what they held. */
  changes: SheetGrid[];
  /** The working sheets left as they are (the curator's own among them). */
  untouched: string[];
  counts: NewYearCounts;
  /** Russian lines for the curator: what is archived, what carries over, what is reset. */
  preview: string[];
}

export const SUMMARY_SHEET = 'Итоги переноса';
export const YEAR_SETTING = 'Учебный год';
export const archiveSetting = (year: AcademicYear) => `Архив ${year.label}`;
const YEARLY_COUNTS = ['Персонализированных программ наставничества', 'Наставнических практик'];

export function archiveTitle(finished: AcademicYear, organisation = ''): string {
  return `Наставничество — архив ${finished.label}${organisation ? ` — ${organisation}` : ''}`;
}

/** The finished year's archive row of «Настройки», when the year was archived already. */
export function archivedAlready(sheets: readonly SheetGrid[], finished: AcademicYear): string | null {
  const settings = byName(sheets, settingsSheet.name);
  if (!settings) return null;
  const label = normalizeText(archiveSetting(finished));
  const row = settings.grid.find((r) => normalizeHeader(r[0]) === label && cellText(r[1]) !== '');
  return row ? cellText(row[1]) : null;
}

export function planNewYear(
  sheets: readonly SheetGrid[],
  request: NewYearRequest,
): { ok: true; plan: NewYearPlan } | { ok: false; reason: string } {
  const next = academicYear(request.newYear);
  const finished = academicYear(request.newYear - 1);
  const done = archivedAlready(sheets, finished);
  if (done !== null) {
    return {
      ok: false,
      reason: `${finished.label} учебный год уже перенесён в архив (${done}); второй раз он не архивируется. Ничего не изменено.`,
    };
  }
  const organisation = settingValue(byName(sheets, settingsSheet.name)?.grid, 'Наименование организации');
  const title = archiveTitle(finished, organisation);
  const changes = new Map<string, Grid>();
  const counts: NewYearCounts = {
    sheets: sheets.length,
    rows: sheets.reduce((sum, s) => sum + Math.max(0, s.grid.length - 1), 0),
    carriedPairs: 0,
    completedNow: 0,
    archivedPairs: { completed: 0, terminated: 0, proposed: 0 },
    meetingsArchived: 0,
    meetingsKept: 0,
    answersArchived: 0,
    measurementsKept: 0,
    mentors: 0,
    menteesLeft: 0,
    menteesWaiting: 0,
  };

  // «Пары»: carried rows stay; the rest goes to the archive.
  const carriedPairs = new Set<string>();
  const carriedPeople = new Set<string>();
  const pairedMentees = new Set<string>();
  const completedNow: string[] = [];
  const pairs = byName(sheets, pairSheet.name);
  if (pairs) {
    const col = columns(pairs.grid, pairSheet);
    const kept = keepRows(pairs.grid, (row) => {
      const status = normalizeText(cellText(row[col.status ?? -1]));
      const pairId = cellText(row[col.pairId ?? -1]);
      const mentee = normalizeText(cellText(row[col.menteeId ?? -1]));
      if (status !== 'предложена' && mentee) pairedMentees.add(mentee);
      if (status === 'утверждена' && request.activePairs === 'carry') {
        if (pairId) carriedPairs.add(pairId);
        carriedPeople.add(mentee).add(normalizeText(cellText(row[col.mentorId ?? -1])));
        return true;
      }
      if (status === 'утверждена') completedNow.push(pairId);
      else if (status === 'завершена') counts.archivedPairs.completed++;
      else if (status === 'расторгнута') counts.archivedPairs.terminated++;
      else counts.archivedPairs.proposed++;
      return false;
    });
    counts.carriedPairs = carriedPairs.size;
    counts.completedNow = new Set(completedNow).size;
    changes.set(pairs.name, kept);
  }

  // «Наставляемые»: who took part and has no pair going on is marked «завершил»; the rest wait.
  const mentees = byName(sheets, menteeSheet.name);
  if (mentees) {
    const col = columns(mentees.grid, menteeSheet);
    const grid = mentees.grid.map((row) => [...row]);
    let marked = 0;
    for (const row of grid.slice(1)) {
      if (isEmptyRow(row) || col.id === undefined || col.status === undefined) continue;
      const id = normalizeText(cellText(row[col.id]));
      if (pairedMentees.has(id) && !carriedPeople.has(id)) {
        counts.menteesLeft++;
        if (normalizeText(cellText(row[col.status])) !== 'завершил') {
          row[col.status] = 'завершил';
          marked++;
        }
      } else if (!carriedPeople.has(id) && normalizeText(cellText(row[col.status])) !== 'завершил')
        counts.menteesWaiting++;
    }
    if (marked > 0) changes.set(mentees.name, grid);
  }
  counts.mentors = dataRows(byName(sheets, mentorSheet.name)?.grid).length;

  // The year's meetings and answers; the carried pairs keep theirs.
  const meetings = byName(sheets, meetingSheet.name);
  if (meetings) {
    const col = columns(meetings.grid, meetingSheet);
    const kept = keepRows(meetings.grid, (row) => carriedPairs.has(cellText(row[col.pairId ?? -1])));
    counts.meetingsKept = dataRows(kept).length;
    counts.meetingsArchived = dataRows(meetings.grid).length - counts.meetingsKept;
    changes.set(meetings.name, kept);
  }
  const measurements = byName(sheets, measurementAnswerSheet.name);
  if (measurements) {
    const col = columns(measurements.grid, measurementAnswerSheet);
    const kept = keepRows(measurements.grid, (row) =>
      carriedPeople.has(normalizeText(cellText(row[col.participantId ?? -1]))),
    );
    counts.measurementsKept = dataRows(kept).length;
    counts.answersArchived += dataRows(measurements.grid).length - counts.measurementsKept;
    changes.set(measurements.name, kept);
  }
  for (const spec of [satisfactionAnswerSheet, swotAnswerSheet]) {
    const answers = byName(sheets, spec.name);
    if (!answers) continue;
    counts.answersArchived += dataRows(answers.grid).length;
    changes.set(
      answers.name,
      keepRows(answers.grid, () => false),
    );
  }

  // Sheets the product computes start empty; the roadmap starts over for the new year.
  const reset: string[] = [];
  const resetSpec = (spec: SheetSpec, rows: readonly (readonly unknown[])[]) => {
    const sheet = byName(sheets, spec.name);
    if (!sheet) return;
    changes.set(sheet.name, rewriteSpecColumns(sheet.grid, spec, rows));
    reset.push(sheet.name);
  };
  resetSpec(progressSheet, []);
  resetSpec(indicatorSheet, indicatorSheet.initialRows ?? []);
  const monitoring = byName(sheets, monitoringReportSheet.name);
  if (monitoring) {
    const rows = [
      monitoringReportSheet.columns.map((c) => c.header),
      ...(monitoringReportSheet.initialRows ?? []).map((r) => [...r]),
    ];
    changes.set(monitoring.name, padTo(rows, monitoring.grid));
    reset.push(monitoring.name);
  }
  const roadmapKeys = roadmapSheet.columns.map((c) => c.key);
  const roadmap = buildRoadmap(next.startYear).map((item) => {
    const cells = roadmapCells(item);
    return roadmapKeys.map((k) => cells[k] ?? '');
  });
  const roadmapThere = byName(sheets, roadmapSheet.name) !== undefined;
  resetSpec(roadmapSheet, roadmap);

  const settings = byName(sheets, settingsSheet.name);
  if (settings) {
    changes.set(
      settings.name,
      withSettings(settings.grid, [
        [YEAR_SETTING, next.label, 'Текущий учебный год программы; меняется пунктом «Новый учебный год»'],
        [archiveSetting(finished), request.archiveLink ?? title, `Архив листов ${finished.label} учебного года`],
        ...YEARLY_COUNTS.map((label) => [label, '', '']),
      ]),
    );
  }

  const changed = [...changes.keys()];
  const untouched = sheets.map((s) => s.name).filter((name) => !changes.has(name));
  const summary = summarySheet(finished, next, request, counts, [...carriedPairs], [...new Set(completedNow)]);
  const summaryName = uniqueName(
    SUMMARY_SHEET,
    sheets.map((s) => s.name),
  );
  const plan: NewYearPlan = {
    finished,
    next,
    archiveTitle: title,
    archive: [...sheets.map((s) => ({ name: s.name, grid: s.grid })), { name: summaryName, grid: summary }],
    changes: changed.map((name) => ({
      name,
      grid: padTo(changes.get(name) as Grid, (byName(sheets, name) as SheetGrid).grid),
    })),
    untouched,
    counts,
    preview: previewLines(finished, next, request, counts, title, reset, roadmapThere, untouched),
  };
  return { ok: true, plan };
}

function byName(sheets: readonly SheetGrid[], wanted: string): SheetGrid | undefined {
  const name = findSheetName(
    sheets.map((s) => s.name),
    wanted,
  );
  return name === undefined ? undefined : sheets.find((s) => s.name === name);
}

function columns<K extends string>(grid: Grid, spec: SheetSpec<K>): Partial<Record<K, number>> {
  return matchHeaders(grid[0] ?? [], spec, spec.name).columns;
}

function dataRows(grid: Grid | undefined): Grid {
  return (grid ?? []).slice(1).filter((row) => !isEmptyRow(row));
}

/** The header and the data rows `keep` accepts, whole (the curator's own columns with them). */
function keepRows(grid: Grid, keep: (row: unknown[]) => boolean): Grid {
  return [grid[0] ?? [], ...dataRows(grid).filter(keep)].map((row) => [...row]);
}

/** The spec's columns get `rows` (blank below them); every other column keeps its cells. */
function rewriteSpecColumns(grid: Grid, spec: SheetSpec, rows: readonly (readonly unknown[])[]): Grid {
  const found = columns(grid, spec);
  const out = grid.map((row) => [...row]);
  const height = Math.max(out.length, rows.length + 1);
  while (out.length < height) out.push([]);
  if (out.length === 0 || isEmptyRow(out[0])) out[0] = spec.columns.map((c) => c.header);
  spec.columns.forEach((column, index) => {
    const at = found[column.key] ?? (isEmptyRow(grid[0] ?? []) ? index : undefined);
    if (at === undefined) return;
    for (let r = 1; r < height; r++) out[r][at] = rows[r - 1]?.[index] ?? '';
  });
  return out;
}

/** `rows` padded with blanks to cover `before`, so a block write leaves nothing stale. */
function padTo(rows: Grid, before: Grid): Grid {
  const height = Math.max(rows.length, before.length);
  const width = Math.max(1, ...rows.map((r) => r.length), ...before.map((r) => r.length));
  return Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? ''));
}

function settingValue(grid: Grid | undefined, label: string): string {
  const row = (grid ?? []).find((r) => normalizeHeader(r[0]) === normalizeText(label));
  return row ? cellText(row[1]) : '';
}

/** Each [label, value, hint]: the row with that label gets the value (hint kept), or a row is appended. */
function withSettings(grid: Grid, updates: readonly (readonly string[])[]): Grid {
  const out = grid.map((row) => [...row]);
  for (const [label, value, hint] of updates) {
    const row = out.find((r) => normalizeHeader(r[0]) === normalizeText(label));
    if (row) row[1] = value;
    else if (value !== '') out.push([label, value, hint]);
  }
  return out;
}

function uniqueName(wanted: string, names: readonly string[]): string {
  let name = wanted;
  for (let i = 2; findSheetName(names, name) !== undefined; i++) name = `${wanted} (${i})`;
  return name;
}

const CHOICE_TEXT: Record<ActivePairsChoice, string> = {
  carry: 'перенесены в новый год',
  complete: 'завершены при переносе',
};

function summarySheet(
  finished: AcademicYear,
  next: AcademicYear,
  request: NewYearRequest,
  counts: NewYearCounts,
  carried: readonly string[],
  completed: readonly string[],
): Grid {
  return [
    ['Параметр', 'Значение'],
    ['Завершённый учебный год', finished.label],
    ['Новый учебный год', next.label],
    ['Дата переноса', formatDayRu(request.today)],
    ['Активные пары', CHOICE_TEXT[request.activePairs]],
    ['Пары, перенесённые в новый год', carried.join(', ')],
    ['Пары, завершённые при переносе', completed.join(', ')],
    ['Листов в архиве (без этого)', counts.sheets],
    ['Строк данных в архиве (без этого листа)', counts.rows],
    ['Наставляемых отмечено «завершил»', counts.menteesLeft],
  ];
}

function previewLines(
  finished: AcademicYear,
  next: AcademicYear,
  request: NewYearRequest,
  c: NewYearCounts,
  title: string,
  reset: readonly string[],
  roadmap: boolean,
  untouched: readonly string[],
): string[] {
  const quote = (names: readonly string[]) => names.map((n) => `«${n}»`).join(', ');
  const lines = [
    `Архив ${finished.label}: «${title}» — копия всех ${c.sheets} листов (${c.rows} строк данных) и лист «${SUMMARY_SHEET}».`,
    `Из рабочих листов убираются (остаются в архиве): пары — завершённые ${c.archivedPairs.completed}, расторгнутые ${c.archivedPairs.terminated}, предложенные ${c.archivedPairs.proposed}` +
      `${request.activePairs === 'complete' ? `, завершённые при переносе ${c.completedNow}` : ''}; встречи — ${c.meetingsArchived}; ответы анкет и замеров — ${c.answersArchived}.`,
    request.activePairs === 'carry'
      ? `Активные пары (${c.carriedPairs}) переходят в ${next.label} вместе со своими встречами (${c.meetingsKept}) и замерами (${c.measurementsKept}).`
      : `Активные пары (${c.completedNow}) завершаются при переносе; в архиве они остаются как были.`,
    `Наставники (${c.mentors}) остаются в реестре; занятые места освобождаются${c.carriedPairs ? ` — заняты только места перенесённых пар (${c.carriedPairs})` : ''}.`,
    `Наставляемые: закончившие участие отмечаются «завершил» (${c.menteesLeft}); ожидают пару в новом году — ${c.menteesWaiting}.`,
  ];
  if (reset.length)
    lines.push(
      `Начинаются заново: ${quote(reset.filter((n) => normalizeText(n) !== normalizeText(roadmapSheet.name)))}${roadmap ? `; «${roadmapSheet.name}» составляется на ${next.label}` : ''}.`,
    );
  lines.push(
    `«${settingsSheet.name}»: «${YEAR_SETTING}» — ${next.label}, ссылка на архив; очищаются ${quote(YEARLY_COUNTS)}.`,
  );
  if (untouched.length) lines.push(`Не меняются: ${quote(untouched)}.`);
  return lines;
}
