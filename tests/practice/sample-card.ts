import type { PracticeCard } from '../../shared/practice';

/** A complete valid practice card v1; each call returns a fresh copy. */
export function sampleCard(overrides: Partial<PracticeCard> = {}): PracticeCard {
  return {
    schemaVersion: 1,
    practiceId: 'sch-1-molodoy-pedagog',
    schoolId: 'sch-1',
    organizationName: 'МБОУ «Средняя школа № 1»',
    title: 'Наставник молодого педагога: первый год в профессии',
    form: 'teacher-teacher',
    roleModel: 'опытный педагог – молодой специалист',
    targetGroup: 'молодые педагоги со стажем до трёх лет',
    goal: 'Помочь молодому специалисту освоить профессию и остаться в школе',
    content:
      'Еженедельные встречи наставника и молодого специалиста, взаимные посещения уроков, разбор трудных ситуаций.',
    results: ['Все молодые специалисты остались в школе', 'Пять открытых уроков'],
    programme: {
      durationMonths: 9,
      pairs: 4,
      completedPairs: 4,
      measurements: [{ parameter: 'Уверенность в профессии', entryMean: 2.5, exitMean: 4.1, participants: 4 }],
    },
    materials: [{ title: 'План встреч', url: 'https://example.org/plan.pdf' }],
    authors: [
      {
        mentorId: 'Н001',
        fullName: 'Иванова Мария Петровна',
        position: 'учитель математики',
        yearsInPosition: 12,
        consentToPublishContacts: true,
        email: 'ivanova@example.org',
        phone: '+7 900 000-00-01',
      },
      { fullName: 'Петров Олег Иванович', position: 'заместитель директора', consentToPublishContacts: false },
    ],
    ...overrides,
  };
}
