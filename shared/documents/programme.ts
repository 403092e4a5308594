// The personalised mentoring programme of a pair (the regional methodology, «Структура персонализированной
// программы»): mentor, mentee(s), goal, dates, role model, form of work, plan, result, resource.
import { formName, normalizeText } from '../catalogue';
import type { FormCode, Mentee, Mentor } from '../registry/types';
import { addDays, addMonths, daysBetween, formatDayRu, type Day } from '../core/day';
import { academicYearOf, dateInYear } from '../roadmap/academic-year';
import { fillTemplate, type FilledDocument, type TemplateRecord, type TemplateValues } from './fill-template';
import { shortName } from './names';
import { parseTemplate } from './template-parser';

export const PROGRAMME_TEMPLATE = `# Персонализированная программа наставничества
{{организация}}

**Пара:** {{пара}}
**Наставник:** {{наставник}}
**Наставляемый(-ые):** {{наставляемые}}
**Форма наставничества:** {{форма}}
**Ролевая модель:** {{ролевая модель}}
**Форма реализации:** {{форма реализации}}
**Формат встреч:** {{формат встреч}}
**Сроки реализации:** {{начало}} – {{окончание}}

## Цель
{{цель}}

## Задачи
- {{задачи}}

## План мероприятий
| № | Мероприятие | Срок | Результат |
|---|---|---|---|
| {{план.номер}} | {{план.мероприятие}} | {{план.срок}} | {{план.результат}} |

## Ожидаемый результат (проектный продукт)
{{результат}}

## Ресурс взаимодействия
{{ресурс}}

**Наставник:** ____________ / {{наставник кратко}} /
**Куратор:** ____________ / {{куратор}} /
`;

/** Placeholders of the programme template, with what they hold (help for the curator). */
export const PROGRAMME_FIELDS: Readonly<Record<string, string>> = {
  организация: 'наименование организации из «Настроек»',
  пара: 'ID пары',
  наставник: 'ФИО наставника',
  'наставник кратко': 'фамилия и инициалы наставника',
  наставляемые: 'ФИО наставляемого или наставляемых группы',
  форма: 'форма наставничества',
  'ролевая модель': 'ролевая модель, например «опытный педагог – молодой специалист»',
  'форма реализации': 'индивидуальная или групповая',
  'формат встреч': 'очно, дистанционно или смешанно',
  начало: 'дата начала работы пары',
  окончание: 'дата окончания программы',
  цель: 'цель программы',
  задачи: 'список: запросы наставляемых (пункт списка повторяется)',
  план: 'список встреч: {{план.номер}}, {{план.мероприятие}}, {{план.срок}}, {{план.результат}} (строка таблицы повторяется)',
  результат: 'ожидаемый результат или проектный продукт',
  ресурс: 'ресурс взаимодействия (для сетевого проекта)',
  куратор: 'ФИО куратора из «Настроек»',
};

export interface ProgrammeInput {
  pairId: string;
  form?: FormCode;
  mentor: Mentor;
  mentees: readonly Mentee[];
  organizationName?: string;
  curatorName?: string;
  /** `Дата начала` of the pair. */
  startDate?: Day;
  /** Defaults to 15 May of the academic year (the final meetings of the roadmap), kept within 3–12 months. */
  endDate?: Day;
  roleModel?: string;
  goal?: string;
  expectedResult?: string;
  resource?: string;
}

/** The programme's end: 15 May of the start's academic year, at least 3 and at most 12 months on (the regional methodology). */
export function programmeEnd(startDate: Day): Day {
  const may = dateInYear(academicYearOf(startDate), { month: 5, day: 15 });
  const earliest = addMonths(startDate, 3);
  const latest = addMonths(startDate, 12);
  return may < earliest ? earliest : may > latest ? latest : may;
}

/** The meeting sequence of the Target Model roadmap, stage 6, spread between the start and the end. */
export function programmePlan(startDate: Day | undefined, endDate: Day | undefined): TemplateRecord[] {
  const span = (from: number, to: number | null) =>
    startDate === undefined || endDate === undefined
      ? ''
      : `${formatDayRu(addDays(startDate, from))} – ${formatDayRu(to === null ? endDate : addDays(startDate, to))}`;
  const total = startDate && endDate ? daysBetween(startDate, endDate) : 0;
  const last = Math.min(total, Math.max(21, total - 14));
  const rows: Array<[string, string, string]> = [
    ['Встреча-знакомство', span(0, 7), 'Участники готовы к взаимодействию, поставлена цель первой встречи'],
    ['Пробная рабочая встреча', span(7, 14), 'Понятно, чем участники полезны друг другу; получен первый результат'],
    ['Встреча-планирование', span(14, 21), 'Поставлены цели и сроки, составлен план встреч'],
    [
      'Регулярные встречи не реже одного раза в неделю с обратной связью',
      span(21, last),
      'Продвижение к цели, заполненные формы обратной связи',
    ],
    ['Итоговая встреча', span(last, null), 'Рефлексия, подведение итогов, планы на продолжение'],
  ];
  return rows.map(([title, period, result], index) => ({
    номер: String(index + 1),
    мероприятие: title,
    срок: period,
    результат: result,
  }));
}

export function programmeValues(input: ProgrammeInput): TemplateValues {
  const requests: string[] = [];
  const seen = new Set<string>();
  for (const request of input.mentees.flatMap((mentee) => mentee.requests)) {
    if (!seen.has(normalizeText(request))) {
      seen.add(normalizeText(request));
      requests.push(request);
    }
  }
  const group = input.mentees.length > 1;
  const endDate = input.endDate ?? (input.startDate ? programmeEnd(input.startDate) : undefined);
  const defaultGoal = requests.length
    ? `Помочь ${group ? 'наставляемым' : 'наставляемому'} в решении запросов: ${requests.join('; ')}`
    : '';
  const form = input.form ?? input.mentees[0]?.form;
  return {
    организация: input.organizationName ?? '',
    пара: input.pairId,
    наставник: input.mentor.fullName,
    'наставник кратко': shortName(input.mentor.fullName),
    наставляемые: input.mentees.map((mentee) => mentee.fullName),
    форма: form ? formName(form) : '',
    'ролевая модель': input.roleModel ?? '',
    'форма реализации': group ? `групповая (${input.mentees.length} наставляемых)` : 'индивидуальная',
    'формат встреч': input.mentor.format ?? input.mentees[0]?.format ?? '',
    начало: input.startDate ? formatDayRu(input.startDate) : '',
    окончание: endDate ? formatDayRu(endDate) : '',
    цель: input.goal ?? defaultGoal,
    задачи: requests,
    план: programmePlan(input.startDate, endDate),
    результат: input.expectedResult ?? '',
    ресурс: input.resource ?? '',
    куратор: input.curatorName ? shortName(input.curatorName) : '',
  };
}

/** The programme from a template (the default one, or the curator's edited copy). */
export function programmeDocument(input: ProgrammeInput, template: string = PROGRAMME_TEMPLATE): FilledDocument {
  return fillTemplate(parseTemplate(template), programmeValues(input));
}
