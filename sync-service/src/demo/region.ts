// The invented demo region: municipalities, organisations and partner enterprises.
// Every name is made up; any resemblance to a real organisation is accidental.
import type { SchoolKind } from '../../../shared/report';
import { entrepreneurInn, legalEntityInn } from './inn';
import { seeded } from './random';

export const DEMO_REGION_NAME = 'Приреченская область (демо)';
/** Enterprises in the region whose staff could mentor: the denominator of `enterprisesShare`. */
export const DEMO_REGION_ENTERPRISES = 200;

export interface DemoMunicipality {
  name: string;
  /** Tax office code for the ИНН of enterprises registered there. */
  taxOffice: string;
  /** Relative size: the regional centre has the largest schools. */
  size: number;
  organisations: Array<{ name: string; kind: SchoolKind }>;
  enterprises: string[];
}

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  {
    name: 'Приреченский ГО',
    taxOffice: '9901',
    size: 1.3,
    organisations: [
      { name: 'МБОУ «СОШ № 7»', kind: 'school' },
      { name: 'МАОУ «Гимназия № 2»', kind: 'school' },
      { name: 'МАОУ «Лицей № 11»', kind: 'school' },
      { name: 'МБОУ «СОШ № 24 с углублённым изучением отдельных предметов»', kind: 'school' },
      { name: 'МБОУ «СОШ № 31»', kind: 'school' },
      { name: 'МБОУ «ООШ № 15»', kind: 'school' },
      { name: 'ГБПОУ «Приреченский политехнический колледж»', kind: 'college' },
      { name: 'ГБПОУ «Приреченский педагогический колледж»', kind: 'college' },
      { name: 'МБУ ДО «Центр технического творчества «Горизонт»»', kind: 'additional' },
      { name: 'МАУ ДО «Дворец творчества детей и молодёжи»', kind: 'additional' },
    ],
    enterprises: [
      'АО «Приреченский машиностроительный завод»',
      'ООО «Цифровые решения»',
      'АО «Приреченскэнерго»',
      'ООО «Приреченский хлебокомбинат»',
      'ООО «ИТ-Парк «Прибрежный»»',
      'ГАУЗ «Приреченская городская клиническая больница № 1»',
      'ООО «Сибирская логистика»',
      'ООО «Медиагруппа «Берег»»',
      'ИП Соколова Т. Н.',
    ],
  },
  {
    name: 'Светлогорский ГО',
    taxOffice: '9902',
    size: 1.1,
    organisations: [
      { name: 'МБОУ «СОШ № 1»', kind: 'school' },
      { name: 'МБОУ «СОШ № 4»', kind: 'school' },
      { name: 'МАОУ «Гимназия № 6»', kind: 'school' },
      { name: 'МБОУ «СОШ № 9»', kind: 'school' },
      { name: 'МБОУ «Вечерняя (сменная) школа № 2»', kind: 'school' },
      { name: 'ГПОУ «Светлогорский техникум машиностроения»', kind: 'college' },
      { name: 'ГБПОУ «Светлогорский медицинский колледж»', kind: 'college' },
      { name: 'МБУ ДО «Станция юных техников»', kind: 'additional' },
    ],
    enterprises: [
      'АО «Светлогорский станкостроительный завод»',
      'ООО «Светлогорская энергосбытовая компания»',
      'ГБУЗ «Светлогорская городская больница»',
      'ООО «ТехноСервис»',
      'ООО «Аптечная сеть «Здоровье»»',
      'ИП Лебедев А. С.',
    ],
  },
  {
    name: 'Каменский МО',
    taxOffice: '9903',
    size: 0.9,
    organisations: [
      { name: 'МБОУ «Каменская СОШ № 1»', kind: 'school' },
      { name: 'МБОУ «Каменская СОШ № 3»', kind: 'school' },
      { name: 'МБОУ «Гимназия г. Каменска»', kind: 'school' },
      { name: 'МБОУ «Рудничная ООШ»', kind: 'school' },
      { name: 'МБОУ «Шахтёрская СОШ»', kind: 'school' },
      { name: 'ГПОУ «Каменский горнотехнический техникум»', kind: 'college' },
      { name: 'ГПОУ «Каменский техникум строительства и сервиса»', kind: 'college' },
      { name: 'МБУ ДО «Дом детского творчества г. Каменска»', kind: 'additional' },
    ],
    enterprises: [
      'ООО «Каменский разрез»',
      'АО «Каменский цементный завод»',
      'ООО «ГеоСтрой»',
      'ООО «Горная техника»',
      'ООО «Каменское автотранспортное предприятие»',
    ],
  },
  {
    name: 'Заречный МР',
    taxOffice: '9904',
    size: 0.6,
    organisations: [
      { name: 'МБОУ «Заречная СОШ»', kind: 'school' },
      { name: 'МБОУ «Луговская СОШ»', kind: 'school' },
      { name: 'МБОУ «Никольская ООШ»', kind: 'school' },
      { name: 'МБОУ «Сосновская СОШ»', kind: 'school' },
      { name: 'МКОУ «Ключевская ООШ»', kind: 'school' },
      { name: 'ГПОУ «Заречный аграрный техникум»', kind: 'college' },
      { name: 'МБУ ДО «Заречный центр детского творчества»', kind: 'additional' },
    ],
    enterprises: ['АО «Агрофирма «Заречье»»', 'АО «Заречный молочный комбинат»', 'СПК «Луговской»', 'ИП Орлова М. В.'],
  },
  {
    name: 'Озёрский МР',
    taxOffice: '9905',
    size: 0.7,
    organisations: [
      { name: 'МБОУ «Озёрская СОШ № 1»', kind: 'school' },
      { name: 'МБОУ «Озёрская СОШ № 2»', kind: 'school' },
      { name: 'МБОУ «Берёзовская СОШ»', kind: 'school' },
      { name: 'МБОУ «Кедровая ООШ»', kind: 'school' },
      { name: 'МБОУ «Рыбацкая СОШ»', kind: 'school' },
      { name: 'ГПОУ «Озёрский многопрофильный техникум»', kind: 'college' },
      { name: 'МБУ ДО «Озёрский эколого-биологический центр»', kind: 'additional' },
    ],
    enterprises: [
      'ООО «Озёрская птицефабрика»',
      'ООО «Торговый дом «Озёрный»»',
      'ООО «ЭкоТранс»',
      'ООО «Лесопромышленная компания «Кедр»»',
    ],
  },
];

export interface DemoEnterprise {
  inn: string;
  name: string;
  municipality: string;
}

export interface DemoOrganisation {
  id: string;
  name: string;
  kind: SchoolKind;
  municipality: string;
  size: number;
}

export function demoEnterprises(): DemoEnterprise[] {
  return DEMO_MUNICIPALITIES.flatMap((m) => {
    const random = seeded(`enterprises:${m.name}`);
    return m.enterprises.map((name) => ({
      name,
      municipality: m.name,
      inn: name.startsWith('ИП ') ? entrepreneurInn(m.taxOffice, random) : legalEntityInn(m.taxOffice, random),
    }));
  });
}

export function demoOrganisations(): DemoOrganisation[] {
  return DEMO_MUNICIPALITIES.flatMap((m, mi) =>
    m.organisations.map((o, oi) => ({
      id: `99-${String(mi + 1).padStart(2, '0')}${String(oi + 1).padStart(2, '0')}`,
      name: o.name,
      kind: o.kind,
      municipality: m.name,
      size: m.size,
    })),
  );
}
