import { describe, expect, it } from 'vitest';
import { parseSchoolReport } from '../../shared/report/schema';
import { INVALID_REPORT_CASES, reportWith } from './invalid-cases';
import { sampleReport } from './sample-report';

describe('school report v1', () => {
  it('accepts a valid report and keeps its aggregates', () => {
    const result = parseSchoolReport(sampleReport());
    expect(result).toEqual({ ok: true, report: sampleReport() });
  });

  it('drops fields the contract does not know, so nothing else is stored', () => {
    const input = reportWith(sampleReport(), (r) => {
      r.curatorEmail = 'someone@example.org';
      r.school.director = 'Фамилия И. О.';
    });
    const result = parseSchoolReport(input);
    expect(result.ok && result.report).toEqual(sampleReport());
  });

  it('accepts boundary values: participants equal to contingents, zero everywhere, no enterprises', () => {
    const equal = reportWith(sampleReport(), (r) => {
      r.participants.menteeStudents10to19 = 540;
      r.contingent.students15to19 = 540;
      r.participants.mentorStudents15to19 = 540;
      r.satisfaction.mentors.satisfied = 18;
      r.enterprises = [];
    });
    expect(parseSchoolReport(equal).ok).toBe(true);
    const zeros = reportWith(sampleReport(), (r) => {
      for (const group of [r.contingent, r.participants, r.satisfaction.mentors, r.satisfaction.mentees]) {
        for (const k of Object.keys(group)) group[k] = 0;
      }
      r.pairs = [];
    });
    expect(parseSchoolReport(zeros).ok).toBe(true);
  });

  it('trims INNs and names', () => {
    const input = reportWith(
      sampleReport(),
      (r) => (r.enterprises[0] = { inn: ' 7707083893 ', name: ' ООО «Пример» ' }),
    );
    const result = parseSchoolReport(input);
    expect(result.ok && result.report.enterprises).toEqual([{ inn: '7707083893', name: 'ООО «Пример»' }]);
  });

  for (const c of INVALID_REPORT_CASES) {
    it(`rejects: ${c.rule}`, () => {
      const result = parseSchoolReport(reportWith(sampleReport(), c.change));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0].path).toBe(c.path);
      expect(result.issues[0].message).toMatch(c.message);
    });
  }

  it('lists every problem at once, structural and consistency alike', () => {
    const input = reportWith(sampleReport(), (r) => {
      r.contingent.students10to19 = 'много';
      r.participants.menteeYoungTeachers = 13;
      r.satisfaction.mentees.satisfied = 101;
      r.enterprises.push({ inn: '7707083893', name: 'Повтор' });
      r.programs = 1.5;
    });
    const result = parseSchoolReport(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path).sort()).toEqual(
      [
        'contingent.students10to19',
        'enterprises.1.inn',
        'participants.menteeYoungTeachers',
        'programs',
        'satisfaction.mentees.satisfied',
      ].sort(),
    );
  });

  it('skips a comparison whose other side is itself invalid', () => {
    const input = reportWith(sampleReport(), (r) => (r.contingent.students10to19 = -1));
    const result = parseSchoolReport(input);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['contingent.students10to19']);
  });

  it('names missing sections and a body that is not an object', () => {
    const empty = parseSchoolReport({});
    expect(!empty.ok && empty.issues.map((i) => i.path)).toEqual([
      'schemaVersion',
      'school',
      'period',
      'contingent',
      'participants',
      'enterprises',
      'pairs',
      'satisfaction',
      'programs',
      'practices',
    ]);
    expect(!empty.ok && empty.issues[1].message).toBe('Обязательное поле не заполнено');
    for (const input of [null, [], 'отчёт', 42]) {
      const result = parseSchoolReport(input);
      expect(!result.ok && result.issues).toEqual([
        { path: '', message: expect.stringMatching(/^Ожидается объект отчёта/) },
      ]);
    }
  });
});
