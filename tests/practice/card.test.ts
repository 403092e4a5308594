import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { parsePracticeCard, practiceCardSchema, publicCard } from '../../shared/practice';
import { sampleCard } from './sample-card';

/** Every object key reachable in a zod schema, as dotted paths. */
function schemaKeys(schema: z.core.$ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.core.$ZodType>;
      return Object.entries(shape).flatMap(([key, child]) => [prefix + key, ...schemaKeys(child, `${prefix}${key}.`)]);
    }
    case 'array':
      return schemaKeys(def.element as z.core.$ZodType, prefix);
    case 'optional':
    case 'nullable':
    case 'default':
      return schemaKeys(def.innerType as z.core.$ZodType, prefix);
    case 'pipe':
      return [...schemaKeys(def.in as z.core.$ZodType, prefix), ...schemaKeys(def.out as z.core.$ZodType, prefix)];
    default:
      return [];
  }
}

const issuesOf = (input: unknown) => {
  const result = parsePracticeCard(input);
  return result.ok ? [] : result.issues;
};

describe('practice card v1', () => {
  it('accepts a complete card and keeps it as it is', () => {
    expect(parsePracticeCard(sampleCard())).toEqual({ ok: true, card: sampleCard() });
  });

  it('has no field about mentees anywhere: a card is about a method', () => {
    const keys = schemaKeys(practiceCardSchema);
    expect(keys).toContain('authors.consentToPublishContacts');
    expect(keys).toContain('programme.measurements.participants');
    const forbidden = /mentee|pupil|child|student|learner|наставляем|ученик|ребен|ребён|birth|grade|class/i;
    expect(keys.filter((k) => forbidden.test(k))).toEqual([]);
  });

  it('refuses fields the card does not know, in Russian, at every level', () => {
    const card = sampleCard() as unknown as Record<string, unknown>;
    expect(issuesOf({ ...card, menteeNames: ['Петя'] })).toEqual([
      { path: '', message: 'Неизвестные поля: menteeNames' },
    ]);
    const withPairs = sampleCard();
    (withPairs.programme as unknown as Record<string, unknown>).mentees = 3;
    expect(issuesOf(withPairs)).toEqual([{ path: 'programme', message: 'Неизвестные поля: mentees' }]);
    const withMenteeAuthor = sampleCard();
    (withMenteeAuthor.authors[0] as unknown as Record<string, unknown>).menteeName = 'Петя';
    expect(issuesOf(withMenteeAuthor)).toEqual([{ path: 'authors.0', message: 'Неизвестные поля: menteeName' }]);
  });

  it('refuses e-mail and phone of an author who did not consent to publish them', () => {
    const card = sampleCard();
    card.authors[1] = { ...card.authors[1], email: 'petrov@example.org', phone: '+7 900 000-00-02' };
    expect(issuesOf(card)).toEqual([
      {
        path: 'authors.1.email',
        message: 'Адрес электронной почты указывается только с согласием автора на публикацию контактов',
      },
      { path: 'authors.1.phone', message: 'Телефон указывается только с согласием автора на публикацию контактов' },
    ]);
  });

  it('the public view drops contacts without consent even if they slipped in', () => {
    const card = sampleCard();
    const leaked = { ...card, authors: [{ ...card.authors[1], email: 'petrov@example.org' }, card.authors[0]] };
    const shown = publicCard(leaked);
    expect(shown.authors[0]).not.toHaveProperty('email');
    expect(shown.authors[1]).toMatchObject({ email: 'ivanova@example.org', phone: '+7 900 000-00-01' });
  });

  it('checks the role model against the form of the catalogue', () => {
    expect(issuesOf(sampleCard({ roleModel: 'успевающий – неуспевающий' }))).toEqual([
      expect.objectContaining({
        path: 'roleModel',
        message: expect.stringMatching(
          /^Ролевая модель «успевающий – неуспевающий» не относится к форме «учитель – учитель»/,
        ),
      }),
    ]);
    expect(issuesOf(sampleCard({ form: 'teacher-pupil' as never }))[0]).toMatchObject({
      path: 'form',
      message: expect.stringMatching(/^Неизвестная форма наставничества/),
    });
  });

  it('words the usual mistakes in Russian with the field path', () => {
    expect(issuesOf(sampleCard({ title: '  ' }))).toEqual([{ path: 'title', message: 'Не должно быть пустым' }]);
    expect(issuesOf(sampleCard({ results: [] }))).toEqual([
      { path: 'results', message: 'Укажите хотя бы один результат практики' },
    ]);
    expect(issuesOf(sampleCard({ authors: [] }))).toEqual([
      { path: 'authors', message: 'Укажите хотя бы одного автора практики' },
    ]);
    expect(issuesOf(sampleCard({ practiceId: 'школа 1' }))[0]?.path).toBe('practiceId');
    expect(issuesOf(sampleCard({ materials: [{ title: 'План', url: 'javascript:alert(1)' }] }))).toEqual([
      { path: 'materials.0.url', message: 'Ожидается ссылка http(s)://…, получено: строка «javascript:alert(1)»' },
    ]);
    expect(issuesOf(sampleCard({ programme: { pairs: 2, completedPairs: 3 } }))).toEqual([
      { path: 'programme.completedPairs', message: 'Завершивших пар (3) больше, чем пар всего (2)' },
    ]);
    const { goal: _goal, ...noGoal } = sampleCard();
    expect(issuesOf(noGoal)).toEqual([{ path: 'goal', message: 'Обязательное поле не заполнено' }]);
    expect(issuesOf({ ...sampleCard(), schemaVersion: 2 })[0]?.message).toMatch(
      /^Поддерживается только версия карточки 1/,
    );
    expect(issuesOf([])).toEqual([{ path: '', message: 'Ожидается объект карточки практики, получено: список' }]);
  });

  it('speaks Russian even through a plain safeParse without the error map', () => {
    const result = practiceCardSchema.safeParse({ ...sampleCard(), title: 5, extra: 1 });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages).toContain('Ожидается строка, получено: число 5');
    expect(messages).toContain('Неизвестные поля: extra');
  });
});
