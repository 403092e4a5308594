// Stage 2 parameters (the programme's monitoring section): what the programme should change in its participants,
// measured at entry and at exit.

export type ParameterKey =
  'softSkills' | 'motivation' | 'involvement' | 'adaptation' | 'professionalSatisfaction' | 'climate';

export interface ParameterInfo {
  key: ParameterKey;
  /** Short Russian name for tables and charts. */
  label: string;
  /** The wording of the programme's monitoring section. */
  description: string;
  /** Who answers its questions; empty = everyone. */
  audience: string;
}

export const PARAMETERS: readonly ParameterInfo[] = [
  {
    key: 'softSkills',
    label: 'Гибкие навыки',
    description: 'развитие гибких навыков, необходимых для гармоничной личности',
    audience: '',
  },
  {
    key: 'motivation',
    label: 'Мотивированность и осознанность',
    description:
      'уровень мотивированности и осознанности участников в вопросах саморазвития и профессионального образования',
    audience: '',
  },
  {
    key: 'involvement',
    label: 'Включённость в образовательный процесс',
    description: 'степень включённости обучающихся в образовательные процессы организации',
    audience: '',
  },
  {
    key: 'adaptation',
    label: 'Адаптация на рабочем месте',
    description: 'качество адаптации молодого специалиста на месте работы',
    audience: 'молодые специалисты',
  },
  {
    key: 'professionalSatisfaction',
    label: 'Удовлетворённость профессиональной деятельностью',
    description: 'удовлетворённость педагогов собственной профессиональной деятельностью',
    audience: 'педагоги',
  },
  {
    key: 'climate',
    label: 'Психологический климат',
    description: 'психологический климат в коллективе',
    audience: '',
  },
];

export function parameterInfo(key: ParameterKey): ParameterInfo {
  return PARAMETERS.find((parameter) => parameter.key === key) as ParameterInfo;
}
