// A valid school report v1 (invented organisation) that tests change field by field.
import type { SchoolReport } from '../../shared/report/schema';

export function sampleReport(
  overrides: { id?: string; name?: string; municipality?: string; period?: string } = {},
): SchoolReport {
  return {
    schemaVersion: 1,
    school: {
      id: overrides.id ?? '42-0001',
      name: overrides.name ?? 'МБОУ «СОШ № 1»',
      municipality: overrides.municipality ?? 'Новокузнецкий ГО',
      kind: 'school',
    },
    period: overrides.period ?? '2024',
    contingent: { students10to19: 540, students15to19: 210, teachers: 70, youngTeachers: 12 },
    participants: {
      menteeStudents10to19: 130,
      mentorStudents15to19: 14,
      menteeYoungTeachers: 9,
      mentorTeachers: 20,
      mentorEmployees: 5,
    },
    enterprises: [{ inn: '7707083893', name: 'ООО «Пример»' }],
    pairs: [{ form: 'student-student', active: 30, completed: 10 }],
    satisfaction: { mentors: { respondents: 18, satisfied: 15 }, mentees: { respondents: 100, satisfied: 71 } },
    programs: 12,
    practices: 2,
  };
}
