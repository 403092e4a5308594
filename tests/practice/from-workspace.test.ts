// The practice card pre-filled from the workspace's records: which programme a choice names, what
// the curator is told to check, and that nothing of a mentee reaches the card.
import { describe, expect, it } from 'vitest';
import { meetingSheet, readMeetings } from '../../shared/meetings';
import { readMeasurementAnswers } from '../../shared/monitoring';
import { practiceDraftFromWorkspace, type PracticeWorkspace } from '../../shared/practice/from-workspace';
import { readMentees, readMentors, readPairs } from '../../shared/registry';
import { measurementAnswerSheet, menteeSheet, mentorSheet, pairSheet } from '../../shared/workspace';
import {
  gridOf,
  MENTEE_DATA,
  practiceMeasurements,
  practiceMeetings,
  practiceMentees,
  practiceMentors,
  practicePairs,
} from './practice-workspace';

function workspace(
  edit: (rows: { mentors: typeof practiceMentors; pairs: typeof practicePairs }) => void = () => {},
): PracticeWorkspace {
  const mentors = practiceMentors.map((row) => ({ ...row }));
  const pairs = practicePairs.map((row) => ({ ...row }));
  edit({ mentors, pairs });
  return {
    schoolId: '42-0003',
    organizationName: 'МБОУ «Лицей № 3»',
    mentors: readMentors(gridOf(mentorSheet, mentors)).mentors,
    mentees: readMentees(gridOf(menteeSheet, practiceMentees)).mentees,
    pairs: readPairs(gridOf(pairSheet, pairs)).records,
    meetings: readMeetings(gridOf(meetingSheet, practiceMeetings)).meetings,
    measurement: readMeasurementAnswers(gridOf(measurementAnswerSheet, practiceMeasurements)).answers,
    today: '2025-06-01',
  };
}

describe('practice card from the workspace', () => {
  it("describes a young teacher's pair by the group, never by the mentee", () => {
    const data = workspace(({ pairs }) => {
      pairs[3].Статус = 'завершена';
    });
    const result = practiceDraftFromWorkspace(data, 'П4');
    if (!result.ok) throw new Error(result.message);
    const { card, notes, missing, contacts } = result.draft;
    expect(card.targetGroup).toBe('молодые педагоги');
    expect(card.roleModel).toBe('опытный педагог – молодой специалист');
    expect(card.programme).toEqual({ pairs: 1, completedPairs: 1 });
    expect(notes).toContain(
      'Ролевая модель «опытный педагог – молодой специалист» выбрана по форме «учитель – учитель» — проверьте её.',
    );
    expect(missing.map((line) => line.split(':')[0])).toEqual([
      'Тема практики',
      'Цель практики',
      'Описание содержания',
      'Автор 1, должность',
    ]);
    expect(contacts).toEqual({ email: 'galina.sidorenko@example.ru', phone: '+7 905 111-22-33' });
    const json = JSON.stringify(card);
    for (const text of MENTEE_DATA) expect(json, text).not.toContain(text);
    expect(json).not.toContain('example.ru');
  });

  it('takes the form most completed pairs had, and says so', () => {
    // Н1's completed pairs: П1 and the group П5 «учитель – ученик», П4 «учитель – учитель».
    const data = workspace(({ pairs }) => {
      pairs[0].Статус = 'завершена';
      pairs[3].Статус = 'завершена';
    });
    const result = practiceDraftFromWorkspace(data, 'Н1');
    if (!result.ok) throw new Error(result.message);
    expect(result.draft.card.form).toBe('teacher-student');
    expect(result.draft.notes[0]).toBe(
      'Завершённые пары работали в разных формах («учитель – ученик», «учитель – учитель»): в карточке — «учитель – ученик».',
    );
    expect(result.draft.card.programme).toMatchObject({ pairs: 3, completedPairs: 3 });
  });

  it("asks for an ID when two mentors share a name, and for the school's code when it is missing", () => {
    const twins = workspace(({ mentors }) => {
      mentors.push({ ...mentors[0], ID: 'Н9', Email: '', Телефон: '' });
    });
    expect(practiceDraftFromWorkspace(twins, 'сидоренко галина федоровна')).toEqual({
      ok: false,
      message: 'В листе «Наставники» несколько наставников «сидоренко галина федоровна»: укажите ID (Н1, Н9).',
    });
    const noCode = practiceDraftFromWorkspace({ ...workspace(), schoolId: '' }, 'П5');
    expect(noCode.ok && noCode.draft.card.practiceId).toBe('');
    expect(noCode.ok && noCode.draft.notes).toContain(
      'Заполните «Код организации в регионе» в листе «Настройки»: без него карточку не отправить.',
    );
  });
});
