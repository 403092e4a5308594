import { describe, expect, it } from 'vitest';
import { countParticipants, partnerEnterprises } from '../../shared/school-report';
import { BAD_INN, ENTREPRENEUR_INN, LEGAL_INN, mentees, mentors, pairs } from './fixtures';

const OTHER_INN = '4205998877';

describe('partner enterprises', () => {
  const base = mentors[1];

  it('names each ИНН by its most frequent spelling and sorts by ИНН', () => {
    const { enterprises, notes } = partnerEnterprises([
      { ...base, inn: OTHER_INN, organization: 'АО «Кузнецкие краны»' },
      { ...base, inn: LEGAL_INN, organization: 'ООО СибСтан' },
      { ...base, inn: ` ${LEGAL_INN} `, organization: 'ООО «Сибирские станки»' },
      { ...base, inn: LEGAL_INN, organization: 'ООО "Сибирские  станки"' },
    ]);
    expect(enterprises).toEqual([
      { inn: LEGAL_INN, name: 'ООО «Сибирские станки»' },
      { inn: OTHER_INN, name: 'АО «Кузнецкие краны»' },
    ]);
    expect(notes).toEqual([]);
  });

  it('explains what it leaves out', () => {
    const { enterprises, notes } = partnerEnterprises([
      { ...base, inn: BAD_INN },
      { ...base, inn: ENTREPRENEUR_INN },
      { ...base, inn: undefined, organization: 'ООО «Без ИНН»' },
      { ...base, inn: OTHER_INN, organization: undefined },
    ]);
    expect(enterprises).toEqual([{ inn: OTHER_INN, name: `Организация с ИНН ${OTHER_INN}` }]);
    expect(notes).toEqual([
      `У наставников с ИНН ${OTHER_INN} не заполнена «Организация» — в отчёте указан ИНН`,
      'Наставников с неверным ИНН организации: 1 — их предприятия не учтены; проверьте «ИНН организации»',
      'Наставников с ИНН индивидуального предпринимателя (12 цифр): 1 — ИП не передаются в отчёт, это персональные данные',
      'Наставников-представителей предприятий без ИНН организации: 1 — их предприятия не учтены',
    ]);
  });
});

describe('participants', () => {
  it('notes pair rows whose people are missing from the registries', () => {
    const { counts, notes } = countParticipants(mentors.slice(1), mentees.slice(1), pairs);
    // Without Н1 (teacher) and У1: the teacher count drops to 0 and У1 is not counted.
    expect(counts.mentorTeachers).toBe(0);
    expect(counts.menteeStudents10to19).toBe(6);
    expect(notes).toContain('Наставляемых из листа «Пары», которых нет в листе «Наставляемые»: 1 — они не учтены');
    expect(notes).toContain('Наставников из листа «Пары», которых нет в листе «Наставники»: 1 — они не учтены');
  });

  it('notes people of age-bound categories without an age', () => {
    const { counts, notes } = countParticipants(
      mentors,
      mentees.map((m) => (m.id === 'У3' ? { ...m, age: undefined } : m)),
      pairs,
    );
    expect(counts.menteeStudents10to19).toBe(6);
    expect(notes).toContain(
      'Наставляемых-обучающихся без возраста: 1 — не учтены в показателях по возрасту; заполните «Возраст»',
    );
  });
});
