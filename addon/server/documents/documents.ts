// «Документы»: the personalised mentoring programme of each pair and the information card of a
// mentoring practice, as Google Docs in the documents folder. Like the orders, each is filled from
// a template Doc the curator may edit (made from the default on first use, kept by id in document
// properties, made again only when deleted).
import {
  PRACTICE_CARD_TEMPLATE,
  PROGRAMME_TEMPLATE,
  fillTemplate,
  meetingResults,
  parseTemplate,
  practiceCardValues,
  programmeValues,
  type TemplateValues,
} from '../../../shared/documents';
import { normalizeText } from '../../../shared/catalogue';
import { pairProgress, toDay } from '../../../shared/meetings';
import type { Mentee, Mentor, PairRecord } from '../../../shared/registry';
import { documentsFolder } from '../drive-folder';
import { readState, writeState } from '../properties';
import { activeSpreadsheet, timeZoneOf } from '../sheets/workbook';
import { alertCurator, runMenuAction } from '../ui';
import { problemLines, readAllSettings, readMeetingsData, readPairsData, readRegistries, todayIn } from '../year/workspace-data';
import { readModel, writeModel } from './doc-model';

type DocumentKind = 'programme' | 'practice';

const TEMPLATES: Record<DocumentKind, { title: string; text: string }> = {
  programme: { title: 'Шаблон — Персонализированная программа наставничества', text: PROGRAMME_TEMPLATE },
  practice: { title: 'Шаблон — Информационная карта наставнической практики', text: PRACTICE_CARD_TEMPLATE },
};

const templateKey = (kind: DocumentKind) => `documentTemplate.${kind}`;
const PROGRAMMES = 'programmes';

export interface CreatedDocument {
  name: string;
  url: string;
  problems: string[];
}

function templateId(kind: DocumentKind): string {
  const id = readState<string>(templateKey(kind));
  if (id) {
    try {
      if (!DriveApp.getFileById(id).isTrashed()) return id;
    } catch {
      // deleted: made again below
    }
  }
  const doc = DocumentApp.create(TEMPLATES[kind].title);
  writeModel(doc.getBody(), parseTemplate(TEMPLATES[kind].text));
  doc.saveAndClose();
  DriveApp.getFileById(doc.getId()).moveTo(documentsFolder());
  writeState(templateKey(kind), doc.getId());
  return doc.getId();
}

export function createFromTemplate(kind: DocumentKind, name: string, values: TemplateValues): CreatedDocument & { id: string } {
  const template = readModel(DocumentApp.openById(templateId(kind)).getBody());
  const filled = fillTemplate(template, values);
  const doc = DocumentApp.create(name);
  writeModel(doc.getBody(), filled.document);
  doc.saveAndClose();
  DriveApp.getFileById(doc.getId()).moveTo(documentsFolder());
  return { id: doc.getId(), name, url: doc.getUrl(), problems: filled.problems };
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

/** Programmes for pairs that have none yet; returns what was made and what was skipped. */
export function makeProgrammes(): { created: CreatedDocument[]; skipped: string[] } {
  const ss = activeSpreadsheet();
  const timeZone = timeZoneOf(ss);
  const { settings } = readAllSettings(ss, timeZone);
  const { mentors, mentees, problems } = readRegistries(ss, timeZone);
  const mentorOf = byId<Mentor>(mentors);
  const menteeOf = byId<Mentee>(mentees);
  const made = readState<Record<string, string>>(PROGRAMMES) ?? {};
  const created: CreatedDocument[] = [];
  const skipped: string[] = [];
  for (const group of workingPairs(readPairsData(ss, timeZone).records)) {
    if (made[group.pairId]) continue;
    const mentor = mentorOf.get(normalizeText(group.rows[0].mentorId));
    const people = group.rows.map((r) => menteeOf.get(normalizeText(r.menteeId))).filter((m): m is Mentee => m !== undefined);
    if (!mentor || people.length === 0) {
      skipped.push(`Пара ${group.pairId}: наставник или наставляемые не найдены в реестрах по ID (строки с ошибками не читаются)`);
      continue;
    }
    const starts = group.rows.map((r) => toDay(r.startDate)).filter((d): d is string => d !== undefined).sort();
    const values = programmeValues({
      pairId: group.pairId,
      form: group.rows[0].form,
      mentor,
      mentees: people,
      organizationName: settings.organizationName,
      curatorName: settings.curatorName,
      startDate: starts[0],
    });
    const doc = createFromTemplate('programme', `Программа наставничества — пара ${group.pairId}`, values);
    made[group.pairId] = doc.id;
    created.push({ name: doc.name, url: doc.url, problems: doc.problems });
  }
  writeState(PROGRAMMES, made);
  if (skipped.length) skipped.push(...problemLines(problems));
  return { created, skipped };
}

/** The practice card of a pair's mentor, its results started from the pair's meetings. */
export function makePracticeCard(pairId: string): CreatedDocument {
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
  const doc = createFromTemplate('practice', `Информационная карта практики — ${mentor.fullName}`, values);
  return { name: doc.name, url: doc.url, problems: doc.problems };
}

function describe(docs: readonly CreatedDocument[]): string[] {
  return docs.flatMap((d) => [`${d.name}: ${d.url}`, ...d.problems.map((p) => `  ${p}`)]);
}

/** Menu: «Документы → Персонализированные программы наставничества». */
export function createProgrammes(): void {
  runMenuAction('Программы наставничества', () => {
    const { created, skipped } = makeProgrammes();
    const lines = created.length
      ? [`Созданы программы (${created.length}) по шаблону, который можно изменить:`, ...describe(created)]
      : [skipped.length ? 'Новые программы не созданы.' : 'У всех утверждённых пар программы уже есть.'];
    if (skipped.length) lines.push('', ...skipped);
    alertCurator('Программы наставничества', lines.join('\n'));
  });
}

/** Menu: «Документы → Информационная карта наставнической практики…». */
export function createPracticeCard(): void {
  runMenuAction('Карта наставнической практики', () => {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt('Карта наставнической практики', 'ID пары, чью практику описать (как в листе «Пары»):', ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const doc = makePracticeCard(answer.getResponseText().trim());
    alertCurator('Карта наставнической практики создана', describe([doc]).join('\n'));
  });
}
