// Documents of the rating, each filled from a template the curator may edit: the points of every
// mentor for the period, for the commission on incentive payments, and a letter of thanks per mentor.
import { shortName } from '../documents/names';
import type { TemplateRecord, TemplateValues } from '../documents/fill-template';
import { formatDayRu } from '../core/day';
import { ACHIEVEMENT_KIND_LABELS, KIND_ORDER } from './kinds';
import { numberRu, pointsRu } from './points-text';
import { round } from './points';
import type { Rating, RatingEntry } from './rating';
import { formulaLines } from './rating-sheet';
import { formLabel, type FormShortlist } from './shortlist';

export const COMMISSION_TEMPLATE = `# Баллы наставников для комиссии по стимулирующим выплатам
{{организация}}

**Период:** {{период}} учебный год
**Дата расчёта:** {{дата}}

| № | Наставник | Форма наставничества | Баллы за достижения | Баллы за работу пар | Итого баллов | Место в форме |
|---|---|---|---|---|---|---|
| {{наставники.номер}} | {{наставники.наставник}} | {{наставники.форма}} | {{наставники.достижения}} | {{наставники.пары}} | {{наставники.итого}} | {{наставники.место}} |

## Шорт-лист «Наставник года»
- {{шорт-лист}}

## Как считались баллы
- {{расчёт}}

**Куратор наставничества:** ____________ / {{куратор}} /
`;

export const COMMISSION_FIELDS: Readonly<Record<string, string>> = {
  организация: 'наименование организации из «Настроек»',
  период: 'учебный год, например 2025/2026',
  дата: 'дата расчёта',
  наставники: 'строки таблицы: {{наставники.номер}}, .наставник, .форма, .достижения, .пары, .итого, .место',
  'шорт-лист': 'список: шорт-лист по формам',
  расчёт: 'список: как считаются баллы (значения из «Настроек»)',
  куратор: 'куратор наставничества из «Настроек»',
};

export const THANKS_TEMPLATE = `# Благодарственное письмо
{{организация}}

Уважаемый(-ая) {{наставник}}!

Выражаем Вам искреннюю благодарность за работу наставником в {{период}} учебном году: за время, внимание и опыт, которыми Вы делились с наставляемыми.

## Ваши результаты за год
- {{результаты}}

**Руководитель:** ____________ / {{руководитель}} /
**Дата:** {{дата}}
`;

export const THANKS_FIELDS: Readonly<Record<string, string>> = {
  организация: 'наименование организации из «Настроек»',
  наставник: 'ФИО наставника',
  'наставник кратко': 'фамилия и инициалы наставника',
  форма: 'форма наставничества',
  период: 'учебный год',
  результаты: 'список: пары, встречи, достижения за год',
  баллы: 'итог баллов за год',
  место: 'место в рейтинге формы',
  руководитель: 'руководитель организации из «Настроек»',
  'должность руководителя': 'должность руководителя из «Настроек»',
  дата: 'дата письма',
};

export interface SchoolNames {
  organizationName?: string;
  curatorName?: string;
  directorName?: string;
  directorPosition?: string;
}

export function commissionValues(rating: Rating, lists: readonly FormShortlist[], names: SchoolNames): TemplateValues {
  const rows: TemplateRecord[] = rating.entries.map((e, index) => ({
    номер: String(index + 1),
    наставник: e.fullName,
    форма: formLabel(e.form),
    достижения: numberRu(e.achievementPoints),
    пары: numberRu(round(e.total - e.achievementPoints)),
    итого: numberRu(e.total),
    место: String(e.place),
  }));
  const shortlist = lists.flatMap((l) => [
    `${l.formLabel}: ${l.entries.length ? l.entries.map((e) => `${e.place}. ${shortName(e.fullName)} (${pointsRu(e.total)})`).join('; ') : 'нет'}`,
    ...l.notes.map((note) => `${l.formLabel}: ${note}`),
  ]);
  return {
    организация: names.organizationName ?? '',
    период: rating.period.label,
    дата: formatDayRu(rating.today),
    наставники: rows,
    'шорт-лист': shortlist,
    расчёт: formulaLines(rating.points),
    куратор: names.curatorName ? shortName(names.curatorName) : '',
  };
}

/** What the letter lists: pairs and how they went, achievements by kind. */
export function thanksResults(e: RatingEntry): string[] {
  const r = e.results;
  const lines: string[] = [];
  if (r.pairs > 0) lines.push(`Наставнических пар (групп) за год: ${r.pairs}, из них завершено: ${r.completed}`);
  if (r.regularity !== null) lines.push(`Недель работы пар со встречей: ${numberRu(round(r.regularity * 100, 0))}%`);
  if (r.satisfaction !== null)
    lines.push(`Средняя оценка наставляемых в итоговой анкете: ${numberRu(round(r.satisfaction))} из 10`);
  if (r.growth !== null && r.growth > 0)
    lines.push(`Рост наставляемых от входного к итоговому замеру: +${numberRu(round(r.growth))} балла из 10`);
  for (const kind of KIND_ORDER)
    if (e.achievements[kind] > 0) lines.push(`${ACHIEVEMENT_KIND_LABELS[kind]}: ${e.achievements[kind]}`);
  return lines;
}

export function thanksValues(rating: Rating, e: RatingEntry, names: SchoolNames): TemplateValues {
  return {
    организация: names.organizationName ?? '',
    наставник: e.fullName,
    'наставник кратко': shortName(e.fullName),
    форма: formLabel(e.form),
    период: rating.period.label,
    результаты: thanksResults(e),
    баллы: pointsRu(e.total),
    место: String(e.place),
    руководитель: names.directorName ? shortName(names.directorName) : '',
    'должность руководителя': names.directorPosition ?? '',
    дата: formatDayRu(rating.today),
  };
}

/** Mentors who get a letter: everyone of the rating with points for the year. */
export function thanksRecipients(rating: Rating): RatingEntry[] {
  return rating.entries.filter((e) => e.total > 0);
}
