// «Рейтинг наставников», the product's sheet written whole: the title, how the points are counted
// (with the values of «Настройки» in force), the ranked table and the «Наставник года» shortlist.
import { formatDayRu } from '../core/day';
import { shortName } from '../documents/names';
import { ACHIEVEMENT_KIND_LABELS, ACHIEVEMENT_LEVEL_LABELS, KIND_ORDER, LEVEL_ORDER } from './kinds';
import { ACHIEVEMENTS_SHEET_NAME } from './achievement-sheet';
import { RATING_TITLE } from './rating-report-sheet';
import { numberRu, pointsRu } from './points-text';
import { round, type PointsTable } from './points';
import type { Rating, RatingEntry } from './rating';
import { formLabel, type FormShortlist } from './shortlist';

export const RATING_COLUMNS = [
  'Форма',
  'Место',
  'ID наставника',
  'Наставник',
  'Итого баллов',
  'Баллы за достижения',
  'Достижений за год',
  'Пар за год',
  'ID пар',
  'Завершено пар',
  'Баллы за завершённые пары',
  'Недель со встречей, %',
  'Баллы за регулярность',
  'Удовлетворённость наставляемых (из 10)',
  'Баллы за удовлетворённость',
  'Рост наставляемых (из 10)',
  'Баллы за рост',
  'Шорт-лист «Наставник года»',
] as const;

export const RATING_WIDTHS = [22, 8, 14, 30, 12, 12, 12, 10, 20, 10, 12, 12, 12, 14, 12, 12, 10, 14];

/** How the total is made, with the values in force; shown on the sheet and in the commission's document. */
export function formulaLines(points: PointsTable): string[] {
  const kinds = KIND_ORDER.map((k) => `«${ACHIEVEMENT_KIND_LABELS[k]}» — ${numberRu(points.kinds[k])}`).join('; ');
  const levels = LEVEL_ORDER.map((l) => `${ACHIEVEMENT_LEVEL_LABELS[l]} × ${numberRu(points.levels[l])}`).join(', ');
  const p = points.pairs;
  return [
    'Итого = баллы за достижения + баллы за завершённые пары + за регулярность встреч + за удовлетворённость наставляемых + за рост наставляемых.',
    `Достижения (лист «${ACHIEVEMENTS_SHEET_NAME}», дата в учебном году): баллы вида × коэффициент уровня. Виды: ${kinds}. Уровни: ${levels}.`,
    `Завершённые пары: ${numberRu(p.completedPair)} за каждую пару (группу) со статусом «завершена».`,
    `Регулярность встреч: ${numberRu(p.regularity)} × доля недель работы пары, в которые была встреча (правило — не реже раза в неделю), в среднем по парам наставника; недели считаются от даты начала пары до итоговой встречи или до сегодняшнего дня.`,
    `Удовлетворённость: ${numberRu(p.satisfaction)} × средняя общая оценка наставляемых наставника в «Итоговой анкете» ÷ 10.`,
    `Рост наставляемых: ${numberRu(p.growth)} × средний прирост оценок (из 10) наставляемых от входного к итоговому замеру; снижение и отсутствие замеров — 0.`,
    'Каждое слагаемое округлено до десятых. Места — внутри каждой формы; равные баллы — общее место. Форма наставника — та, в которой у него больше всего пар за год (без пар — первая из листа «Наставники»).',
    `Значения баллов и коэффициентов меняются на листе «Настройки»; мест в шорт-листе — ${points.shortlistSize}.`,
  ];
}

export function ratingRow(e: RatingEntry, shortlisted: boolean): (string | number)[] {
  const r = e.results;
  const opt = (v: number | null, digits = 1) => (v === null ? '' : round(v, digits));
  return [
    formLabel(e.form),
    e.place,
    e.mentorId,
    e.fullName,
    e.total,
    e.achievementPoints,
    e.achievementCount,
    r.pairs,
    e.pairIds.join(', '),
    r.completed,
    e.completedPoints,
    r.regularity === null ? '' : round(r.regularity * 100, 0),
    e.regularityPoints,
    opt(r.satisfaction),
    e.satisfactionPoints,
    opt(r.growth),
    e.growthPoints,
    shortlisted ? 'да' : '',
  ];
}

export interface RatingLayout {
  grid: (string | number)[][];
  /** 1-based rows shown bold (titles). */
  titleRows: number[];
  /** 1-based rows styled as table headers. */
  headerRows: number[];
  /** 1-based rows of shortlisted mentors in the ranked table. */
  shortlistedRows: number[];
  widths: number[];
}

export function ratingLayout(rating: Rating, lists: readonly FormShortlist[]): RatingLayout {
  const grid: (string | number)[][] = [];
  const titleRows: number[] = [];
  const headerRows: number[] = [];
  const shortlistedRows: number[] = [];
  const title = (text: string) => {
    grid.push([text]);
    titleRows.push(grid.length);
  };
  title(RATING_TITLE);
  grid.push([`Учебный год ${rating.period.label}, расчёт на ${formatDayRu(rating.today)}`]);
  title('Как считаются баллы');
  for (const line of formulaLines(rating.points)) grid.push([line]);
  if (rating.outsidePeriod > 0)
    grid.push([`Достижений с датой вне учебного года: ${rating.outsidePeriod} — не учтены.`]);
  grid.push([]);
  grid.push([...RATING_COLUMNS]);
  headerRows.push(grid.length);
  const chosen = new Set(lists.flatMap((l) => l.entries));
  for (const e of rating.entries) {
    grid.push(ratingRow(e, chosen.has(e)));
    if (chosen.has(e)) shortlistedRows.push(grid.length);
  }
  if (rating.entries.length === 0) grid.push(['Наставников в реестре пока нет.']);
  grid.push([]);
  title(`Шорт-лист «Наставник года» (до ${rating.points.shortlistSize} мест в каждой форме)`);
  grid.push(['Форма', 'Место', 'Наставник', 'Итого баллов']);
  headerRows.push(grid.length);
  for (const list of lists) {
    for (const e of list.entries) grid.push([list.formLabel, e.place, shortName(e.fullName), e.total]);
    for (const note of list.notes) grid.push([list.formLabel, '', note]);
  }
  return { grid, titleRows, headerRows, shortlistedRows, widths: RATING_WIDTHS };
}

/** «Громова А. И. — 25,5 балла (1-е место)» for messages. */
export function entryLine(e: RatingEntry): string {
  return `${shortName(e.fullName)} — ${pointsRu(e.total)} (${e.place}-е место)`;
}
