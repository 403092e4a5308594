// A roadmap for one academic year: the template's activities with real dates and a status.
import type { Day } from '../core/day';
import { dateInYear } from './academic-year';
import { ROADMAP_ACTIVITIES, ROADMAP_STAGES } from './template';

export type RoadmapStatus = 'не начато' | 'в работе' | 'выполнено' | 'отменено';

export interface RoadmapItem {
  code: string;
  /** `Этап 1. Подготовка условий …`. */
  stage: string;
  title: string;
  start?: Day;
  due?: Day;
  responsible: string;
  result: string;
  controlPoint: boolean;
  status: RoadmapStatus;
  doneDate?: Day;
  comment?: string;
  /** The sheet row it was read from (for highlighting). */
  row?: number;
}

export function stageLabel(number: number): string {
  const stage = ROADMAP_STAGES.find((candidate) => candidate.number === number);
  return stage ? `Этап ${stage.number}. ${stage.title}` : `Этап ${number}`;
}

/** The template laid out over the academic year starting on 1 September of `startYear`. */
export function buildRoadmap(startYear: number): RoadmapItem[] {
  return ROADMAP_ACTIVITIES.map((activity) => ({
    code: activity.code,
    stage: stageLabel(activity.stage),
    title: activity.title,
    start: dateInYear(startYear, activity.start),
    due: dateInYear(startYear, activity.due),
    responsible: activity.responsible,
    result: activity.result,
    controlPoint: activity.controlPoint,
    status: 'не начато',
  }));
}
