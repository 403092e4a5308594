// The final questionnaire of stage 7 (the Target Model roadmap, 7.1): personal satisfaction with taking part.
// The overall score feeds the Table 5 indicators: satisfied means 7 or more out of 10.
import type { Questionnaire } from './questionnaire';
import { participantRoles } from './vocabularies';

/** A respondent is satisfied with an overall score of at least this. */
export const SATISFIED_FROM = 7;

export const CONTINUE_OPTIONS = ['да', 'нет', 'затрудняюсь ответить'] as const;

const satisfactionScale = {
  min: 1,
  max: 10,
  minLabel: 'совсем не удовлетворён',
  maxLabel: 'полностью удовлетворён',
} as const;
const usefulnessScale = { min: 1, max: 10, minLabel: 'совсем нет', maxLabel: 'полностью да' } as const;

export const satisfactionQuestionnaire: Questionnaire = {
  key: 'satisfaction',
  title: 'Итоговая анкета участника программы наставничества',
  description:
    'Анкета заполняется по завершении программы. Оцените, насколько вы удовлетворены участием в программе наставничества.',
  sheetName: 'Итоговая анкета',
  questions: [
    {
      key: 'participantId',
      text: 'Ваш код участника',
      kind: 'text',
      required: true,
      help: 'Код, который сообщил куратор (например, Н012). ФИО не указывайте.',
    },
    { key: 'role', text: 'Ваша роль в программе', kind: 'choice', options: participantRoles.labels, required: true },
    {
      key: 'overall',
      text: 'Оцените в целом, насколько вы удовлетворены участием в программе наставничества',
      kind: 'scale',
      ...satisfactionScale,
      required: true,
    },
    {
      key: 'expectations',
      text: 'Насколько программа оправдала ваши ожидания?',
      kind: 'scale',
      ...usefulnessScale,
      required: false,
    },
    {
      key: 'meetings',
      text: 'Насколько полезными были для вас встречи наставника и наставляемого?',
      kind: 'scale',
      ...usefulnessScale,
      required: false,
    },
    {
      key: 'organisation',
      text: 'Насколько удобно были организованы встречи (время, место, формат)?',
      kind: 'scale',
      ...usefulnessScale,
      required: false,
    },
    {
      key: 'continue',
      text: 'Хотели бы вы участвовать в программе наставничества снова?',
      kind: 'choice',
      options: CONTINUE_OPTIONS,
      required: false,
    },
    { key: 'mostUseful', text: 'Что было для вас самым полезным?', kind: 'paragraph', required: false },
    { key: 'improve', text: 'Что стоит изменить в программе?', kind: 'paragraph', required: false },
  ],
};
