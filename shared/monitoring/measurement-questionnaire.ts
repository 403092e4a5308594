// Entry and exit measurement of the stage 2 parameters: the same questionnaire twice, matched by
// the participant's code (an ID of the registry, never a name).
import { AGREEMENT_SCALE, type Questionnaire, type ScaleQuestion } from './questionnaire';
import { PARAMETERS, type ParameterKey } from './parameters';
import { participantRoles, waves } from './vocabularies';

const YOUNG_ONLY = 'Отвечают молодые специалисты; остальные пропускают вопрос';
const TEACHERS_ONLY = 'Отвечают педагоги; остальные пропускают вопрос';

/** Statements per parameter; a help text marks a statement only some participants answer. */
const STATEMENTS: Record<ParameterKey, ReadonlyArray<{ text: string; help?: string }>> = {
  softSkills: [
    { text: 'Я легко нахожу общий язык с новыми людьми' },
    { text: 'Я умею работать в команде и договариваться об общем решении' },
    { text: 'Я спокойно справляюсь с трудными и непривычными ситуациями' },
  ],
  motivation: [
    { text: 'Я понимаю, чему хочу научиться в ближайший год' },
    { text: 'Я сам(а) ставлю себе цели в учёбе или работе и добиваюсь их' },
    { text: 'Я знаю, в каком направлении хочу развиваться профессионально' },
  ],
  involvement: [
    { text: 'Я участвую в мероприятиях, проектах и конкурсах своей организации' },
    { text: 'Мне интересно то, что происходит в моей школе (колледже)' },
  ],
  adaptation: [
    { text: 'Я уверенно чувствую себя на своём рабочем месте', help: YOUNG_ONLY },
    { text: 'Я знаю, к кому обратиться за помощью в коллективе', help: YOUNG_ONLY },
  ],
  professionalSatisfaction: [
    { text: 'Я доволен(льна) своей профессиональной деятельностью', help: TEACHERS_ONLY },
    { text: 'Я хочу и дальше работать в своей профессии', help: TEACHERS_ONLY },
  ],
  climate: [
    { text: 'В моём коллективе (классе, группе) доброжелательная атмосфера' },
    { text: 'Мне комфортно высказывать своё мнение в коллективе' },
  ],
};

/** The scale items, keyed `parameter.n` (softSkills.1 …). */
export const measurementItems: readonly ScaleQuestion[] = PARAMETERS.flatMap((parameter) =>
  STATEMENTS[parameter.key].map((statement, index): ScaleQuestion => ({
    key: `${parameter.key}.${index + 1}`,
    text: statement.text,
    kind: 'scale',
    ...AGREEMENT_SCALE,
    parameter: parameter.key,
    required: statement.help === undefined,
    ...(statement.help ? { help: statement.help } : {}),
  })),
);

export const measurementQuestionnaire: Questionnaire = {
  key: 'measurement',
  title: 'Анкета участника программы наставничества: входной и итоговый замер',
  description:
    'Анкету заполняют дважды: в начале программы и по её завершении. Ответы помогают оценить, как программа ' +
    'наставничества влияет на участников. Оцените каждое утверждение от 1 (совсем не согласен) до 10 (полностью согласен).',
  sheetName: 'Замеры (вход и выход)',
  questions: [
    {
      key: 'participantId',
      text: 'Ваш код участника',
      kind: 'text',
      required: true,
      help: 'Код, который сообщил куратор (например, Н012). ФИО не указывайте: по коду сравниваются ответы в начале и в конце программы.',
    },
    { key: 'role', text: 'Ваша роль в программе', kind: 'choice', options: participantRoles.labels, required: true },
    { key: 'wave', text: 'Когда вы заполняете анкету?', kind: 'choice', options: waves.labels, required: true },
    ...measurementItems,
  ],
};
