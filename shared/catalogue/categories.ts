// Who can be a mentor and who a mentee (the «Категория» column).
import type { MenteeCategory, MentorCategory } from '../registry/types';
import { createVocabulary } from './vocabulary';

export const mentorCategories = createVocabulary<MentorCategory>([
  {
    value: 'Обучающийся',
    label: 'Обучающийся',
    aliases: ['обучающаяся', 'ученик', 'ученица', 'учащийся', 'учащаяся', 'школьник', 'студент', 'студентка'],
  },
  {
    value: 'Педагог',
    label: 'Педагог',
    aliases: ['учитель', 'преподаватель', 'педагогический работник', 'мастер производственного обучения'],
  },
  { value: 'Выпускник', label: 'Выпускник', aliases: ['выпускница'] },
  {
    value: 'Представитель предприятия',
    label: 'Представитель предприятия',
    aliases: ['работодатель', 'представитель работодателя', 'сотрудник предприятия', 'представитель организации'],
  },
  { value: 'Родитель', label: 'Родитель', aliases: ['законный представитель', 'родитель (законный представитель)'] },
  { value: 'Социальный партнёр', label: 'Социальный партнёр', aliases: ['партнёр'] },
]);

export const menteeCategories = createVocabulary<MenteeCategory>([
  {
    value: 'Обучающийся',
    label: 'Обучающийся',
    aliases: ['обучающаяся', 'ученик', 'ученица', 'учащийся', 'учащаяся', 'школьник', 'школьница'],
  },
  { value: 'Студент', label: 'Студент', aliases: ['студентка'] },
  {
    value: 'Молодой педагог',
    label: 'Молодой педагог',
    aliases: ['молодой специалист', 'молодой учитель', 'молодой преподаватель'],
  },
  { value: 'Педагог', label: 'Педагог', aliases: ['учитель', 'преподаватель'] },
]);
