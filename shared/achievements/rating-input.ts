// What the rating is computed from, gathered from what the adapter has already read: the grids of
// «Наставники» and «Достижения наставников», the points table of «Настройки», and the pairs,
// meetings and answers it reads as for its other year commands. Bad rows are reported and left out.
import { normalizeText } from '../catalogue';
import type { Day } from '../core/day';
import type { Meeting } from '../meetings/meeting';
import type { MeasurementAnswer, SatisfactionAnswer } from '../monitoring/answers';
import { readMentors } from '../registry';
import type { PairRecord } from '../registry/schemas';
import { academicYear, academicYearOf } from '../roadmap/academic-year';
import type { TableProblem } from '../tables';
import type { PointsTable } from './points';
import type { RatingInput } from './rating';
import { readAchievements } from './read-achievements';

type Grid = readonly (readonly unknown[])[];

interface Read {
  problems: readonly TableProblem[];
}

export interface RatingSources {
  today: Day;
  /** «Наставники»; absent = no mentors. */
  mentors: Grid | null | undefined;
  /** The points table as readPointsTable read it from «Настройки». */
  points: Read & { points: PointsTable };
  /** «Достижения наставников»; absent = no achievements. */
  achievements: Grid | null | undefined;
  pairs: Read & { records: readonly PairRecord[] };
  meetings: Read & { meetings: readonly Meeting[] };
  answers: Read & { satisfaction: readonly SatisfactionAnswer[]; measurement: readonly MeasurementAnswer[] };
}

export interface RatingInputRead {
  /** For the academic year of `today`. */
  input: RatingInput;
  /** Problems of all the sheets: those of the points table, «Наставники», the pairs, meetings, answers, achievements. */
  problems: TableProblem[];
}

export function readRatingInput(sources: RatingSources): RatingInputRead {
  const { points } = sources;
  const mentors = sources.mentors
    ? readMentors(sources.mentors, { requireRows: false })
    : { mentors: [], problems: [] };
  const mentorIds = new Set(mentors.mentors.map((m) => normalizeText(m.id)));
  const achievements = sources.achievements
    ? readAchievements(sources.achievements, { mentorIds })
    : { achievements: [], problems: [] };
  return {
    input: {
      period: academicYear(academicYearOf(sources.today)),
      today: sources.today,
      mentors: mentors.mentors,
      pairs: sources.pairs.records,
      meetings: sources.meetings.meetings,
      satisfaction: sources.answers.satisfaction,
      measurement: sources.answers.measurement,
      achievements: achievements.achievements,
      points: points.points,
    },
    problems: [
      ...points.problems,
      ...mentors.problems.filter((p) => p.code !== 'no-rows'),
      ...sources.pairs.problems,
      ...sources.meetings.problems,
      ...sources.answers.problems,
      ...achievements.problems,
    ],
  };
}
