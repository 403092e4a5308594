// The two questionnaires the add-on creates as Google Forms: the mentor questionnaire «Чем я могу
// быть полезен в качестве наставника?» (the Target Model roadmap, stage 3) and the mentee needs questionnaire
// (stage 2). Each question names the registry column its answer goes to; lists are closed answers
// from the catalogue and from «Списки для анкет», because closed answers are what matching compares.
import { FORMS, consentAnswers, meetingFormats, menteeCategories, mentorCategories } from '../catalogue';
import type { MenteeColumn, MentorColumn } from '../workspace';
import type { QuestionnaireLists } from './lists-sheet';

export type Registry = 'mentors' | 'mentees';
export type QuestionType = 'text' | 'paragraph' | 'choice' | 'checkbox' | 'list';

export interface Question<K extends string = string> {
  /** Registry column the answer fills; null for questions kept only in the responses sheet. */
  column: K | null;
  title: string;
  help?: string;
  type: QuestionType;
  choices?: readonly string[];
  /** Offer «Другое» with free text. */
  other?: boolean;
  required?: boolean;
}

export interface Questionnaire<K extends string = string> {
  registry: Registry;
  title: string;
  description: string;
  questions: Question<K>[];
}

export const WEEKDAY_CHOICES = ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота', 'Воскресенье'];
const CONSENT_CHOICES = consentAnswers.labels.map((label) => label[0].toUpperCase() + label.slice(1));
const FORM_NAMES = FORMS.map((form) => form.name);

export const MENTOR_QUESTIONNAIRE_TITLE = 'Чем я могу быть полезен в качестве наставника?';
export const MENTEE_QUESTIONNAIRE_TITLE = 'Анкета наставляемого: с чем мне нужна помощь';

export function mentorQuestionnaire(lists: QuestionnaireLists): Questionnaire<MentorColumn> {
  return {
    registry: 'mentors',
    title: MENTOR_QUESTIONNAIRE_TITLE,
    description:
      'Анкета кандидата в наставники. Ответы помогут подобрать вам наставляемых по интересам, запросам и удобному времени. ' +
      'Заполнение займёт 5–7 минут.',
    questions: [
      { column: 'fullName', title: 'Фамилия, имя, отчество', type: 'text', required: true },
      { column: 'category', title: 'Кто вы', type: 'choice', choices: mentorCategories.labels, required: true },
      { column: 'organization', title: 'Место работы или учёбы', type: 'text' },
      {
        column: 'inn',
        title: 'ИНН организации',
        help: 'Для представителей предприятий и социальных партнёров',
        type: 'text',
      },
      { column: 'age', title: 'Возраст, полных лет', type: 'text' },
      { column: 'grade', title: 'Класс или курс', help: 'Для обучающихся, например: 10А или 2 курс', type: 'text' },
      { column: 'experienceYears', title: 'Стаж работы, лет', help: 'Для педагогов и специалистов', type: 'text' },
      {
        column: 'forms',
        title: 'В каких формах наставничества вы готовы участвовать',
        type: 'checkbox',
        choices: FORM_NAMES,
        required: true,
      },
      {
        column: 'competencies',
        title: 'Чем вы можете помочь наставляемому',
        type: 'checkbox',
        choices: lists.topics,
        other: true,
      },
      {
        column: 'interests',
        title: 'Ваши интересы и увлечения',
        type: 'checkbox',
        choices: lists.interests,
        other: true,
      },
      {
        column: 'menteeGrades',
        title: 'С какими классами или курсами вы готовы работать',
        help: 'Например: 5-7; оставьте пустым, если не важно',
        type: 'text',
      },
      { column: 'days', title: 'В какие дни вам удобно встречаться', type: 'checkbox', choices: WEEKDAY_CHOICES },
      { column: 'format', title: 'Формат встреч', type: 'choice', choices: meetingFormats.labels },
      {
        column: 'capacity',
        title: 'Сколько наставляемых вы готовы взять',
        type: 'list',
        choices: ['1', '2', '3', '4', '5'],
      },
      { column: 'preferredMentees', title: 'Кого вы хотели бы взять в наставляемые (если знаете)', type: 'text' },
      { column: null, title: 'Почему вы хотите стать наставником', type: 'paragraph' },
      { column: 'email', title: 'Электронная почта', type: 'text' },
      { column: 'phone', title: 'Телефон', type: 'text' },
      {
        column: 'consent',
        title: 'Согласие на обработку персональных данных',
        help: 'Для несовершеннолетних — согласие родителя (законного представителя)',
        type: 'choice',
        choices: CONSENT_CHOICES,
        required: true,
      },
    ],
  };
}

export function menteeQuestionnaire(lists: QuestionnaireLists): Questionnaire<MenteeColumn> {
  return {
    registry: 'mentees',
    title: MENTEE_QUESTIONNAIRE_TITLE,
    description:
      'Анкета для тех, кто хочет получить наставника. Расскажите, с чем нужна помощь и когда удобно встречаться — ' +
      'по ответам куратор подберёт наставника.',
    questions: [
      { column: 'fullName', title: 'Фамилия, имя, отчество', type: 'text', required: true },
      { column: 'category', title: 'Кто вы', type: 'choice', choices: menteeCategories.labels, required: true },
      { column: 'age', title: 'Возраст, полных лет', type: 'text' },
      { column: 'grade', title: 'Класс или курс', help: 'Например: 7Б или 1 курс', type: 'text' },
      { column: 'experienceYears', title: 'Стаж работы, лет', help: 'Для педагогов', type: 'text' },
      { column: 'form', title: 'Форма наставничества', type: 'choice', choices: FORM_NAMES, required: true },
      {
        column: 'requests',
        title: 'С чем вам нужна помощь',
        type: 'checkbox',
        choices: lists.topics,
        other: true,
        required: true,
      },
      {
        column: 'interests',
        title: 'Ваши интересы и увлечения',
        type: 'checkbox',
        choices: lists.interests,
        other: true,
      },
      { column: 'days', title: 'В какие дни вам удобно встречаться', type: 'checkbox', choices: WEEKDAY_CHOICES },
      { column: 'format', title: 'Формат встреч', type: 'choice', choices: meetingFormats.labels },
      { column: 'preferredMentor', title: 'Кого вы хотели бы видеть своим наставником (если знаете)', type: 'text' },
      {
        column: 'consent',
        title: 'Согласие на обработку персональных данных',
        help: 'Для несовершеннолетних — согласие родителя (законного представителя)',
        type: 'choice',
        choices: CONSENT_CHOICES,
        required: true,
      },
    ],
  };
}

export function questionnaireFor(registry: Registry, lists: QuestionnaireLists): Questionnaire {
  return registry === 'mentors' ? mentorQuestionnaire(lists) : menteeQuestionnaire(lists);
}
