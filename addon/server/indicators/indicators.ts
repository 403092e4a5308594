// «Показатели»: the six Table 5 indicators of this organisation for the current year, computed with
// the shared rules from the counts the school report would carry (distinct people; satisfied = 7 or
// more of 10) and the contingent on «Настройки», against the year's targets; the status cell is
// coloured. Written whole by the product (header row, six rows) with one setBackgrounds.
import {
  INDICATORS,
  TARGET_STATUS_COLOURS,
  TARGET_STATUS_LABELS,
  indicatorCells,
  indicatorSheet,
  organisationIndicators,
  type OrganisationIndicator,
} from '../../../shared/indicators';
import { satisfactionSummary } from '../../../shared/monitoring';
import type { SchoolReport } from '../../../shared/report';
import {
  countParticipants,
  partnerEnterprises,
  REPORT_SETTINGS,
  type ContingentKey,
} from '../../../shared/school-report';
import { withDocumentLock } from '../sheets/lock';
import { openSpecSheet, writeWholeSheet } from '../sheets/spec-sheet';
import { activeSpreadsheet, timeZoneOf } from '../sheets/workbook';
import { alertCurator, runMenuAction } from '../ui';
import { readReportInput, type ReportInputData } from '../year/report-input';
import { leftOutLine, problemLines, todayIn } from '../year/workspace-data';

const CONTINGENT: readonly ContingentKey[] = ['students10to19', 'students15to19', 'teachers', 'youngTeachers'];

/**
 * The indicators from the workspace's counts. Unlike the report, they need no school identity: a
 * contingent not filled in yet counts as 0, which leaves that share «нет данных».
 */
export function workspaceIndicators(data: ReportInputData, year: string): OrganisationIndicator[] {
  const participation = countParticipants(data.mentors, data.mentees, data.pairs);
  const satisfaction = satisfactionSummary(data.satisfaction);
  const contingent = Object.fromEntries(
    CONTINGENT.map((key) => [key, data.report.contingent[key] ?? 0]),
  ) as SchoolReport['contingent'];
  const figures = {
    period: year,
    contingent,
    participants: participation.counts,
    enterprises: partnerEnterprises(participation.mentors).enterprises,
    satisfaction: { mentors: satisfaction.mentors, mentees: satisfaction.mentees },
  } as SchoolReport;
  return organisationIndicators(figures);
}

export interface IndicatorsRefresh {
  year: string;
  indicators: OrganisationIndicator[];
  missingContingent: string[];
  /** How many rows were left out because of problems; '' when none. */
  leftOut: string;
  problems: string[];
}

export function writeIndicators(): IndicatorsRefresh {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const timeZone = timeZoneOf(ss);
    const year = todayIn(timeZone).slice(0, 4);
    const data = readReportInput(ss, timeZone);
    const indicators = workspaceIndicators(data, year);
    const keys = indicatorSheet.columns.map((c) => c.key);
    const rows = [
      indicatorSheet.columns.map((c) => c.header),
      ...indicators.map((i) => {
        const cells = indicatorCells(i, year);
        return keys.map((k) => cells[k]);
      }),
    ];
    const { sheet, grid } = openSpecSheet(ss, indicatorSheet, timeZone);
    writeWholeSheet(sheet, grid, rows, timeZone);
    const status = keys.indexOf('status') + 1;
    sheet
      .getRange(2, status, indicators.length, 1)
      .setBackgrounds(indicators.map((i) => [TARGET_STATUS_COLOURS[i.status]]));
    return {
      year,
      indicators,
      missingContingent: REPORT_SETTINGS.filter(
        (s) =>
          CONTINGENT.includes(s.key as ContingentKey) && data.report.contingent[s.key as ContingentKey] === undefined,
      ).map((s) => s.label),
      leftOut: leftOutLine(data.problems),
      problems: problemLines(data.problems),
    };
  });
}

/** Menu: «Показатели: обновить лист «Показатели»». */
export function refreshIndicators(): void {
  runMenuAction('Показатели', () => {
    const r = writeIndicators();
    const lines = r.indicators.map(
      (i) =>
        `${INDICATORS[i.key].shortLabel}: ${i.percent === null ? '—' : `${i.percent}%`} (цель ${i.target ?? '—'}%) — ${TARGET_STATUS_LABELS[i.status]}`,
    );
    if (r.missingContingent.length)
      lines.push('', `Заполните в листе «Настройки»: ${r.missingContingent.map((l) => `«${l}»`).join(', ')}.`);
    if (r.problems.length)
      lines.push('', `${r.leftOut} Показатели посчитаны без них; исправьте и обновите снова:`, ...r.problems);
    alertCurator(`Показатели ${r.year} года обновлены`, lines.join('\n'));
  });
}
