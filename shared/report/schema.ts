// School report v1: aggregates only, validated with every consistency rule. Written with zod/mini
// (the same checks as zod, a fifth of its size): the add-on bundles it into Code.js, which Apps
// Script evaluates at every call.
import * as z from 'zod/mini';
import type { FormCode } from '../registry/types';
import { REPORT_FIELD_LABELS, type ReportFieldPath } from './fields';
import { innProblem } from '../core/inn';
import { describeValue, REQUIRED_MESSAGE, ruErrorMap, toIssues, type Issue } from './issues';

export const FORM_CODES = [
  'student-student',
  'teacher-teacher',
  'teacher-student',
  'student-pupil',
  'employer-student',
] as const satisfies readonly FormCode[];
// Fails to compile when the catalogue gains a form this list lacks.
const formCodesComplete: Exclude<FormCode, (typeof FORM_CODES)[number]> extends never ? true : false = true;
void formCodesComplete;

/** No organisation counts more than a few hundred thousand of anything; a larger count is a typo
 *  (and sums of such counts over a region would leave exact integers). */
export const MAX_COUNT = 1_000_000;
/** Plausible list lengths: partner enterprises of one organisation, and pair rows (one per form). */
export const MAX_ENTERPRISES = 10_000;
export const MAX_PAIR_ROWS = 100;

const countMessage = (iss: { input?: unknown }) =>
  iss.input === undefined
    ? REQUIRED_MESSAGE
    : typeof iss.input === 'number' && Number.isInteger(iss.input) && iss.input > MAX_COUNT
      ? `Число больше предела ${MAX_COUNT.toLocaleString('ru-RU')}: ни в одной организации столько нет, проверьте значение (получено: ${describeValue(iss.input)})`
      : `Ожидается целое число не меньше 0, получено: ${describeValue(iss.input)}`;
// A refine rather than .int(): zod's int check aborts the whole parse, which would hide the consistency issues.
const count = z
  .number({ error: countMessage })
  .check(z.refine((n) => Number.isSafeInteger(n) && n >= 0 && n <= MAX_COUNT, { error: countMessage }));

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

const objectOf = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.object(shape, {
    error: (iss) =>
      iss.input === undefined ? REQUIRED_MESSAGE : `Ожидается объект, получено: ${describeValue(iss.input)}`,
  });

const enterprise = objectOf({
  inn: z.string().check(
    z.trim(),
    z.superRefine((inn, ctx) => {
      const problem = innProblem(inn);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  ),
  name: text(500),
});

const respondents = objectOf({ respondents: count, satisfied: count });

const schoolReportShape = objectOf({
  schemaVersion: z.literal(1, {
    error: (iss) =>
      iss.input === undefined
        ? REQUIRED_MESSAGE
        : `Поддерживается только версия формата 1, получено: ${describeValue(iss.input)}`,
  }),
  school: objectOf({
    id: text(64),
    name: text(500),
    municipality: text(200),
    kind: z.enum(['school', 'college', 'additional'], {
      error: (iss) =>
        iss.input === undefined
          ? REQUIRED_MESSAGE
          : `Допустимые значения: school (школа), college (колледж, техникум), additional (дополнительное образование); получено: ${describeValue(iss.input)}`,
    }),
  }),
  period: z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? REQUIRED_MESSAGE
          : `Ожидается год строкой из четырёх цифр, например "2024"; получено: ${describeValue(iss.input)}`,
    })
    .check(
      z.regex(/^\d{4}$/, {
        error: (iss) => `Ожидается год из четырёх цифр, например "2024"; получено: ${describeValue(iss.input)}`,
      }),
    ),
  contingent: objectOf({ students10to19: count, students15to19: count, teachers: count, youngTeachers: count }),
  participants: objectOf({
    menteeStudents10to19: count,
    mentorStudents15to19: count,
    menteeYoungTeachers: count,
    mentorTeachers: count,
    mentorEmployees: count,
  }),
  enterprises: z.array(enterprise, {
    error: (iss) =>
      iss.input === undefined
        ? REQUIRED_MESSAGE
        : `Ожидается список предприятий, получено: ${describeValue(iss.input)}`,
  }),
  pairs: z.array(
    objectOf({
      form: z.enum(FORM_CODES, {
        error: (iss) =>
          iss.input === undefined
            ? REQUIRED_MESSAGE
            : `Неизвестная форма наставничества ${describeValue(iss.input)}; допустимые коды: ${FORM_CODES.join(', ')}`,
      }),
      active: count,
      completed: count,
    }),
    {
      error: (iss) =>
        iss.input === undefined
          ? REQUIRED_MESSAGE
          : `Ожидается список пар по формам, получено: ${describeValue(iss.input)}`,
    },
  ),
  satisfaction: objectOf({ mentors: respondents, mentees: respondents }),
  programs: count,
  practices: count,
});

/** `part ≤ whole` pairs of the school report v1; the issue is reported at `part`. */
const NOT_MORE_THAN: ReadonlyArray<[part: ReportFieldPath, whole: ReportFieldPath]> = [
  ['participants.menteeStudents10to19', 'contingent.students10to19'],
  ['participants.mentorStudents15to19', 'contingent.students15to19'],
  ['participants.menteeYoungTeachers', 'contingent.youngTeachers'],
  ['contingent.students15to19', 'contingent.students10to19'],
  ['contingent.youngTeachers', 'contingent.teachers'],
  ['satisfaction.mentors.satisfied', 'satisfaction.mentors.respondents'],
  ['satisfaction.mentees.satisfied', 'satisfaction.mentees.respondents'],
];

/** A count at a dotted path, or undefined when it is missing or itself invalid (already reported). */
function countAt(value: unknown, path: string): number | undefined {
  let node = value;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' && Number.isSafeInteger(node) && node >= 0 ? node : undefined;
}

export const schoolReportSchema = schoolReportShape.check(
  z.superRefine(
    (report, ctx) => {
      for (const [part, whole] of NOT_MORE_THAN) {
        const p = countAt(report, part);
        const w = countAt(report, whole);
        if (p !== undefined && w !== undefined && p > w) {
          ctx.addIssue({
            code: 'custom',
            path: part.split('.'),
            message: `«${REPORT_FIELD_LABELS[part]}» (${p}) больше, чем «${REPORT_FIELD_LABELS[whole]}» (${w}, ${whole})`,
          });
        }
      }
      const enterprises: unknown = (report as { enterprises?: unknown }).enterprises;
      if (!Array.isArray(enterprises)) return;
      const firstIndex = new Map<string, number>();
      enterprises.forEach((e: unknown, i) => {
        const inn = typeof e === 'object' && e !== null ? (e as { inn?: unknown }).inn : undefined;
        if (typeof inn !== 'string') return;
        const key = inn.trim();
        const seen = firstIndex.get(key);
        if (seen === undefined) firstIndex.set(key, i);
        else
          ctx.addIssue({
            code: 'custom',
            path: ['enterprises', i, 'inn'],
            message: `ИНН «${key}» уже указан в enterprises.${seen}.inn: каждое предприятие указывается один раз`,
          });
      });
    },
    // Run even when some fields are invalid, so one response lists every problem.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  ),
);

export type SchoolReport = z.output<typeof schoolReportSchema>;
export type SchoolKind = SchoolReport['school']['kind'];

export type ParseReportResult = { ok: true; report: SchoolReport } | { ok: false; issues: Issue[] };

/** Lists longer than plausible are refused before their elements are validated one by one. */
function overlongList(input: unknown): Issue | null {
  if (typeof input !== 'object' || input === null) return null;
  const limits: Array<[key: 'enterprises' | 'pairs', max: number, what: string]> = [
    ['enterprises', MAX_ENTERPRISES, 'предприятий'],
    ['pairs', MAX_PAIR_ROWS, 'строк пар'],
  ];
  for (const [key, max, what] of limits) {
    const list: unknown = (input as Record<string, unknown>)[key];
    if (Array.isArray(list) && list.length > max) {
      return {
        path: key,
        message: `Слишком длинный список: ${list.length.toLocaleString('ru-RU')} ${what}, допускается не больше ${max.toLocaleString('ru-RU')}`,
      };
    }
  }
  return null;
}

/** Validates a school report v1. Unknown fields are dropped, so only the aggregates of docs/school-report-v1.md are kept. */
export function parseSchoolReport(input: unknown): ParseReportResult {
  const overlong = overlongList(input);
  if (overlong) return { ok: false, issues: [overlong] };
  const result = schoolReportSchema.safeParse(input, { error: ruErrorMap });
  if (result.success) return { ok: true, report: result.data };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issues: [{ path: '', message: `Ожидается объект отчёта, получено: ${describeValue(input)}` }] };
  }
  return { ok: false, issues: toIssues(result.error) };
}
