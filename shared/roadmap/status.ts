// Roadmap statuses and deadline checks; «today» is always given, never read from a clock.
import { createVocabulary } from '../catalogue';
import { daysBetween, type Day } from '../core/day';
import type { RoadmapItem, RoadmapStatus } from './roadmap';

export const roadmapStatuses = createVocabulary<RoadmapStatus>([
  { value: 'не начато', label: 'не начато', aliases: ['не начат', 'запланировано', 'план'] },
  { value: 'в работе', label: 'в работе', aliases: ['выполняется', 'в процессе', 'начато'] },
  { value: 'выполнено', label: 'выполнено', aliases: ['выполнен', 'готово', 'сделано', 'завершено'] },
  { value: 'отменено', label: 'отменено', aliases: ['отменён', 'не актуально', 'неактуально'] },
]);

/** A control point or activity due within this many days is «soon». */
export const DUE_SOON_DAYS = 14;

export interface ItemCheck {
  code: string;
  /** Past its deadline and neither done nor cancelled. */
  overdue: boolean;
  /** Its start date has passed while still «не начато». */
  lateStart: boolean;
  /** Days left to the deadline (negative when overdue); undefined without a deadline. */
  daysLeft?: number;
}

export interface RoadmapCheck {
  items: ItemCheck[];
  total: number;
  done: number;
  overdue: number;
  /** Overdue control points: what the region looks at first. */
  overdueControlPoints: string[];
  /** Open items due in the next DUE_SOON_DAYS days, soonest first. */
  dueSoon: string[];
  /** The nearest open control point. */
  nextControlPoint?: { code: string; due: Day };
}

const closed = (status: RoadmapStatus) => status === 'выполнено' || status === 'отменено';

export function checkItem(item: RoadmapItem, today: Day): ItemCheck {
  const daysLeft = item.due === undefined ? undefined : daysBetween(today, item.due);
  return {
    code: item.code,
    overdue: !closed(item.status) && daysLeft !== undefined && daysLeft < 0,
    lateStart: item.status === 'не начато' && item.start !== undefined && item.start < today,
    daysLeft,
  };
}

export function checkRoadmap(items: readonly RoadmapItem[], today: Day): RoadmapCheck {
  const checks = items.map((item) => checkItem(item, today));
  const open = items.map((item, index) => ({ item, check: checks[index] })).filter(({ item }) => !closed(item.status));
  const soon = open
    .filter(({ check }) => check.daysLeft !== undefined && check.daysLeft >= 0 && check.daysLeft <= DUE_SOON_DAYS)
    .sort((a, b) => (a.check.daysLeft as number) - (b.check.daysLeft as number));
  const nextControlPoint = open
    .filter(({ item, check }) => item.controlPoint && item.due !== undefined && (check.daysLeft as number) >= 0)
    .sort((a, b) => (a.item.due as Day).localeCompare(b.item.due as Day))[0];
  return {
    items: checks,
    total: items.length,
    done: items.filter((item) => item.status === 'выполнено').length,
    overdue: checks.filter((check) => check.overdue).length,
    overdueControlPoints: open
      .filter(({ item, check }) => item.controlPoint && check.overdue)
      .map(({ item }) => item.code),
    dueSoon: soon.map(({ item }) => item.code),
    ...(nextControlPoint
      ? { nextControlPoint: { code: nextControlPoint.item.code, due: nextControlPoint.item.due as Day } }
      : {}),
  };
}
