import { describe, expect, it } from 'vitest';
import { parseSchoolReport } from '../../shared/report';
import { buildSchoolReport } from '../../shared/school-report';
import { contingent, LEGAL_INN, mentees, mentors, pairs, satisfaction, school } from './fixtures';

const input = { school, period: '2024', contingent, mentors, mentees, pairs, satisfaction };

describe('school report from the workspace', () => {
  const result = buildSchoolReport(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const { report, notes } = result;

  it('counts distinct participants by category and age', () => {
    // Mentee students 10–19 in pairs at work or completed: У1 (13), У3 (17), У4 (12), У8 (18), У9 (10), У10 (19),
    // Рябова (11, two rows without ID, status «в паре») = 7; У2 is 9, У11 is only in a proposed pair.
    // Mentor students 15–19: Н4 (16, two rows with one ID) = 1; Н6 is 14.
    // Young teachers: У6 (2 years) = 1; У7 has 10 years, У12 no experience given.
    // Mentor teachers: Н1 (in four pairs) = 1; Н8 is only a candidate.
    // Mentor employees: Н2, Н3, Н7 = 3; Н9 is only in a proposed pair.
    expect(report.participants).toEqual({
      menteeStudents10to19: 7,
      mentorStudents15to19: 1,
      menteeYoungTeachers: 1,
      mentorTeachers: 1,
      mentorEmployees: 3,
    });
  });

  it('lists each legal entity once by ИНН and leaves out entrepreneurs', () => {
    expect(report.enterprises).toEqual([{ inn: LEGAL_INN, name: 'ООО «Сибирские станки»' }]);
    expect(notes).toContain(
      'Наставников с ИНН индивидуального предпринимателя (12 цифр): 1 — ИП не передаются в отчёт, это персональные данные',
    );
  });

  it('counts pairs and groups per form, a group once', () => {
    // П1 (group of two) teacher-student; П3, П8 and П9 (form taken from the mentee) teacher-teacher;
    // П2, П6 active and П10 completed employer-student; П4, П5 student-student; П7 is only proposed.
    expect(report.pairs).toEqual([
      { form: 'student-student', active: 2, completed: 0 },
      { form: 'teacher-teacher', active: 2, completed: 1 },
      { form: 'teacher-student', active: 1, completed: 0 },
      { form: 'employer-student', active: 2, completed: 1 },
    ]);
    expect(report.programs).toBe(9);
    expect(report.practices).toBe(0);
  });

  it('counts satisfaction per role, the later answer of a repeated respondent', () => {
    // Mentors: Н1 9 (satisfied), Н2 5. Mentees: У1 6 (later answer), У3 7 (satisfied), У4 3.
    expect(report.satisfaction).toEqual({
      mentors: { respondents: 2, satisfied: 1 },
      mentees: { respondents: 3, satisfied: 1 },
    });
  });

  it('passes the contract’s own validation and keeps the school and contingent as given', () => {
    expect(parseSchoolReport(JSON.parse(JSON.stringify(report)))).toEqual({ ok: true, report });
    expect(report).toMatchObject({ schemaVersion: 1, school, period: '2024', contingent });
  });

  it('tells the curator in Russian what it could not count', () => {
    expect(notes).toEqual([
      'Наставляемых педагогов без стажа: 1 — не учтены как молодые педагоги; заполните «Стаж, лет»',
      'Наставников с ИНН индивидуального предпринимателя (12 цифр): 1 — ИП не передаются в отчёт, это персональные данные',
      'Повторных ответов на итоговую анкету: 1 — учтён последний ответ каждого участника',
      'Число персонализированных программ не указано в «Настройках» — взято число пар: 9',
    ]);
  });

  it('never contains a name, e-mail, phone, participant code or partner entrepreneur of the registries', () => {
    const serialised = JSON.stringify(report).toLowerCase().replace(/ё/g, 'е');
    const secrets = new Set<string>();
    for (const person of [...mentors, ...mentees]) {
      secrets.add(person.fullName);
      for (const part of person.fullName.split(/\s+/)) secrets.add(part);
      if (person.id) secrets.add(`"${person.id}"`);
    }
    for (const mentor of mentors) {
      if (mentor.email) secrets.add(mentor.email);
      if (mentor.phone) {
        secrets.add(mentor.phone);
        secrets.add(mentor.phone.replace(/\D/g, ''));
      }
    }
    for (const pair of pairs) {
      secrets.add(`"${pair.pairId}"`);
      secrets.add(pair.order);
    }
    secrets.add('Гусев');
    secrets.add('420512345675');
    for (const secret of secrets) {
      expect(serialised.includes(secret.toLowerCase().replace(/ё/g, 'е')), secret).toBe(false);
    }
    // The check can fail: the partner's legal name is there on purpose.
    expect(serialised.includes('сибирские станки')).toBe(true);
  });

  it('refuses a report whose participants exceed the contingent, naming the field', () => {
    const bad = buildSchoolReport({ ...input, contingent: { ...contingent, students15to19: 0 } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues).toEqual([
      {
        path: 'participants.mentorStudents15to19',
        message:
          '«Наставники-обучающиеся 15–19 лет» (1) больше, чем «Обучающиеся 15–19 лет» (0, contingent.students15to19)',
      },
    ]);
  });

  it('takes the programme and practice counts when given', () => {
    const given = buildSchoolReport({ ...input, programs: 12, practices: 2 });
    expect(given.ok && [given.report.programs, given.report.practices]).toEqual([12, 2]);
    expect(given.notes.some((note) => note.startsWith('Число персонализированных программ'))).toBe(false);
  });

  it('gives an empty but valid report for an empty workspace', () => {
    const empty = buildSchoolReport({ ...input, mentors: [], mentees: [], pairs: [], satisfaction: [] });
    expect(empty.ok && empty.report).toMatchObject({
      participants: {
        menteeStudents10to19: 0,
        mentorStudents15to19: 0,
        menteeYoungTeachers: 0,
        mentorTeachers: 0,
        mentorEmployees: 0,
      },
      enterprises: [],
      pairs: [],
      programs: 0,
    });
  });
});
