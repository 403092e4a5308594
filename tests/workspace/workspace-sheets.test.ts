// The workspace layout both `init` and the add-on build from: every sheet of the programme year,
// and a `Настройки` that already holds the rows the school report reads.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../shared/catalogue';
import { indicatorSheet } from '../../shared/indicators';
import { meetingSheet, progressSheet } from '../../shared/meetings';
import {
  monitoringSheet,
  satisfactionQuestionnaire,
  stage1Report,
  stage2Report,
  swotSummary,
  satisfactionSummary,
} from '../../shared/monitoring';
import { readSettings } from '../../shared/registry';
import { readReportSettings } from '../../shared/school-report';
import { roadmapSheet } from '../../shared/roadmap';
import { matchHeaders } from '../../shared/tables';
import {
  headersOf,
  monitoringReportSheet,
  REPORT_SETTINGS,
  satisfactionAnswerSheet,
  settingsSheet,
  WORKSPACE_SHEETS,
} from '../../shared/workspace';

describe('workspace sheets', () => {
  it('lists the programme year’s sheets once each, `Настройки` last', () => {
    expect(WORKSPACE_SHEETS.map((sheet) => sheet.name)).toEqual([
      'Наставники',
      'Наставляемые',
      'Пары',
      'Не объединять',
      'Встречи',
      'Ход работы пар',
      'Дорожная карта',
      'Замеры (вход и выход)',
      'Итоговая анкета',
      'SWOT-анкета',
      'Мониторинг',
      'Показатели',
      'Достижения наставников',
      'Рейтинг наставников',
      'Настройки',
    ]);
    expect(WORKSPACE_SHEETS).toContain(meetingSheet);
    expect(WORKSPACE_SHEETS).toContain(progressSheet);
    expect(WORKSPACE_SHEETS).toContain(roadmapSheet);
    expect(WORKSPACE_SHEETS).toContain(indicatorSheet);
    expect(satisfactionAnswerSheet.name).toBe(satisfactionQuestionnaire.sheetName);
  });

  it('gives every sheet headers its own readers find, none repeated', () => {
    for (const spec of WORKSPACE_SHEETS) {
      const headers = headersOf(spec);
      expect(headers.length).toBeGreaterThan(0);
      expect(new Set(headers.map(normalizeText)).size, spec.name).toBe(headers.length);
      expect(matchHeaders(headers, spec, spec.name).problems, spec.name).toEqual([]);
      for (const row of spec.initialRows ?? []) expect(row.length, spec.name).toBeLessThanOrEqual(spec.columns.length);
    }
  });

  it('titles `Мониторинг` the way the monitoring writer does, so a repair finds its header', () => {
    const written = monitoringSheet({
      today: '2025-05-20',
      stage1: stage1Report([], [], '2025-05-20'),
      satisfaction: satisfactionSummary([]),
      swot: swotSummary([]),
      stage2: stage2Report([]),
    });
    expect(written.name).toBe(monitoringReportSheet.name);
    expect(matchHeaders(written.grid[0], monitoringReportSheet, written.name).columns).toEqual({ title: 0 });
  });

  it('creates `Настройки` with the report’s rows, read back without problems and with nothing filled in', () => {
    const grid = [headersOf(settingsSheet), ...settingsSheet.initialRows!.map((row) => [...row])];
    const labels = grid.slice(1).map((row) => row[0]);
    for (const setting of REPORT_SETTINGS) expect(labels).toContain(setting.label);
    expect(new Set(labels.map((label) => normalizeText(String(label)))).size).toBe(labels.length);
    const report = readReportSettings(grid);
    expect(report.problems).toEqual([]);
    expect(report.settings.contingent).toEqual({});
    expect(Object.keys(report.settings.rows).sort()).toEqual(REPORT_SETTINGS.map((setting) => setting.key).sort());
    expect(readSettings(grid).problems).toEqual([]);
  });
});
