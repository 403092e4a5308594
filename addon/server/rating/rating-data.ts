// Everything the rating is computed from, each sheet read once: «Наставники», «Пары», «Встречи»,
// the answer sheets, «Достижения наставников» (created with its dropdowns when missing) and
// «Настройки» (the points table; rows of it that are absent get their defaults, the curator's
// values are never written).
import {
  ACHIEVEMENTS_SHEET,
  computeRating,
  readAchievements,
  readPointsTable,
  shortlists,
  type FormShortlist,
  type PointsSettingSpec,
  type Rating,
} from '../../../shared/achievements';
import { normalizeText } from '../../../shared/catalogue';
import { readMentors, readSettings, type WorkspaceSettings } from '../../../shared/registry';
import { academicYear, academicYearOf } from '../../../shared/roadmap';
import { TableModel, type TableProblem } from '../../../shared/tables';
import { mentorSheet, settingsSheet } from '../../../shared/workspace';
import { alignedGrid } from '../sheets/changes';
import { openSpecSheet } from '../sheets/spec-sheet';
import { writeChanges } from '../sheets/workbook';
import { gridOf, readAnswers, readMeetingsData, readPairsData, todayIn } from '../year/workspace-data';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RatingData {
  rating: Rating;
  lists: FormShortlist[];
  settings: WorkspaceSettings;
  /** Points-table rows added to «Настройки» with their defaults. */
  addedSettings: string[];
  problems: TableProblem[];
}

/** Appends the absent rows of the points table to «Настройки»; the sheet's other rows are not written. */
function addMissingPoints(ss: Spreadsheet, missing: readonly PointsSettingSpec[], timeZone: string): string[] {
  if (missing.length === 0) return [];
  const { sheet, grid } = openSpecSheet(ss, settingsSheet, timeZone);
  const model = TableModel.fromGrid(grid, settingsSheet);
  for (const spec of missing) model.append({ parameter: spec.label, value: spec.initial, hint: spec.hint });
  writeChanges(sheet, grid, alignedGrid(grid, model), model.ownColumns(), timeZone);
  return missing.map((spec) => spec.label);
}

/** Reads the workspace and computes the rating of the academic year of today. Call under the document lock. */
export function readRatingData(ss: Spreadsheet, timeZone: string): RatingData {
  const today = todayIn(timeZone);
  const settingsGrid = gridOf(ss, settingsSheet.name, timeZone);
  const settingsRead = settingsGrid ? readSettings(settingsGrid) : { settings: { weights: {} }, problems: [] };
  const points = readPointsTable(settingsGrid);
  const addedSettings = addMissingPoints(ss, points.missing, timeZone);

  const mentorGrid = gridOf(ss, mentorSheet.name, timeZone);
  const mentors = mentorGrid ? readMentors(mentorGrid, { requireRows: false }) : { mentors: [], problems: [] };
  const pairs = readPairsData(ss, timeZone);
  const meetings = readMeetingsData(ss, timeZone, pairs.allPairIds);
  const answers = readAnswers(ss, timeZone);
  const { grid: achievementGrid } = openSpecSheet(ss, ACHIEVEMENTS_SHEET, timeZone);
  const mentorIds = new Set(mentors.mentors.map((m) => normalizeText(m.id)));
  const achievements = readAchievements(achievementGrid, { mentorIds });

  const rating = computeRating({
    period: academicYear(academicYearOf(today)),
    today,
    mentors: mentors.mentors,
    pairs: pairs.records,
    meetings: meetings.meetings,
    satisfaction: answers.satisfaction,
    measurement: answers.measurement,
    achievements: achievements.achievements,
    points: points.points,
  });
  return {
    rating,
    lists: shortlists(rating),
    settings: settingsRead.settings,
    addedSettings,
    problems: [
      ...points.problems,
      ...mentors.problems.filter((p) => p.code !== 'no-rows'),
      ...pairs.problems,
      ...meetings.problems,
      ...answers.problems,
      ...achievements.problems,
    ],
  };
}
