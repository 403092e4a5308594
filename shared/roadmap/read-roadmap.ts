// Reading `Дорожная карта` back after the curator's edits, and writing template rows into it.
import { readTable, RowReader, type CellValue, type TableProblem } from '../tables';
import { dayToDate, toDay, type Day } from '../core/day';
import type { RoadmapItem } from './roadmap';
import { roadmapSheet, type RoadmapColumn } from './sheet';
import type { RoadmapStatus } from './roadmap';
import { roadmapStatuses } from './status';

/** Rows with a bad date or status are reported and left out; an empty status means «не начато». */
export function readRoadmap(grid: readonly (readonly unknown[])[]): { items: RoadmapItem[]; problems: TableProblem[] } {
  const { table, problems } = readTable(grid, roadmapSheet);
  const items: RoadmapItem[] = [];
  if (problems.some((problem) => problem.code === 'missing-column' || problem.code === 'empty-sheet'))
    return { items, problems };
  for (const row of table.rows) {
    const before = problems.length;
    const cells = new RowReader(table, row, problems);
    const title = cells.requiredText('title', 'мероприятие');
    const due = date(cells, 'due', true);
    const start = date(cells, 'start', false);
    const doneDate = date(cells, 'doneDate', false);
    const status: RoadmapStatus | undefined = cells.isEmpty('status')
      ? 'не начато'
      : cells.term('status', roadmapStatuses, 'статус');
    const controlPoint = cells.text('controlPoint').toLowerCase() === 'да';
    if (problems.length > before || !status) continue;
    const item: RoadmapItem = {
      row: row.rowNumber,
      code: cells.text('code'),
      stage: cells.text('stage'),
      title,
      responsible: cells.text('responsible'),
      result: cells.text('result'),
      controlPoint,
      status,
    };
    if (start) item.start = start;
    if (due) item.due = due;
    if (doneDate) item.doneDate = doneDate;
    if (cells.text('comment')) item.comment = cells.text('comment');
    items.push(item);
  }
  return { items, problems };
}

function date(cells: RowReader<RoadmapColumn>, key: RoadmapColumn, required: boolean): Day | undefined {
  if (cells.isEmpty(key)) {
    if (required) cells.report(key, 'required', 'не заполнено: укажите срок (ДД.ММ.ГГГГ)');
    return undefined;
  }
  const day = toDay(cells.raw(key));
  if (day === undefined) cells.report(key, 'bad-date', 'нужна дата в виде ДД.ММ.ГГГГ');
  return day;
}

/** The cells of a roadmap row (for TableModel.append); dates go in as real dates. */
export function roadmapCells(item: RoadmapItem): Partial<Record<RoadmapColumn, CellValue>> {
  return {
    code: item.code,
    stage: item.stage,
    title: item.title,
    start: item.start ? dayToDate(item.start) : '',
    due: item.due ? dayToDate(item.due) : '',
    responsible: item.responsible,
    result: item.result,
    controlPoint: item.controlPoint ? 'да' : 'нет',
    status: item.status,
    doneDate: item.doneDate ? dayToDate(item.doneDate) : '',
    comment: item.comment ?? '',
  };
}
