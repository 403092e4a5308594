// Achievements coming back from the region's bank of practices: an accepted practice gives each of
// its authors with a mentor ID one row of «Достижения наставников» (the sheet of mentors' points).
// The product only ever appends such rows, marked by their source, and never touches rows the
// curator typed. While that sheet does not exist the rows wait (pending) until it does.
import { normalizeText } from '../catalogue';
import type { Day } from '../core/day';
import { formatProblem, matchHeaders } from '../tables';
import type { SheetSpec } from '../workspace/sheet-spec';
import { BANK_LEVEL_LABELS, dayOfInstant, type PracticeStatus } from './bank-status';
import { cataloguePageUrl } from './practices-sheet';

export type AchievementColumn = 'mentorId' | 'mentor' | 'kind' | 'level' | 'date' | 'evidence' | 'source';

/**
 * The headers of «Достижения наставников», in its order, as the mentors' rating reads them; the
 * rating's own sheet spec owns the layout, this one is only what the product appends into.
 */
export const achievementsSheet: SheetSpec<AchievementColumn> = {
  name: 'Достижения наставников',
  frozenRows: 1,
  columns: [
    { key: 'mentorId', header: 'ID наставника', aliases: ['Наставник ID'], required: true, width: 14 },
    { key: 'mentor', header: 'Наставник', width: 30 },
    { key: 'kind', header: 'Вид достижения', required: true, width: 40 },
    { key: 'level', header: 'Уровень', required: true, width: 16 },
    { key: 'date', header: 'Дата', required: true, width: 12 },
    { key: 'evidence', header: 'Подтверждающий документ или ссылка', width: 40 },
    { key: 'source', header: 'Источник', required: true, width: 32 },
  ],
};

export const BANK_ACHIEVEMENT_KIND = 'Практика в банке практик';

export interface AchievementRow {
  mentorId: string;
  mentor: string;
  kind: string;
  /** «муниципальный» | «региональный». */
  level: string;
  date: Day;
  evidence: string;
  source: string;
}

/** «регион: банк практик (<id>)»: how the product marks the rows it wrote. */
export function bankSource(practiceId: string): string {
  return `регион: банк практик (${practiceId})`;
}

/** One row per author with a mentor ID of every accepted practice. */
export function achievementsFromBank(
  practices: readonly PracticeStatus[],
  serviceUrl: string,
  timeZone: string,
): AchievementRow[] {
  const rows: AchievementRow[] = [];
  for (const p of practices) {
    if (p.status !== 'accepted' || !p.level) continue;
    const date = dayOfInstant(p.reviewedAt ?? p.updatedAt, timeZone);
    if (!date) continue;
    for (const author of p.authors) {
      if (!author.mentorId?.trim()) continue;
      rows.push({
        mentorId: author.mentorId.trim(),
        mentor: author.fullName,
        kind: BANK_ACHIEVEMENT_KIND,
        level: BANK_LEVEL_LABELS[p.level],
        date,
        evidence: cataloguePageUrl(serviceUrl, p.practiceId),
        source: bankSource(p.practiceId),
      });
    }
  }
  return rows;
}

function keyOf(source: unknown, mentorId: unknown): string {
  return `${normalizeText(String(source ?? ''))}|${normalizeText(String(mentorId ?? ''))}`;
}

function unique(rows: readonly AchievementRow[]): AchievementRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = keyOf(row.source, row.mentorId);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface AchievementsMerge {
  /** New rows to write under the sheet's last row, as whole grid rows (0-based columns of the sheet). */
  append: unknown[][];
  /** The achievements in `append`, in order. */
  appended: AchievementRow[];
  /** Rows still waiting for the sheet (it is missing or cannot be read); to be kept. */
  pending: AchievementRow[];
  /** Why rows wait (Russian), '' when nothing waits. */
  waitReason: string;
  /** Already on the sheet: nothing written again. */
  alreadyThere: number;
}

/**
 * What to append to «Достижения наставников» (`grid`: the sheet as read, null when it is missing)
 * from the rows kept pending and the fresh ones. A row whose source and mentor ID are on the sheet
 * already is not written again. `toCell` turns a day into the value a date cell takes.
 */
export function mergeAchievements(
  grid: readonly (readonly unknown[])[] | null,
  pending: readonly AchievementRow[],
  fresh: readonly AchievementRow[],
  toCell: (day: Day) => unknown,
): AchievementsMerge {
  const all = unique([...pending, ...fresh]);
  const waiting = (waitReason: string): AchievementsMerge => ({
    append: [],
    appended: [],
    pending: all,
    waitReason: all.length ? waitReason : '',
    alreadyThere: 0,
  });
  if (!grid || grid.length === 0)
    return waiting(`листа «${achievementsSheet.name}» нет — достижения будут записаны, когда он появится`);
  const match = matchHeaders(grid[0], achievementsSheet, achievementsSheet.name);
  if (match.problems.length > 0)
    return waiting(`${match.problems.map(formatProblem).join('; ')} — достижения будут записаны, когда лист исправят`);
  // The name and the evidence columns may be missing: the rating counts by ID, kind, level and date.
  const columns = match.columns as Partial<Record<AchievementColumn, number>> & Record<'mentorId' | 'source', number>;
  const onSheet = new Set(grid.slice(1).map((row) => keyOf(row[columns.source], row[columns.mentorId])));
  const appended = all.filter((row) => !onSheet.has(keyOf(row.source, row.mentorId)));
  const width = Math.max(...Object.values(columns)) + 1;
  const append = appended.map((row) => {
    const line: unknown[] = new Array<unknown>(width).fill('');
    for (const [key, at] of Object.entries(columns) as [AchievementColumn, number][])
      line[at] = key === 'date' ? toCell(row.date) : row[key];
    return line;
  });
  return { append, appended, pending: [], waitReason: '', alreadyThere: all.length - appended.length };
}

/** Rows the product keeps while «Достижения наставников» is missing (the CLI's hidden sheet), read back. */
export function pendingFromGrid(
  grid: readonly (readonly unknown[])[] | undefined,
  toDay: (cell: unknown) => Day | undefined,
): AchievementRow[] {
  if (!grid || grid.length < 2) return [];
  const match = matchHeaders(grid[0], achievementsSheet, achievementsSheet.name);
  if (match.problems.length > 0) return [];
  const c = match.columns as Partial<Record<AchievementColumn, number>> &
    Record<'mentorId' | 'source' | 'date', number>;
  const text = (row: readonly unknown[], key: AchievementColumn) =>
    c[key] === undefined ? '' : String(row[c[key]] ?? '').trim();
  const rows: AchievementRow[] = [];
  for (const row of grid.slice(1)) {
    const date = toDay(row[c.date]);
    if (!text(row, 'source') || !text(row, 'mentorId') || !date) continue;
    rows.push({
      mentorId: text(row, 'mentorId'),
      mentor: text(row, 'mentor'),
      kind: text(row, 'kind'),
      level: text(row, 'level'),
      date,
      evidence: text(row, 'evidence'),
      source: text(row, 'source'),
    });
  }
  return rows;
}

/** The header row and one row per achievement, in the sheet's column order. */
export function achievementGrid(rows: readonly AchievementRow[], toCell: (day: Day) => unknown): unknown[][] {
  const keys = achievementsSheet.columns.map((column) => column.key);
  return [
    achievementsSheet.columns.map((column) => column.header),
    ...rows.map((row) => keys.map((key) => (key === 'date' ? toCell(row.date) : row[key]))),
  ];
}

/**
 * Where the CLI keeps achievements while «Достижения наставников» is missing: a hidden sheet of the
 * workbook with the same headers (the add-on keeps them in the document's properties).
 */
export const PENDING_ACHIEVEMENTS_SHEET = 'Ожидающие достижения';
