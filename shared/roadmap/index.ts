export { ROADMAP_STAGES, ROADMAP_ACTIVITIES, type RoadmapStage, type RoadmapActivity, type MonthDay } from './template';
export {
  academicYear,
  academicYearOf,
  dateInYear,
  ACADEMIC_YEAR_START_MONTH,
  type AcademicYear,
} from './academic-year';
export { buildRoadmap, stageLabel, type RoadmapItem, type RoadmapStatus } from './roadmap';
export { roadmapStatuses, checkItem, checkRoadmap, DUE_SOON_DAYS, type ItemCheck, type RoadmapCheck } from './status';
export { roadmapSheet, CONTROL_POINT_ANSWERS, type RoadmapColumn } from './sheet';
export { readRoadmap, roadmapCells } from './read-roadmap';
