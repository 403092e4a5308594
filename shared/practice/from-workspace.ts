// A practice card pre-filled from the workspace for a completed personalised programme: one pair
// (or group), or all the pairs of one mentor. Only what describes the method and figures about the
// whole programme go into the card — form, role model, duration, pairs, completion, the mean change
// between entry and exit measurements — never a mentee's name, answer or score of their own. The
// curator finishes the rest (theme, goal, content, position) before sending it to the region.
import { countOf, formInfo, formName, normalizeText } from '../catalogue';
import { decimalRu } from '../documents/names';
import { daysBetween, toDay, type Day } from '../core/day';
import type { Meeting } from '../meetings/meeting';
import { pairInfos } from '../meetings/pair-info';
import { pairsProgress } from '../meetings/progress';
import type { MeasurementAnswer } from '../monitoring/answers';
import { stage2Report } from '../monitoring/stage2';
import type { FormCode, Mentee, Mentor } from '../registry/types';
import type { PairRecord } from '../registry/schemas';
import { parsePracticeCard, type PracticeCard } from './card';
import { practiceIdFor } from './practice-id';

/**
 * Entry and exit means go into the card only over at least this many mentees: a mean of one or two
 * people is their own answer, which never leaves the organisation.
 */
export const MIN_MEASURED_MENTEES = 3;

export interface PracticeWorkspace {
  schoolId?: string;
  organizationName?: string;
  mentors: readonly Mentor[];
  mentees: readonly Mentee[];
  pairs: readonly PairRecord[];
  meetings: readonly Meeting[];
  measurement: readonly MeasurementAnswer[];
  today: Day;
}

export interface PracticeDraft {
  /** The card as pre-filled: what the curator must add is empty (see `missing`). */
  card: PracticeCard;
  /** What the card was built from: «пара П-Н001-УУ» or «наставник Н001 (Орлова Вера Павловна)». */
  source: string;
  /** The programme's figures in Russian, as they stand in `card.results`. */
  figures: string[];
  /** What to check before sending (Russian). */
  notes: string[];
  /** Fields the card still lacks, «Тема практики: …» (Russian); empty when it can be sent. */
  missing: string[];
  /**
   * The mentor's e-mail and phone from «Наставники», offered to the curator only to fill in when the
   * author agrees to publish them; never put into the card by this builder.
   */
  contacts: { email?: string; phone?: string };
}

export type PracticeDraftResult = { ok: true; draft: PracticeDraft } | { ok: false; message: string };

/** The card's fields as the curator knows them, for messages about what is missing. */
export const CARD_FIELD_LABELS: Readonly<Record<string, string>> = {
  practiceId: 'Код практики',
  schoolId: 'Код организации в регионе («Настройки»)',
  organizationName: 'Наименование организации («Настройки»)',
  title: 'Тема практики',
  form: 'Форма наставничества',
  roleModel: 'Ролевая модель',
  targetGroup: 'Целевая группа',
  goal: 'Цель практики',
  content: 'Описание содержания',
  results: 'Результаты',
  materials: 'Материалы',
  authors: 'Авторы',
  position: 'должность',
  fullName: 'ФИО',
  email: 'e-mail',
  phone: 'телефон',
  yearsInPosition: 'стаж в должности',
};

/** Lists of the card whose items are named one by one: «Автор 2, должность». */
const ITEM_LABELS: Readonly<Record<string, string>> = { authors: 'Автор', materials: 'Материал' };

/** «Автор 1, должность: не заполнено». */
export function cardProblems(card: unknown): string[] {
  const parsed = parsePracticeCard(card);
  if (parsed.ok) return [];
  return parsed.issues.map((issue) => `${fieldLabel(issue.path)}: ${lowerFirst(issue.message)}`);
}

function fieldLabel(path: string): string {
  if (!path) return 'Карточка';
  const parts = path.split('.');
  const words: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    const item = parts[k + 1];
    if (ITEM_LABELS[part] && item !== undefined && /^\d+$/.test(item)) {
      words.push(`${ITEM_LABELS[part]} ${Number(item) + 1}`);
      k++;
    } else words.push(/^\d+$/.test(part) ? String(Number(part) + 1) : (CARD_FIELD_LABELS[part] ?? part));
  }
  return words.join(', ');
}

/** Messages follow a colon: «Тема практики: не должно быть пустым». */
function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}

const WORKING = new Set(['утверждена', 'завершена']);

interface Programme {
  kind: 'pair' | 'mentor';
  sourceId: string;
  source: string;
  mentor: Mentor;
  records: PairRecord[];
}

/** The programme `choice` names: a pair ID of «Пары», or a mentor's ID or full name. */
function findProgramme(data: PracticeWorkspace, choice: string): Programme | string {
  const wanted = normalizeText(choice);
  if (!wanted) return 'Укажите пару (ID пары из листа «Пары») или наставника (ID или ФИО из листа «Наставники»).';
  const mentorById = new Map(data.mentors.map((m) => [normalizeText(m.id), m]));
  const pairRows = data.pairs.filter((r) => normalizeText(r.pairId) === wanted);
  if (pairRows.length > 0) {
    const pairId = pairRows[0].pairId;
    const mentor = mentorById.get(normalizeText(pairRows[0].mentorId));
    if (!mentor)
      return `Наставника ${pairRows[0].mentorId} пары ${pairId} нет в листе «Наставники» (или в его строке ошибка).`;
    return { kind: 'pair', sourceId: pairId, source: `пара ${pairId}`, mentor, records: pairRows };
  }
  const byName = data.mentors.filter((m) => normalizeText(m.fullName) === wanted);
  const mentor = mentorById.get(wanted) ?? (byName.length === 1 ? byName[0] : undefined);
  if (!mentor && byName.length > 1)
    return `В листе «Наставники» несколько наставников «${choice}»: укажите ID (${byName.map((m) => m.id).join(', ')}).`;
  if (!mentor)
    return `«${choice}» — нет ни пары с таким ID в листе «Пары», ни наставника с таким ID или ФИО в листе «Наставники».`;
  const records = data.pairs.filter(
    (r) => normalizeText(r.mentorId) === normalizeText(mentor.id) && r.status !== undefined && WORKING.has(r.status),
  );
  return {
    kind: 'mentor',
    sourceId: mentor.id,
    source: `наставник ${mentor.id} (${mentor.fullName})`,
    mentor,
    records,
  };
}

export function practiceDraftFromWorkspace(data: PracticeWorkspace, choice: string): PracticeDraftResult {
  const found = findProgramme(data, choice);
  if (typeof found === 'string') return { ok: false, message: found };
  const infos = pairInfos(found.records);
  const completed = infos.filter((p) => p.status === 'завершена');
  if (completed.length === 0) {
    const status = infos[0]?.status;
    const why =
      found.kind === 'pair'
        ? `пара ${found.sourceId} не завершена${status ? ` (статус «${status}»)` : ''}`
        : `у наставника ${found.mentor.id} нет завершённых пар`;
    return {
      ok: false,
      message: `Упаковать в практику можно завершённую программу, а ${why}. Завершите пару: «Встречи → Добавить встречу, завершить пару…».`,
    };
  }
  const notes: string[] = [];
  const completedIds = new Set(completed.map((p) => p.pairId));
  const form = mainForm(
    found.records.filter((r) => completedIds.has(r.pairId)),
    notes,
  );
  if (!form) return { ok: false, message: `У пар (${found.source}) не указана форма наставничества в листе «Пары».` };
  const groupSizes = infos.map((p) => found.records.filter((r) => r.pairId === p.pairId).length);
  const roleModel = guessRoleModel(
    form,
    groupSizes.some((n) => n > 1),
  );
  notes.push(`Ролевая модель «${roleModel}» выбрана по форме «${formName(form)}» — проверьте её.`);

  const figures: string[] = [];
  const durationMonths = programmeMonths(found.records, completedIds, data.meetings, data.today);
  if (durationMonths !== undefined)
    figures.push(`Продолжительность программы: ${countOf(durationMonths, ['месяц', 'месяца', 'месяцев'])}`);
  figures.push(`Наставнических пар и групп: ${infos.length}, завершили программу: ${completed.length}`);
  const progress = pairsProgress(infos, data.meetings, data.today);
  const held = progress.reduce((sum, p) => sum + p.held, 0);
  if (held > 0) figures.push(`Проведено встреч: ${held}`);
  const measurements = programmeMeasurements(found.records, data.measurement, notes);
  for (const m of measurements) {
    figures.push(
      `«${m.parameter}»: в среднем ${decimalRu(m.entryMean)} на входе и ${decimalRu(m.exitMean)} на выходе (наставляемых: ${m.participants})`,
    );
  }

  const schoolId = data.schoolId?.trim() ?? '';
  if (!schoolId)
    notes.push('Заполните «Код организации в регионе» в листе «Настройки»: без него карточку не отправить.');
  const mentor = found.mentor;
  const card: PracticeCard = {
    schemaVersion: 1,
    practiceId: schoolId ? practiceIdFor(schoolId, found.kind, found.sourceId) : '',
    schoolId,
    organizationName: data.organizationName?.trim() || mentor.organization?.trim() || '',
    title: '',
    form,
    roleModel,
    targetGroup: targetGroup(found.records, data.mentees),
    goal: '',
    content: '',
    results: figures,
    programme: {
      ...(durationMonths !== undefined ? { durationMonths } : {}),
      pairs: infos.length,
      completedPairs: completed.length,
      ...(measurements.length > 0 ? { measurements } : {}),
    },
    materials: [],
    authors: [
      {
        mentorId: mentor.id,
        fullName: mentor.fullName,
        position: '',
        ...(mentor.experienceYears !== undefined && Number.isInteger(mentor.experienceYears)
          ? { yearsInPosition: mentor.experienceYears }
          : {}),
        consentToPublishContacts: false,
      },
    ],
  };
  const contacts = {
    ...(mentor.email ? { email: mentor.email } : {}),
    ...(mentor.phone ? { phone: mentor.phone } : {}),
  };
  return { ok: true, draft: { card, source: found.source, figures, notes, missing: cardProblems(card), contacts } };
}

/** The form of most completed pairs; a note when they differ. */
function mainForm(records: readonly PairRecord[], notes: string[]): FormCode | undefined {
  const counts = new Map<FormCode, number>();
  const seen = new Set<string>();
  for (const r of records) {
    if (!r.form || seen.has(r.pairId)) continue;
    seen.add(r.pairId);
    counts.set(r.form, (counts.get(r.form) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 1)
    notes.push(
      `Завершённые пары работали в разных формах (${ranked.map(([f]) => `«${formName(f)}»`).join(', ')}): в карточке — «${formName(ranked[0][0])}».`,
    );
  return ranked[0]?.[0];
}

/** The form's first role model, or its first one with a group when the programme had groups. */
function guessRoleModel(form: FormCode, groups: boolean): string {
  const models = formInfo(form).roleModels;
  return (groups ? models.find((m) => /групп/i.test(m)) : undefined) ?? models[0];
}

/**
 * Whole months from the earliest start (or first meeting) to the last meeting held by a completed
 * pair; at least 1. Undefined when the workspace has no dates for it.
 */
function programmeMonths(
  records: readonly PairRecord[],
  completed: ReadonlySet<string>,
  meetings: readonly Meeting[],
  today: Day,
): number | undefined {
  const ids = new Set(records.map((r) => r.pairId));
  const own = meetings.filter((m) => ids.has(m.pairId) && m.date <= today);
  const starts = [...records.map((r) => toDay(r.startDate)), ...own.map((m) => m.date)]
    .filter((d): d is Day => d !== undefined)
    .sort();
  const ends = own
    .filter((m) => completed.has(m.pairId))
    .map((m) => m.date)
    .sort();
  if (starts.length === 0 || ends.length === 0) return undefined;
  const days = daysBetween(starts[0], ends[ends.length - 1]);
  return Math.max(1, Math.round(days / 30.4375));
}

/** Entry and exit means over the programme's mentees who answered both, per parameter with enough of them. */
function programmeMeasurements(
  records: readonly PairRecord[],
  answers: readonly MeasurementAnswer[],
  notes: string[],
): NonNullable<NonNullable<PracticeCard['programme']>['measurements']> {
  const mentees = new Set(records.map((r) => normalizeText(r.menteeId)));
  const own = answers.filter((a) => a.role === 'mentee' && mentees.has(normalizeText(a.participantId)));
  if (own.length === 0) return [];
  const report = stage2Report(own);
  const measured = report.parameters.filter((p) => p.participants > 0 && p.entryMean !== null && p.exitMean !== null);
  const enough = measured.filter((p) => p.participants >= MIN_MEASURED_MENTEES);
  if (enough.length < measured.length) {
    notes.push(
      `Средние входного и итогового замера не включены для параметров, где ответили меньше ${MIN_MEASURED_MENTEES} наставляемых ` +
        `(${measured
          .filter((p) => !enough.includes(p))
          .map((p) => `«${p.label}»`)
          .join(', ')}): такое среднее раскрыло бы ответы конкретных детей.`,
    );
  }
  return enough.map((p) => ({
    parameter: p.label,
    entryMean: round1(p.entryMean as number),
    exitMean: round1(p.exitMean as number),
    participants: p.participants,
  }));
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

const GROUP_WORDS: Readonly<Record<string, string>> = {
  Обучающийся: 'обучающиеся',
  Студент: 'студенты',
  'Молодой педагог': 'молодые педагоги',
  Педагог: 'педагоги',
};

/** «обучающиеся 5–7-х классов; молодые педагоги» from the categories and grades of the programme's mentees. */
function targetGroup(records: readonly PairRecord[], mentees: readonly Mentee[]): string {
  const ids = new Set(records.map((r) => normalizeText(r.menteeId)));
  const own = mentees.filter((m) => ids.has(normalizeText(m.id)));
  const parts: string[] = [];
  for (const [category, word] of Object.entries(GROUP_WORDS)) {
    const group = own.filter((m) => m.category === category);
    if (group.length === 0) continue;
    const grades = group.map((m) => m.grade).filter((g): g is number => g !== undefined);
    if (grades.length === 0 || (category !== 'Обучающийся' && category !== 'Студент')) {
      parts.push(word);
      continue;
    }
    const low = Math.min(...grades);
    const high = Math.max(...grades);
    const span = low === high ? `${low}` : `${low}–${high}`;
    parts.push(`${word} ${span}-х ${category === 'Студент' ? 'курсов' : 'классов'}`);
  }
  return parts.join('; ');
}
