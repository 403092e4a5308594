// The demo region's bank of practices: a few invented cards sent by demo organisations through the
// public API, most accepted to the municipal or the regional bank, one waiting, one returned.
import type { PracticeCard } from '../../../shared/practice';
import type { DemoOrganisation } from './region';

type Decision =
  { decision: 'accept'; level: 'municipal' | 'regional' } | { decision: 'return'; comment: string } | null;

interface DemoPractice {
  slug: string;
  card: Omit<PracticeCard, 'schemaVersion' | 'practiceId' | 'schoolId' | 'organizationName'>;
  decision: Decision;
}

const consenting = (fullName: string, position: string, years: number, email: string) => ({
  fullName,
  position,
  yearsInPosition: years,
  consentToPublishContacts: true,
  email,
});
const privateAuthor = (fullName: string, position: string) => ({ fullName, position, consentToPublishContacts: false });

export const DEMO_PRACTICES: readonly DemoPractice[] = [
  {
    slug: 'pervyy-god',
    decision: { decision: 'accept', level: 'regional' },
    card: {
      title: 'Наставник молодого педагога: первый год в профессии',
      form: 'teacher-teacher',
      roleModel: 'опытный педагог – молодой специалист',
      targetGroup: 'молодые педагоги со стажем до трёх лет',
      goal: 'Помочь молодому специалисту освоить профессию и остаться в школе',
      content:
        'Еженедельные встречи, взаимные посещения уроков, разбор трудных ситуаций, совместная подготовка открытого урока.',
      results: ['Все молодые специалисты остались в школе', 'Пять открытых уроков молодых педагогов'],
      programme: {
        durationMonths: 9,
        pairs: 4,
        completedPairs: 4,
        measurements: [{ parameter: 'Уверенность в профессии', entryMean: 2.6, exitMean: 4.2, participants: 4 }],
      },
      materials: [{ title: 'План встреч на год', url: 'https://example.org/demo/plan-vstrech.pdf' }],
      authors: [
        consenting('Соколова Анна Викторовна', 'учитель математики', 14, 'sokolova@example.org'),
        privateAuthor('Морозов Игорь Павлович', 'заместитель директора'),
      ],
    },
  },
  {
    slug: 'vozhatye',
    decision: { decision: 'accept', level: 'municipal' },
    card: {
      title: 'Школа вожатых: старшие — младшим',
      form: 'student-student',
      roleModel: 'равный – равному',
      targetGroup: 'обучающиеся 5–7 классов',
      goal: 'Научить старшеклассников вести занятия и поддерживать младших',
      content: 'Старшеклассники после обучения ведут клубные занятия и перемены для пятиклассников.',
      results: ['Двенадцать вожатых ведут занятия', 'Меньше конфликтов на переменах'],
      programme: { durationMonths: 6, pairs: 12, completedPairs: 11 },
      materials: [],
      authors: [privateAuthor('Ковалёва Дарья Сергеевна', 'педагог-организатор')],
    },
  },
  {
    slug: 'proby',
    decision: { decision: 'accept', level: 'municipal' },
    card: {
      title: 'Профессиональные пробы на предприятии',
      form: 'employer-student',
      roleModel: 'активный профессионал – равнодушный потребитель',
      targetGroup: 'обучающиеся 8–9 классов',
      goal: 'Помочь школьникам выбрать профессию',
      content: 'Мастера предприятия ведут группы школьников на пробах в цехах и лабораториях.',
      results: ['Треть участников выбрала профильные классы'],
      materials: [],
      authors: [consenting('Лебедев Павел Андреевич', 'мастер участка', 8, 'lebedev@example.org')],
    },
  },
  {
    slug: 'uspevaemost',
    decision: { decision: 'return', comment: 'Добавьте результаты второго полугодия и ссылку на план занятий' },
    card: {
      title: 'Учимся вместе: помощь отстающим',
      form: 'student-student',
      roleModel: 'успевающий – неуспевающий',
      targetGroup: 'обучающиеся 6–8 классов',
      goal: 'Подтянуть успеваемость по математике',
      content: 'Пары учеников занимаются после уроков два раза в неделю.',
      results: ['Средний балл по математике вырос'],
      materials: [],
      authors: [privateAuthor('Никитина Ольга Ивановна', 'учитель математики')],
    },
  },
  {
    slug: 'kurator',
    decision: null,
    card: {
      title: 'Куратор детских наставнических практик',
      form: 'teacher-student',
      roleModel: 'педагог-куратор детских наставнических практик – группа учащихся',
      targetGroup: 'обучающиеся 9–11 классов',
      goal: 'Вырастить наставников среди старшеклассников',
      content: 'Педагог-куратор готовит старшеклассников к роли наставника и сопровождает их пары.',
      results: ['Десять старшеклассников стали наставниками'],
      materials: [],
      authors: [consenting('Орлова Светлана Юрьевна', 'социальный педагог', 6, 'orlova@example.org')],
    },
  },
];

/** The cards of the demo practices, each from the organisation at the same place in `organisations`. */
export function demoPracticeCards(
  organisations: readonly DemoOrganisation[],
): Array<{ card: PracticeCard; decision: Decision }> {
  return DEMO_PRACTICES.map((p, i) => {
    const org = organisations[(i * 7) % organisations.length];
    return {
      card: {
        schemaVersion: 1,
        practiceId: `${org.id}-${p.slug}`,
        schoolId: org.id,
        organizationName: org.name,
        ...p.card,
      },
      decision: p.decision,
    };
  });
}
