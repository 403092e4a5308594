// Kinds and levels of a mentor's achievement: the regional methodology's list of what earns
// incentive points (the local act «О стимулирующих выплатах педагогическим работникам»).
import { createVocabulary } from '../catalogue';

export type AchievementKind = 'programme' | 'practice' | 'sharing' | 'project' | 'contest';
export type AchievementLevel = 'school' | 'municipal' | 'regional' | 'federal';

export const ACHIEVEMENT_KIND_LABELS: Readonly<Record<AchievementKind, string>> = {
  programme: 'Персонализированная программа разработана и реализована',
  practice: 'Практика в банке практик',
  sharing: 'Распространение опыта',
  project: 'Проект наставничества',
  contest: 'Конкурс',
};

export const ACHIEVEMENT_LEVEL_LABELS: Readonly<Record<AchievementLevel, string>> = {
  school: 'ОО',
  municipal: 'муниципальный',
  regional: 'региональный',
  federal: 'федеральный',
};

export const KIND_ORDER: readonly AchievementKind[] = ['programme', 'practice', 'sharing', 'project', 'contest'];
export const LEVEL_ORDER: readonly AchievementLevel[] = ['school', 'municipal', 'regional', 'federal'];

/** The dropdown texts of «Вид достижения», exactly as the sheet shows them. */
export const ACHIEVEMENT_KINDS: readonly string[] = KIND_ORDER.map((kind) => ACHIEVEMENT_KIND_LABELS[kind]);
/** The dropdown texts of «Уровень». */
export const ACHIEVEMENT_LEVELS: readonly string[] = LEVEL_ORDER.map((level) => ACHIEVEMENT_LEVEL_LABELS[level]);

export const achievementKinds = createVocabulary<AchievementKind>([
  {
    value: 'programme',
    label: ACHIEVEMENT_KIND_LABELS.programme,
    aliases: ['Персонализированная программа', 'Программа наставничества'],
  },
  {
    value: 'practice',
    label: ACHIEVEMENT_KIND_LABELS.practice,
    aliases: ['Банк практик', 'Наставническая практика', 'Практика'],
  },
  {
    value: 'sharing',
    label: ACHIEVEMENT_KIND_LABELS.sharing,
    aliases: [
      'Трансляция опыта',
      'Распространение опыта наставничества',
      'Семинар',
      'Вебинар',
      'Конференция',
      'Фестиваль',
    ],
  },
  {
    value: 'project',
    label: ACHIEVEMENT_KIND_LABELS.project,
    aliases: ['Наставнический проект', 'Участие в наставническом проекте'],
  },
  { value: 'contest', label: ACHIEVEMENT_KIND_LABELS.contest, aliases: ['Конкурсное движение', 'Участие в конкурсе'] },
]);

export const achievementLevels = createVocabulary<AchievementLevel>([
  {
    value: 'school',
    label: ACHIEVEMENT_LEVEL_LABELS.school,
    aliases: ['школьный', 'уровень ОО', 'организация', 'образовательная организация'],
  },
  {
    value: 'municipal',
    label: ACHIEVEMENT_LEVEL_LABELS.municipal,
    aliases: ['муниципалитет', 'городской', 'районный'],
  },
  {
    value: 'regional',
    label: ACHIEVEMENT_LEVEL_LABELS.regional,
    aliases: ['регион', 'областной', 'республиканский', 'краевой'],
  },
  {
    value: 'federal',
    label: ACHIEVEMENT_LEVEL_LABELS.federal,
    aliases: ['всероссийский', 'российский', 'международный'],
  },
]);
