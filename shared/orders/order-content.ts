// What goes into an order: the placeholder values and the table, from the registries and settings.
import { formName, mentorCategories } from '../catalogue';
import type { Mentor, PairRecord, WorkspaceSettings } from '../registry';
import type { OrderKind, Placeholder } from './templates';

export interface OrderDetails {
  number: string;
  /** ДД.ММ.ГГГГ */
  date: string;
  signatory: string;
  position: string;
}

export interface OrderContent {
  values: Record<Placeholder, string>;
  table: string[][];
  /** Russian notes for the curator: settings left empty and the like. */
  warnings: string[];
}

const BLANK = '____________________';

function countOf(n: number, words: readonly [string, string, string]): string {
  const tens = n % 100;
  const last = n % 10;
  const word =
    tens >= 11 && tens <= 14 ? words[2] : last === 1 ? words[0] : last >= 2 && last <= 4 ? words[1] : words[2];
  return `${n} ${word}`;
}
const MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** `01.09.2024` → `«01» сентября 2024 г.`, as orders are dated. */
export function orderDateText(date: string): string {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(date);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return date;
  return `«${m[1]}» ${MONTHS[Number(m[2]) - 1]} ${m[3]} г.`;
}

/** What the `Приказ` column of `Пары` holds: `№ 45-о от 01.09.2024`. */
export function orderReference(details: Pick<OrderDetails, 'number' | 'date'>): string {
  return `№ ${details.number} от ${details.date}`;
}

export function checkDetails(details: OrderDetails): string[] {
  const problems: string[] = [];
  if (!details.number.trim()) problems.push('укажите номер приказа');
  if (!/^\d{2}\.\d{2}\.\d{4}$/.test(details.date)) problems.push('укажите дату приказа в виде ДД.ММ.ГГГГ');
  return problems;
}

function values(
  settings: WorkspaceSettings,
  details: OrderDetails,
  count: string,
  warnings: string[],
): Record<Placeholder, string> {
  const filled = (value: string | undefined, label: string) => {
    if (value && value.trim()) return value.trim();
    warnings.push(`не заполнено «${label}» — в приказе оставлен пропуск`);
    return BLANK;
  };
  return {
    Организация: filled(settings.organizationName, 'Наименование организации'),
    Номер: details.number.trim(),
    Дата: orderDateText(details.date),
    Подписант: filled(details.signatory || settings.directorName, 'Руководитель (ФИО)'),
    Должность: filled(details.position || settings.directorPosition, 'Должность руководителя'),
    Куратор: filled(settings.curatorName, 'Куратор наставничества (ФИО)'),
    Количество: count,
    Таблица: '',
  };
}

/** Pairs without an order yet among the confirmed ones (all confirmed ones when `all`). */
export function pairsForOrder(records: readonly PairRecord[], all: boolean): PairRecord[] {
  return records.filter((r) => r.status === 'утверждена' && (all || !r.order.trim()));
}

export function pairOrderContent(
  pairs: readonly PairRecord[],
  settings: WorkspaceSettings,
  details: OrderDetails,
): OrderContent {
  const warnings: string[] = [];
  const groups = new Set(pairs.map((p) => p.pairId || `${p.mentorId}`)).size;
  const count = `${countOf(groups, ['пара/группа', 'пары/группы', 'пар/групп'])}, ${countOf(pairs.length, ['наставляемый', 'наставляемых', 'наставляемых'])}`;
  const table = [
    ['№', 'ID пары', 'Форма наставничества', 'Наставник', 'Наставляемый', 'Дата начала'],
    ...pairs.map((p, i) => [
      String(i + 1),
      p.pairId,
      p.form ? formName(p.form) : '',
      p.mentorName || p.mentorId,
      p.menteeName || p.menteeId,
      p.startDate,
    ]),
  ];
  return { values: values(settings, details, count, warnings), table, warnings };
}

/** Mentors of the registry order: consent given and not «выбыл». */
export function mentorsForOrder(mentors: readonly Mentor[]): {
  included: Mentor[];
  left: { mentor: Mentor; reason: string }[];
} {
  const included: Mentor[] = [];
  const left: { mentor: Mentor; reason: string }[] = [];
  for (const mentor of mentors) {
    if (mentor.status === 'выбыл') left.push({ mentor, reason: 'статус «выбыл»' });
    else if (!mentor.consent) left.push({ mentor, reason: 'нет согласия на обработку ПДн' });
    else included.push(mentor);
  }
  return { included, left };
}

export function registryOrderContent(
  mentors: readonly Mentor[],
  settings: WorkspaceSettings,
  details: OrderDetails,
): OrderContent {
  const warnings: string[] = [];
  const table = [
    ['№', 'ФИО', 'Категория', 'Место работы (учёбы)', 'Формы наставничества'],
    ...mentors.map((m, i) => [
      String(i + 1),
      m.fullName,
      m.category ? mentorCategories.labelOf(m.category) : '',
      m.organization ?? '',
      m.forms.map(formName).join('; '),
    ]),
  ];
  const count = countOf(mentors.length, ['наставник', 'наставника', 'наставников']);
  return { values: values(settings, details, count, warnings), table, warnings };
}

export function orderFileName(kind: OrderKind, details: OrderDetails): string {
  const title =
    kind === 'pairs' ? 'Приказ о закреплении наставнических пар-групп' : 'Приказ об утверждении реестра наставников';
  return `${title} № ${details.number} от ${details.date}`;
}
