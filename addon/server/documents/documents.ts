// «Документы»: the personalised mentoring programme of each pair and the information card of a
// mentoring practice, as Google Docs in the user's documents folder (doc-files.ts), each filled from a
// template Doc the curator may edit (template-file.ts: shared by the spreadsheet's editors, made again
// only when its creator's Drive answers 404).
//
// Programmes are made in resumable runs: the template is read once per run, each created
// programme is recorded at once in its own document property `programme.<pairId>` (shared, so a
// second editor never duplicates it), a run stops at about 4.5 minutes or on the daily quota of
// created documents, and the next run makes only the missing ones.
import {
  PRACTICE_CARD_TEMPLATE,
  PROGRAMME_TEMPLATE,
  fillTemplate,
  meetingResults,
  practiceCardValues,
  programmeValues,
  type TemplateValues,
} from '../../../shared/documents';
import { normalizeText } from '../../../shared/catalogue';
import { pairProgress, toDay } from '../../../shared/meetings';
import type { Mentee, Mentor, PairRecord } from '../../../shared/registry';
import { documentsFolderId } from '../drive-folder';
import { DRIVE_MIME, listDriveFiles, type DriveFile } from '../google/drive';
import {
  currentUser,
  deleteShared,
  readSharedRecords,
  writeSharedRecord,
  writeSharedRecords,
  type FileRecord,
} from '../google/owned-files';
import { startRunBudget, unfinishedMessage } from '../run-budget';
import { activeSpreadsheet, timeZoneOf } from '../sheets/workbook';
import { alertCurator, runMenuAction } from '../ui';
import {
  problemLines,
  readAllSettings,
  readMeetingsData,
  readPairsData,
  readRegistries,
  todayIn,
} from '../year/workspace-data';
import {
  QUOTA_MESSAGE,
  createOrRefillDocument,
  createDocument,
  isQuota,
  templateModel,
  withTemplateChoice,
  type CreatedDocument,
  type ProductTemplate,
} from './doc-files';

type DocumentKind = 'programme' | 'practice';

const TEMPLATES: Record<DocumentKind, ProductTemplate> = {
  programme: {
    title: 'Шаблон — Персонализированная программа наставничества',
    text: PROGRAMME_TEMPLATE,
    label: 'шаблон программы наставничества',
  },
  practice: {
    title: 'Шаблон — Информационная карта наставнической практики',
    text: PRACTICE_CARD_TEMPLATE,
    label: 'шаблон информационной карты практики',
  },
};

const PROGRAMME_PREFIX = 'programme.';
/** The map of all programmes in one property, as kept before one property per pair. */
const LEGACY_PROGRAMMES = 'programmes';

export function createFromTemplate(
  kind: DocumentKind,
  name: string,
  values: TemplateValues,
  own = false,
): CreatedDocument & { id: string } {
  const filled = fillTemplate(templateModel(kind, TEMPLATES[kind], own), values);
  const file = createDocument(name, filled.document, documentsFolderId());
  return { id: file.id, name, url: file.url, problems: filled.problems };
}

interface PairGroup {
  pairId: string;
  rows: PairRecord[];
}

function workingPairs(records: readonly PairRecord[]): PairGroup[] {
  const groups = new Map<string, PairGroup>();
  for (const r of records) {
    if (!r.pairId || (r.status !== 'утверждена' && r.status !== 'завершена')) continue;
    const g = groups.get(r.pairId) ?? { pairId: r.pairId, rows: [] };
    g.rows.push(r);
    groups.set(r.pairId, g);
  }
  return [...groups.values()];
}

function byId<T extends { id: string }>(people: readonly T[]): Map<string, T> {
  return new Map(people.map((p) => [normalizeText(p.id), p]));
}

/** Programmes already made, by pair id (one property each; the old single map is moved over once). */
function programmeRecords(): Map<string, FileRecord> {
  const { all, records } = readSharedRecords(PROGRAMME_PREFIX);
  const legacy = all[`nastavnik.${LEGACY_PROGRAMMES}`];
  if (legacy === undefined) return records;
  let map: Record<string, string> = {};
  try {
    map = JSON.parse(legacy) as Record<string, string>;
  } catch {
    // unreadable: nothing to move
  }
  const moved: Record<string, FileRecord> = {};
  for (const [pairId, id] of Object.entries(map)) {
    if (typeof id !== 'string' || records.has(pairId)) continue;
    moved[PROGRAMME_PREFIX + pairId] = { id, by: '' };
    records.set(pairId, { id, by: '' });
  }
  if (Object.keys(moved).length) writeSharedRecords(moved);
  deleteShared(LEGACY_PROGRAMMES);
  return records;
}

export interface ProgrammeRun {
  created: CreatedDocument[];
  skipped: string[];
  /** Pairs with a programme now, of the pairs that can have one. */
  done: number;
  total: number;
  /** Why the run stopped before the end: the time budget or Google's quota. */
  stopped: 'budget' | 'quota' | null;
}

/** Programmes for pairs that have none yet; stops on the run budget or the quota, keeping each one made. */
export function makeProgrammes(own = false): ProgrammeRun {
  const budget = startRunBudget();
  const ss = activeSpreadsheet();
  const timeZone = timeZoneOf(ss);
  const { settings } = readAllSettings(ss, timeZone);
  const { mentors, mentees, problems } = readRegistries(ss, timeZone);
  const mentorOf = byId<Mentor>(mentors);
  const menteeOf = byId<Mentee>(mentees);
  const made = programmeRecords();
  const skipped: string[] = [];
  const todo: { group: PairGroup; mentor: Mentor; people: Mentee[] }[] = [];
  let total = 0;
  for (const group of workingPairs(readPairsData(ss, timeZone).records)) {
    if (made.has(group.pairId)) {
      total += 1;
      continue;
    }
    const mentor = mentorOf.get(normalizeText(group.rows[0].mentorId));
    const people = group.rows
      .map((r) => menteeOf.get(normalizeText(r.menteeId)))
      .filter((m): m is Mentee => m !== undefined);
    if (!mentor || people.length === 0) {
      skipped.push(
        `Пара ${group.pairId}: наставник или наставляемые не найдены в реестрах по ID (строки с ошибками не читаются)`,
      );
      continue;
    }
    total += 1;
    todo.push({ group, mentor, people });
  }
  if (skipped.length) skipped.push(...problemLines(problems));
  const created: CreatedDocument[] = [];
  const run = (stopped: ProgrammeRun['stopped']): ProgrammeRun => ({
    created,
    skipped,
    done: total - todo.length + created.length,
    total,
    stopped,
  });
  if (todo.length === 0) return run(null);

  const template = templateModel('programme', TEMPLATES.programme, own);
  const folderId = documentsFolderId();
  const me = currentUser();
  // A programme Drive made in an execution cut off before it was recorded: written again, not anew.
  const recorded = new Set([...made.values()].map((r) => r.id));
  const unrecorded = new Map(
    listDriveFiles(folderId, DRIVE_MIME.document)
      .filter((f) => !recorded.has(f.id))
      .map((f) => [f.name, f]),
  );
  for (const { group, mentor, people } of todo) {
    if (!budget.hasTime()) return run('budget');
    const starts = group.rows
      .map((r) => toDay(r.startDate))
      .filter((d): d is string => d !== undefined)
      .sort();
    const values = programmeValues({
      pairId: group.pairId,
      form: group.rows[0].form,
      mentor,
      mentees: people,
      organizationName: settings.organizationName,
      curatorName: settings.curatorName,
      startDate: starts[0],
    });
    const filled = fillTemplate(template, values);
    const name = `Программа наставничества — пара ${group.pairId}`;
    let file: DriveFile;
    try {
      file = createOrRefillDocument(name, filled.document, folderId, unrecorded.get(name));
    } catch (error) {
      if (isQuota(error)) return run('quota');
      throw error;
    }
    writeSharedRecord(PROGRAMME_PREFIX + group.pairId, { id: file.id, by: me });
    created.push({ name, url: file.url, problems: filled.problems });
  }
  return run(null);
}

/** The practice card of a pair's mentor, its results started from the pair's meetings. */
export function makePracticeCard(pairId: string, own = false): CreatedDocument {
  const ss = activeSpreadsheet();
  const timeZone = timeZoneOf(ss);
  const pairs = readPairsData(ss, timeZone);
  const group = workingPairs(pairs.records).find((g) => normalizeText(g.pairId) === normalizeText(pairId));
  if (!group) throw new Error(`Пары «${pairId}» нет среди утверждённых и завершённых пар листа «Пары».`);
  const mentor = byId<Mentor>(readRegistries(ss, timeZone).mentors).get(normalizeText(group.rows[0].mentorId));
  if (!mentor) throw new Error(`Наставника ${group.rows[0].mentorId} пары ${group.pairId} нет в листе «Наставники».`);
  const info = pairs.infos.find((p) => p.pairId === group.pairId)!;
  const progress = pairProgress(info, readMeetingsData(ss, timeZone).meetings, todayIn(timeZone));
  const values = practiceCardValues({
    mentor,
    organizationName: readAllSettings(ss, timeZone).settings.organizationName,
    form: group.rows[0].form,
    results: meetingResults(progress),
  });
  const doc = createFromTemplate('practice', `Информационная карта практики — ${mentor.fullName}`, values, own);
  return { name: doc.name, url: doc.url, problems: doc.problems };
}

function describe(docs: readonly CreatedDocument[]): string[] {
  return docs.flatMap((d) => [`${d.name}: ${d.url}`, ...d.problems.map((p) => `  ${p}`)]);
}

function programmeReport(result: ProgrammeRun): string {
  const { created, skipped, stopped, done, total } = result;
  const lines = created.length
    ? [`Созданы программы (${created.length}) по шаблону, который можно изменить:`, ...describe(created)]
    : [skipped.length || stopped ? 'Новые программы не созданы.' : 'У всех утверждённых пар программы уже есть.'];
  if (stopped === 'budget') lines.unshift(unfinishedMessage(done, total), '');
  if (stopped === 'quota')
    lines.unshift(
      `${QUOTA_MESSAGE} Готово ${done} из ${total}; созданное сохранено. Запустите действие ещё раз завтра — продолжим с того же места.`,
      '',
    );
  if (skipped.length) lines.push('', ...skipped);
  return lines.join('\n');
}

/** Menu: «Документы → Персонализированные программы наставничества». */
export function createProgrammes(): void {
  withTemplateChoice('Программы наставничества', (own) =>
    alertCurator('Программы наставничества', programmeReport(makeProgrammes(own))),
  );
}

/** Menu: «Документы → Информационная карта наставнической практики…». */
export function createPracticeCard(): void {
  const title = 'Карта наставнической практики';
  runMenuAction(title, () => {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(title, 'ID пары, чью практику описать (как в листе «Пары»):', ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const pairId = answer.getResponseText().trim();
    withTemplateChoice(title, (own) => {
      const doc = makePracticeCard(pairId, own);
      alertCurator('Карта наставнической практики создана', describe([doc]).join('\n'));
    });
  });
}
