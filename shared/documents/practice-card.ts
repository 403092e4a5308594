// The information card of a mentoring practice (the regional methodology, «Форма наставнической практики»): the
// form a finished personalised programme is «packed» into for the bank of best practices.
import { formName } from '../catalogue';
import type { FormCode, Mentor } from '../registry/types';
import { countOf } from '../meetings/plural';
import type { PairProgress } from '../meetings/progress';
import { fillTemplate, type FilledDocument, type TemplateValues } from './fill-template';
import { decimalRu } from './names';
import { parseTemplate } from './template-parser';

export const PRACTICE_CARD_TEMPLATE = `# Информационная карта наставнической практики

| Ф.И.О. автора опыта, e-mail, телефон | {{автор}}, {{email}}, {{телефон}} |
| Наименование ОО, в котором работает автор опыта | {{организация}} |
| Должность | {{должность}} |
| Стаж работы в должности | {{стаж}} |
| Тема лучшей педагогической практики | {{тема}} |

## Описание практики

### Пояснительная записка
**Цель:** {{цель}}
**Форма наставничества:** {{форма}}
**Ролевая модель:** {{ролевая модель}}
**Результаты практики:**
- {{результаты}}

### Описание содержания (форм, способов, событий) наставнической практики
{{содержание}}

### Кейс наставника
Фото- и видеоматериалы, диагностика дефицитов, анкеты, опросники, листы наблюдений, методические рекомендации, пособия, памятки, описание техник, технологий и методик, ссылки на публикации о практике в сети Интернет:
- {{материалы}}
`;

export const PRACTICE_CARD_FIELDS: Readonly<Record<string, string>> = {
  автор: 'ФИО наставника — автора опыта',
  email: 'e-mail автора',
  телефон: 'телефон автора',
  организация: 'наименование организации',
  должность: 'должность автора',
  стаж: 'стаж работы в должности',
  тема: 'тема практики',
  цель: 'цель практики',
  форма: 'форма наставничества',
  'ролевая модель': 'ролевая модель',
  результаты: 'список результатов (пункт списка повторяется)',
  содержание: 'описание форм, способов и событий практики',
  материалы: 'список материалов кейса наставника (пункт списка повторяется)',
};

export interface PracticeCardInput {
  mentor: Mentor;
  organizationName?: string;
  position?: string;
  topic?: string;
  form?: FormCode;
  roleModel?: string;
  goal?: string;
  results?: readonly string[];
  content?: string;
  materials?: readonly string[];
}

/** Results a pair's meetings show by themselves, to start the card's list of results. */
export function meetingResults(progress: PairProgress): string[] {
  const results = [`Проведено ${countOf(progress.held, ['встреча', 'встречи', 'встреч'])} наставника и наставляемого`];
  if (progress.mentorScore !== undefined)
    results.push(`Средняя оценка встреч наставником: ${decimalRu(progress.mentorScore)} из 10`);
  if (progress.menteeScore !== undefined)
    results.push(`Средняя оценка встреч наставляемым: ${decimalRu(progress.menteeScore)} из 10`);
  return results;
}

export function practiceCardValues(input: PracticeCardInput): TemplateValues {
  const { mentor } = input;
  return {
    автор: mentor.fullName,
    email: mentor.email ?? '',
    телефон: mentor.phone ?? '',
    организация: input.organizationName ?? mentor.organization ?? '',
    должность: input.position ?? '',
    стаж: mentor.experienceYears === undefined ? '' : countOf(mentor.experienceYears, ['год', 'года', 'лет']),
    тема: input.topic ?? '',
    цель: input.goal ?? '',
    форма: input.form ? formName(input.form) : '',
    'ролевая модель': input.roleModel ?? '',
    результаты: input.results ?? [],
    содержание: input.content ?? '',
    материалы: input.materials ?? [],
  };
}

export function practiceCardDocument(
  input: PracticeCardInput,
  template: string = PRACTICE_CARD_TEMPLATE,
): FilledDocument {
  return fillTemplate(parseTemplate(template), practiceCardValues(input));
}
