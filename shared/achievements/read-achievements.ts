// Reading «Достижения наставников»: a row with a bad cell is reported (sheet, row, column) and
// left out; the other rows still count.
import { normalizeText, type Vocabulary } from '../catalogue';
import { toDay, type Day } from '../core/day';
import { readTable, RowReader, type TableProblem } from '../tables';
import { ACHIEVEMENTS_SHEET } from './achievement-sheet';
import { achievementKinds, achievementLevels, type AchievementKind, type AchievementLevel } from './kinds';

export interface Achievement {
  row: number;
  mentorId: string;
  kind: AchievementKind;
  level: AchievementLevel;
  date: Day;
  evidence: string;
  source: string;
}

export interface ReadAchievementsOptions {
  /** Mentor IDs of «Наставники», normalised (normalizeText); an achievement of another ID is reported. */
  mentorIds?: ReadonlySet<string>;
}

export function readAchievements(
  grid: readonly (readonly unknown[])[],
  options: ReadAchievementsOptions = {},
): { achievements: Achievement[]; problems: TableProblem[] } {
  const { table, problems } = readTable(grid, ACHIEVEMENTS_SHEET, { requireRows: false });
  const achievements: Achievement[] = [];
  if (problems.some((p) => p.code === 'missing-column' || p.code === 'empty-sheet')) return { achievements, problems };
  for (const row of table.rows) {
    const before = problems.length;
    const cells = new RowReader(table, row, problems);
    const mentorId = cells.requiredText('mentorId', 'ID наставника из листа «Наставники»');
    if (mentorId && options.mentorIds && !options.mentorIds.has(normalizeText(mentorId))) {
      cells.report('mentorId', 'unknown-reference', 'такого наставника нет в листе «Наставники»');
    }
    const kind = requiredTerm(cells, 'kind', achievementKinds, 'вид достижения');
    const level = requiredTerm(cells, 'level', achievementLevels, 'уровень');
    let date: Day | undefined;
    if (cells.isEmpty('date')) cells.report('date', 'required', 'не заполнено: укажите дату достижения (ДД.ММ.ГГГГ)');
    else if ((date = toDay(cells.raw('date'))) === undefined)
      cells.report('date', 'bad-date', 'нужна дата в виде ДД.ММ.ГГГГ');
    if (problems.length > before || !mentorId || !kind || !level || !date) continue;
    achievements.push({
      row: row.rowNumber,
      mentorId,
      kind,
      level,
      date,
      evidence: cells.text('evidence'),
      source: cells.text('source'),
    });
  }
  return { achievements, problems };
}

function requiredTerm<T extends string>(
  cells: RowReader<string>,
  key: string,
  vocabulary: Vocabulary<T>,
  what: string,
): T | undefined {
  if (cells.isEmpty(key)) {
    cells.report(key, 'required', `не заполнено: выберите ${what} из списка (${vocabulary.labels.join(', ')})`);
    return undefined;
  }
  return cells.term(key, vocabulary, what);
}
