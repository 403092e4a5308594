// Mentoring forms of the Target Model with their role models.
import type { FormCode, MenteeCategory, MentorCategory } from '../registry/types';
import { createVocabulary } from './vocabulary';

export interface MentoringForm {
  code: FormCode;
  /** The name written in sheets and documents. */
  name: string;
  /** Other names of the same form used by schools and colleges. */
  aliases: readonly string[];
  /** Short mark used in pair IDs, e.g. `П-Н001-УУ`. */
  abbreviation: string;
  /** Typical role models («вариации ролевых моделей») inside the form. */
  roleModels: readonly string[];
  mentorCategories: readonly MentorCategory[];
  menteeCategories: readonly MenteeCategory[];
  /** Peer form: the mentor must be from a higher grade or course than the mentee. */
  mentorAboveMentee: boolean;
}

export const FORMS: readonly MentoringForm[] = [
  {
    code: 'student-student',
    name: 'ученик – ученик',
    aliases: ['студент – студент', 'обучающийся – обучающийся', 'учащийся – учащийся'],
    abbreviation: 'УУ',
    roleModels: [
      'успевающий – неуспевающий',
      'лидер – пассивный',
      'равный – равному',
      'учащийся-наставник – группа наставляемых',
    ],
    mentorCategories: ['Обучающийся', 'Выпускник'],
    menteeCategories: ['Обучающийся', 'Студент'],
    mentorAboveMentee: true,
  },
  {
    code: 'teacher-teacher',
    name: 'учитель – учитель',
    aliases: ['педагог – педагог', 'преподаватель – преподаватель'],
    abbreviation: 'ПП',
    roleModels: [
      'опытный педагог – молодой специалист',
      'лидер педагогического сообщества – педагог, испытывающий проблемы',
      'педагог-новатор – консервативный педагог',
      'опытный предметник – неопытный предметник',
      'молодой педагог – опытный педагог/группа',
      'директор ОО – педагог',
    ],
    mentorCategories: ['Педагог'],
    menteeCategories: ['Молодой педагог', 'Педагог'],
    mentorAboveMentee: false,
  },
  {
    code: 'teacher-student',
    name: 'учитель – ученик',
    aliases: [
      'педагог – студент',
      'преподаватель – студент',
      'педагог – ученик',
      'учитель – студент',
      'преподаватель – ученик',
    ],
    abbreviation: 'ПУ',
    roleModels: [
      'лидер – пассивный',
      'активный профессионал – равнодушный потребитель',
      'молодой педагог-куратор – группа учащихся',
      'педагог-куратор детских наставнических практик – группа учащихся',
    ],
    mentorCategories: ['Педагог'],
    menteeCategories: ['Обучающийся', 'Студент'],
    mentorAboveMentee: false,
  },
  {
    code: 'student-pupil',
    name: 'студент – ученик',
    aliases: ['студент – школьник', 'студент – учащийся'],
    abbreviation: 'СУ',
    roleModels: ['студент – группа учащихся', 'студент колледжа – школьник, выбирающий профессию'],
    mentorCategories: ['Обучающийся', 'Выпускник'],
    menteeCategories: ['Обучающийся'],
    mentorAboveMentee: false,
  },
  {
    code: 'employer-student',
    name: 'работодатель – студент',
    aliases: [
      'социальный партнёр – ученик',
      'социальный партнёр – студент',
      'социальный партнёр – учащийся',
      'работодатель – ученик',
      'работодатель – учащийся',
      'представитель предприятия – студент',
      'представитель предприятия – ученик',
    ],
    abbreviation: 'РС',
    roleModels: [
      'активный профессионал – равнодушный потребитель',
      'успешный профессионал – студент, выбирающий профессию',
      'работодатель – будущий сотрудник',
      'социальный партнёр – группа учащихся',
    ],
    mentorCategories: ['Представитель предприятия', 'Социальный партнёр', 'Выпускник', 'Родитель'],
    menteeCategories: ['Студент', 'Обучающийся'],
    mentorAboveMentee: false,
  },
];

export const FORM_CODES: readonly FormCode[] = FORMS.map((form) => form.code);

export const forms = createVocabulary<FormCode>(
  FORMS.map((form) => ({ value: form.code, label: form.name, aliases: form.aliases })),
);

/** The form for a name, an alias or a code, whatever the case, spaces, dashes or «ё»; undefined when unknown. */
export function resolveForm(text: string): FormCode | undefined {
  return forms.resolve(text);
}

export function formInfo(code: FormCode): MentoringForm {
  const form = FORMS.find((candidate) => candidate.code === code);
  if (!form) throw new Error(`Unknown form code ${code}`);
  return form;
}

/** The sheet name of a form, e.g. `ученик – ученик`. */
export function formName(code: FormCode): string {
  return formInfo(code).name;
}
