// The six target indicators of Table 5 (Target Model of Mentoring): what each counts in a school report.
import type { SchoolReport } from '../report/schema';

export const INDICATOR_KEYS = [
  'menteeStudentsShare',
  'mentorStudentsShare',
  'menteeYoungTeachersShare',
  'enterprisesShare',
  'mentorSatisfaction',
  'menteeSatisfaction',
] as const;

export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export interface IndicatorDefinition {
  /** Russian name, as worded in Table 5. */
  label: string;
  /** Short Russian name for table headers and charts. */
  shortLabel: string;
  numeratorLabel: string;
  denominatorLabel: string;
}

export const INDICATORS: Record<IndicatorKey, IndicatorDefinition> = {
  menteeStudentsShare: {
    label:
      'Доля детей в возрасте от 10 до 19 лет, проживающих в субъекте РФ, вошедших в программы наставничества в роли наставляемого',
    shortLabel: 'Наставляемые 10–19 лет',
    numeratorLabel: 'наставляемых обучающихся 10–19 лет',
    denominatorLabel: 'обучающихся 10–19 лет',
  },
  mentorStudentsShare: {
    label:
      'Доля детей и подростков в возрасте от 15 до 19 лет, проживающих в субъекте РФ, вошедших в программы наставничества в роли наставника',
    shortLabel: 'Наставники 15–19 лет',
    numeratorLabel: 'наставников-обучающихся 15–19 лет',
    denominatorLabel: 'обучающихся 15–19 лет',
  },
  menteeYoungTeachersShare: {
    label:
      'Доля преподавателей — молодых специалистов (с опытом работы от 0 до 3 лет), проживающих в субъекте РФ, вошедших в программы наставничества в роли наставляемого',
    shortLabel: 'Молодые педагоги',
    numeratorLabel: 'наставляемых молодых педагогов',
    denominatorLabel: 'молодых педагогов',
  },
  enterprisesShare: {
    label:
      'Доля предприятий (организаций) от общего количества предприятий, осуществляющих деятельность в субъекте РФ, вошедших в программы наставничества, предоставив своих наставников',
    shortLabel: 'Предприятия',
    numeratorLabel: 'предприятий (по ИНН)',
    denominatorLabel: 'предприятий в регионе',
  },
  mentorSatisfaction: {
    label: 'Уровень удовлетворённости наставников участием в программах наставничества',
    shortLabel: 'Удовлетворённость наставников',
    numeratorLabel: 'удовлетворённых наставников',
    denominatorLabel: 'опрошенных наставников',
  },
  menteeSatisfaction: {
    label: 'Уровень удовлетворённости наставляемых участием в программах наставничества',
    shortLabel: 'Удовлетворённость наставляемых',
    numeratorLabel: 'удовлетворённых наставляемых',
    denominatorLabel: 'опрошенных наставляемых',
  },
};

/** Numerator and denominator of each indicator in one report; `enterprisesShare` has no school-level denominator. */
export function reportCounts(
  report: SchoolReport,
): Record<IndicatorKey, { numerator: number; denominator: number | null }> {
  return {
    menteeStudentsShare: {
      numerator: report.participants.menteeStudents10to19,
      denominator: report.contingent.students10to19,
    },
    mentorStudentsShare: {
      numerator: report.participants.mentorStudents15to19,
      denominator: report.contingent.students15to19,
    },
    menteeYoungTeachersShare: {
      numerator: report.participants.menteeYoungTeachers,
      denominator: report.contingent.youngTeachers,
    },
    enterprisesShare: { numerator: new Set(report.enterprises.map((e) => e.inn)).size, denominator: null },
    mentorSatisfaction: {
      numerator: report.satisfaction.mentors.satisfied,
      denominator: report.satisfaction.mentors.respondents,
    },
    menteeSatisfaction: {
      numerator: report.satisfaction.mentees.satisfied,
      denominator: report.satisfaction.mentees.respondents,
    },
  };
}
