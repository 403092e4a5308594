// The snapshot straight from the workspace's sheets, as the add-on and the CLI both read them.
// Rows with problems are left out of the counts and reported back (like the indicators).
import { readMeetings } from '../meetings/read-meetings';
import type { Day } from '../meetings';
import { readMentees } from '../registry/mentee-registry';
import { readMentors } from '../registry/mentor-registry';
import { readPairs } from '../registry/pair-registry';
import { readReportSettings } from '../school-report/report-settings';
import { isEmptyRow, type TableProblem } from '../tables';
import { takeSnapshot, type ParticipationSnapshot } from './snapshot';

type Grid = readonly (readonly unknown[])[];

export interface SnapshotGrids {
  mentors?: Grid;
  mentees?: Grid;
  pairs?: Grid;
  meetings?: Grid;
  settings?: Grid;
}

const present = (grid: Grid | undefined): grid is Grid =>
  grid !== undefined && grid.length > 0 && !isEmptyRow(grid[0] ?? []);

export function snapshotFromWorkspace(
  grids: SnapshotGrids,
  date: Day,
): { snapshot: ParticipationSnapshot; problems: TableProblem[] } {
  const problems: TableProblem[] = [];
  const mentors = present(grids.mentors)
    ? readMentors(grids.mentors, { requireRows: false })
    : { mentors: [], problems: [] };
  const mentees = present(grids.mentees)
    ? readMentees(grids.mentees, { requireRows: false })
    : { mentees: [], problems: [] };
  const pairs = present(grids.pairs) ? readPairs(grids.pairs) : { records: [], problems: [] };
  const badPairRows = new Set(pairs.problems.map((p) => p.row));
  const records = pairs.records.filter((r) => !badPairRows.has(r.row));
  const meetings = present(grids.meetings) ? readMeetings(grids.meetings) : { meetings: [], problems: [] };
  const settings = present(grids.settings)
    ? readReportSettings(grids.settings).settings
    : { contingent: {} as Record<string, number> };
  problems.push(...mentors.problems, ...mentees.problems, ...pairs.problems, ...meetings.problems);
  const meetingDays = new Map<string, Day[]>();
  for (const m of meetings.meetings) meetingDays.set(m.pairId, [...(meetingDays.get(m.pairId) ?? []), m.date]);
  const snapshot = takeSnapshot(
    {
      mentors: mentors.mentors,
      mentees: mentees.mentees,
      pairs: records,
      meetingDays,
      students10to19: settings.contingent.students10to19,
      teachers: settings.contingent.teachers,
    },
    date,
  );
  return { snapshot, problems };
}
