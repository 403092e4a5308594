// Reading `Встречи` into meetings; every bad cell becomes an addressed Russian problem and the
// row is left out, so one bad row never hides the others.
import { readTable, RowReader, type CellValue, type TableProblem } from '../tables';
import { dayToDate, toDay, type Day } from '../core/day';
import type { Meeting } from './meeting';
import { meetingTypes, type MeetingType } from './meeting-type';
import { meetingSheet, type MeetingColumn } from './sheet';

export interface ReadMeetingsOptions {
  /** `ID пары` values of `Пары`; a meeting of another pair is reported. */
  pairIds?: ReadonlySet<string>;
}

export function readMeetings(
  grid: readonly (readonly unknown[])[],
  options: ReadMeetingsOptions = {},
): { meetings: Meeting[]; problems: TableProblem[] } {
  const { table, problems } = readTable(grid, meetingSheet);
  const meetings: Meeting[] = [];
  if (problems.some((problem) => problem.code === 'missing-column' || problem.code === 'empty-sheet')) {
    return { meetings, problems };
  }
  for (const row of table.rows) {
    const before = problems.length;
    const cells = new RowReader(table, row, problems);
    const pairId = cells.requiredText('pairId', 'ID пары из листа «Пары»');
    if (pairId && options.pairIds && !options.pairIds.has(pairId)) {
      cells.report('pairId', 'unknown-reference', 'такой пары нет в листе «Пары»');
    }
    let type: MeetingType | undefined;
    if (cells.isEmpty('type'))
      cells.report('type', 'required', `не заполнено: укажите тип встречи (${meetingTypes.labels.join(', ')})`);
    else type = cells.term('type', meetingTypes, 'тип встречи');
    let date: Day | undefined;
    if (cells.isEmpty('date')) cells.report('date', 'required', 'не заполнено: укажите дату встречи (ДД.ММ.ГГГГ)');
    else if ((date = toDay(cells.raw('date'))) === undefined)
      cells.report('date', 'bad-date', 'нужна дата в виде ДД.ММ.ГГГГ');
    const mentorScore = cells.integer('mentorScore', { min: 1, max: 10 });
    const menteeScore = cells.integer('menteeScore', { min: 1, max: 10 });
    if (problems.length > before || !type || !date) continue;
    meetings.push(
      withoutEmpty({
        pairId,
        type,
        date,
        topic: cells.text('topic'),
        outcome: cells.text('outcome'),
        mentorScore,
        menteeScore,
        comment: cells.text('comment'),
      }),
    );
  }
  return { meetings, problems };
}

function withoutEmpty(meeting: Meeting): Meeting {
  const copy: Record<string, unknown> = { ...meeting };
  for (const key of Object.keys(copy)) if (copy[key] === undefined || copy[key] === '') delete copy[key];
  return copy as unknown as Meeting;
}

/** The cells of a new `Встречи` row (for TableModel.append); the date goes in as a real date. */
export function meetingCells(meeting: Meeting): Partial<Record<MeetingColumn, CellValue>> {
  return {
    pairId: meeting.pairId,
    type: meetingTypes.labelOf(meeting.type),
    date: dayToDate(meeting.date),
    topic: meeting.topic,
    outcome: meeting.outcome,
    mentorScore: meeting.mentorScore,
    menteeScore: meeting.menteeScore,
    comment: meeting.comment,
  };
}
