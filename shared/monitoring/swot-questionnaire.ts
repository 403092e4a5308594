// Stage 1 monitoring (the programme's monitoring section): a SWOT analysis of the programme built from an
// anonymous questionnaire of its participants and the curator.
import type { Questionnaire } from './questionnaire';
import { swotRoles } from './vocabularies';

export type SwotKey = 'strengths' | 'weaknesses' | 'opportunities' | 'threats';

export const SWOT_KEYS: readonly SwotKey[] = ['strengths', 'weaknesses', 'opportunities', 'threats'];

export const SWOT_LABELS: Readonly<Record<SwotKey, string>> = {
  strengths: 'Сильные стороны',
  weaknesses: 'Слабые стороны',
  opportunities: 'Возможности',
  threats: 'Угрозы',
};

const listHelp = 'Можно назвать несколько пунктов: через точку с запятой или каждый с новой строки.';

export const swotQuestionnaire: Questionnaire = {
  key: 'swot',
  title: 'Анкета для SWOT-анализа программы наставничества',
  description:
    'Анонимная анкета. Ответы помогут увидеть сильные и слабые стороны программы наставничества, её возможности и риски.',
  sheetName: 'SWOT-анкета',
  questions: [
    { key: 'role', text: 'Ваша роль в программе', kind: 'choice', options: swotRoles.labels, required: true },
    {
      key: 'strengths',
      text: 'Сильные стороны программы: что получается хорошо?',
      kind: 'paragraph',
      required: false,
      help: listHelp,
    },
    {
      key: 'weaknesses',
      text: 'Слабые стороны программы: что мешает, что получается хуже, чем хотелось бы?',
      kind: 'paragraph',
      required: false,
      help: listHelp,
    },
    {
      key: 'opportunities',
      text: 'Возможности: что может помочь программе развиваться (люди, партнёры, ресурсы, события)?',
      kind: 'paragraph',
      required: false,
      help: listHelp,
    },
    {
      key: 'threats',
      text: 'Угрозы: какие риски для программы вы видите?',
      kind: 'paragraph',
      required: false,
      help: listHelp,
    },
  ],
};
