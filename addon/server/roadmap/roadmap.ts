// «Дорожная карта»: the 7-stage template laid over the current academic year. Made once; running
// again adds only activities whose № is missing (the curator's statuses, dates and notes are never
// written) and recomputes the highlighting: overdue rows red, done rows green, one setBackgrounds.
import { normalizeText } from '../../../shared/catalogue';
import { formatDayRu } from '../../../shared/meetings';
import {
  academicYear,
  academicYearOf,
  buildRoadmap,
  checkRoadmap,
  readRoadmap,
  roadmapCells,
  roadmapSheet,
} from '../../../shared/roadmap';
import { TableModel } from '../../../shared/tables';
import { alignedGrid } from '../sheets/changes';
import { withDocumentLock } from '../sheets/lock';
import { openSpecSheet, paintRows } from '../sheets/spec-sheet';
import { activeSpreadsheet, timeZoneOf, writeChanges } from '../sheets/workbook';
import { alertCurator, runMenuAction } from '../ui';
import { problemLines, todayIn } from '../year/workspace-data';

export const ROADMAP_FILL = { overdue: '#f4c7c3', done: '#d9ead3' } as const;

export interface RoadmapRefresh {
  year: string;
  added: number;
  total: number;
  overdue: number;
  overdueControlPoints: string[];
  nextControlPoint: string;
  problems: string[];
}

export function writeRoadmap(): RoadmapRefresh {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const timeZone = timeZoneOf(ss);
    const today = todayIn(timeZone);
    const { sheet, grid } = openSpecSheet(ss, roadmapSheet, timeZone);
    const model = TableModel.fromGrid(grid, roadmapSheet);
    const present = new Set(model.rows.map((r) => normalizeText(model.text(r, 'code'))));
    const year = academicYear(academicYearOf(today));
    let added = 0;
    for (const item of buildRoadmap(year.startYear)) {
      if (present.has(normalizeText(item.code))) continue;
      model.append(roadmapCells(item));
      added += 1;
    }
    const after = alignedGrid(grid, model);
    writeChanges(sheet, grid, after, model.ownColumns(), timeZone);

    const { items, problems } = readRoadmap(after);
    const check = checkRoadmap(items, today);
    const colours: (string | null)[] = new Array<string | null>(Math.max(0, after.length - 1)).fill(null);
    items.forEach((item, i) => {
      if (item.row === undefined) return;
      colours[item.row - 2] = check.items[i].overdue
        ? ROADMAP_FILL.overdue
        : item.status === 'выполнено'
          ? ROADMAP_FILL.done
          : null;
    });
    paintRows(sheet, colours, model.headers.length);
    const next = check.nextControlPoint;
    return {
      year: year.label,
      added,
      total: items.length,
      overdue: check.overdue,
      overdueControlPoints: check.overdueControlPoints,
      nextControlPoint: next ? `№ ${next.code} — до ${formatDayRu(next.due)}` : '',
      problems: problemLines(problems),
    };
  });
}

/** Menu: «Дорожная карта: создать или обновить». */
export function refreshRoadmap(): void {
  runMenuAction('Дорожная карта', () => {
    const r = writeRoadmap();
    const lines = [
      r.added
        ? `Добавлено мероприятий: ${r.added} (учебный год ${r.year}).`
        : 'Все мероприятия шаблона уже на листе; ваши статусы и комментарии не изменены.',
      `Просрочено: ${r.overdue} из ${r.total} (выделены красным).`,
    ];
    if (r.overdueControlPoints.length)
      lines.push(`Просроченные контрольные точки: ${r.overdueControlPoints.map((c) => `№ ${c}`).join(', ')}.`);
    if (r.nextControlPoint) lines.push(`Ближайшая контрольная точка: ${r.nextControlPoint}.`);
    if (r.problems.length) lines.push('', 'Строки с ошибками (не проверены):', ...r.problems);
    alertCurator('Дорожная карта', lines.join('\n'));
  });
}
