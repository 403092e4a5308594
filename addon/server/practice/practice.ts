// «Документы → Упаковать в практику…»: a completed personalised programme becomes a practice card
// pre-filled from the workspace (shared/practice/from-workspace), finished by the curator in a dialog
// and sent to the region's bank with the school token of «Отчёт в регион». «Документы → Обновить
// статусы практик» brings the bank's answer back: the «Практики» sheet, and the authors'
// achievements appended to «Достижения наставников» (kept in document properties until it exists).
import { formInfo, formName } from '../../../shared/catalogue';
import { dayToDate } from '../../../shared/core/day';
import type { PracticeCard } from '../../../shared/practice';
import {
  achievementsFromBank,
  achievementsSheet,
  mergeAchievements,
  type AchievementRow,
} from '../../../shared/practice/achievements';
import { cardProblems, practiceDraftFromWorkspace, type PracticeDraft } from '../../../shared/practice/from-workspace';
import { practicesSheet, practiceSheetRows } from '../../../shared/practice/practices-sheet';
import { readState, readStateList, writeState, writeStateList } from '../properties';
import { savedConnection } from '../report/report';
import { withDocumentLock } from '../sheets/lock';
import { openSpecSheet, writeWholeSheet } from '../sheets/spec-sheet';
import { activeSpreadsheet, findSheet, readGrid, timeZoneOf, writeBlock } from '../sheets/workbook';
import { alertCurator, runMenuAction, showDialog } from '../ui';
import {
  readAllSettings,
  readAnswers,
  readMeetingsData,
  readPairsData,
  readRegistries,
  todayIn,
} from '../year/workspace-data';
import { getSchoolPractices, postPracticeCard } from './bank-client';
import type {
  PracticeApi,
  PracticeDialogData,
  PracticeDraftView,
  PracticeEdits,
  PracticeSendResult,
  ProgrammeChoice,
} from './practice-wire';

const PENDING_KEY = 'practice.pendingAchievements';
const EDITS_PREFIX = 'practice.edits.';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function workspaceOf(ss: Spreadsheet) {
  const timeZone = timeZoneOf(ss);
  const { settings, report } = readAllSettings(ss, timeZone);
  const { mentors, mentees } = readRegistries(ss, timeZone);
  const pairs = readPairsData(ss, timeZone);
  return {
    schoolId: report.schoolId,
    organizationName: settings.organizationName,
    mentors,
    mentees,
    pairs: pairs.records,
    meetings: readMeetingsData(ss, timeZone, pairs.allPairIds).meetings,
    measurement: readAnswers(ss, timeZone).measurement,
    today: todayIn(timeZone),
  };
}

export function practiceDialogData(): PracticeDialogData {
  const ss = activeSpreadsheet();
  const timeZone = timeZoneOf(ss);
  const pairs = readPairsData(ss, timeZone);
  const { serviceUrl, token } = savedConnection();
  const programmes: ProgrammeChoice[] = [];
  const mentors = new Map<string, { name: string; completed: number; total: number }>();
  for (const info of pairs.infos) {
    const rows = pairs.records.filter((r) => r.pairId === info.pairId);
    const first = rows[0];
    if (info.status !== 'завершена' && info.status !== 'утверждена') continue;
    const mentor = mentors.get(first.mentorId) ?? { name: first.mentorName, completed: 0, total: 0 };
    mentor.total += 1;
    if (info.status === 'завершена') {
      mentor.completed += 1;
      const group = rows.length > 1 ? `группа из ${rows.length}` : 'пара';
      programmes.push({
        choice: info.pairId,
        label: `${info.pairId} — ${first.mentorName}${first.form ? `, «${formName(first.form)}»` : ''} (${group})`,
      });
    }
    mentors.set(first.mentorId, mentor);
  }
  for (const [id, m] of mentors) {
    if (m.completed > 0 && m.total > 1)
      programmes.push({
        choice: id,
        label: `Все пары наставника ${id} — ${m.name} (завершено ${m.completed} из ${m.total})`,
      });
  }
  const hints: string[] = [];
  if (programmes.length === 0)
    hints.push(
      'Завершённых программ пока нет: упаковать в практику можно пару со статусом «завершена» на листе «Пары».',
    );
  if (!serviceUrl || !token)
    hints.push(
      'Чтобы отправить карточку, укажите адрес сервиса региона и токен школы в «Отчёт в регион… → Подключение».',
    );
  return { programmes, connected: Boolean(serviceUrl && token), hint: hints.join(' ') };
}

function draftOf(choice: unknown): PracticeDraft {
  const result = practiceDraftFromWorkspace(workspaceOf(activeSpreadsheet()), String(choice ?? ''));
  if (!result.ok) throw new Error(result.message);
  return result.draft;
}

export function practiceDraft(choice: string): PracticeDraftView {
  const draft = draftOf(choice);
  const saved = draft.card.practiceId ? readState<PracticeEdits>(EDITS_PREFIX + draft.card.practiceId) : null;
  return {
    choice: String(choice),
    source: draft.source,
    card: draft.card,
    roleModels: [...formInfo(draft.card.form).roleModels],
    formName: formName(draft.card.form),
    figures: draft.figures,
    notes: draft.notes,
    missing: draft.missing,
    contacts: draft.contacts,
    saved,
  };
}

const clean = (value: unknown) => String(value ?? '').trim();

/** The workspace's card with the curator's text; the programme's figures and ids stay the workspace's. */
export function applyEdits(card: PracticeCard, edits: PracticeEdits): PracticeCard {
  const author = card.authors[0];
  const consent = edits?.consentToPublishContacts === true;
  const years = Number(edits?.yearsInPosition);
  const email = clean(edits?.email);
  const phone = clean(edits?.phone);
  return {
    ...card,
    title: clean(edits?.title),
    roleModel: clean(edits?.roleModel) || card.roleModel,
    targetGroup: clean(edits?.targetGroup),
    goal: clean(edits?.goal),
    content: clean(edits?.content),
    results: (Array.isArray(edits?.results) ? edits.results : []).map(clean).filter(Boolean),
    materials: (Array.isArray(edits?.materials) ? edits.materials : [])
      .map((m) => ({ title: clean(m?.title), url: clean(m?.url) }))
      .filter((m) => m.title || m.url),
    authors: [
      {
        ...(author.mentorId ? { mentorId: author.mentorId } : {}),
        fullName: author.fullName,
        position: clean(edits?.position),
        ...(clean(edits?.yearsInPosition) !== '' && Number.isFinite(years) ? { yearsInPosition: years } : {}),
        consentToPublishContacts: consent,
        // Contacts leave only with the author's consent, whatever the page sent.
        ...(consent && email ? { email } : {}),
        ...(consent && phone ? { phone } : {}),
      },
    ],
  };
}

export function submitPractice(choice: string, edits: PracticeEdits): PracticeSendResult {
  const { serviceUrl, token } = savedConnection();
  if (!serviceUrl || !token) {
    return {
      ok: false,
      status: 0,
      issues: [],
      message: 'Сначала укажите адрес сервиса региона и токен школы в «Отчёт в регион… → Подключение».',
    };
  }
  // Read under the lock so the figures come from one state of the sheets; nothing is written here.
  const card = applyEdits(withDocumentLock(() => draftOf(choice)).card, edits);
  const problems = cardProblems(card);
  if (problems.length)
    return {
      ok: false,
      status: 0,
      issues: problems,
      message: 'Карточка не отправлена: заполните или исправьте поля ниже.',
    };
  const sent = postPracticeCard(serviceUrl, token, card);
  if (!sent.ok) return sent;
  const notes = [sent.message];
  try {
    writeState(EDITS_PREFIX + card.practiceId, edits);
  } catch {
    notes.push(
      'Текст карточки слишком велик, чтобы сохранить его в таблице для следующей редакции: сохраните его у себя.',
    );
  }
  try {
    notes.push(refreshPracticeStatuses());
  } catch (error) {
    notes.push(`Лист «${practicesSheet.name}» не обновлён: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { ...sent, message: notes.join('\n') };
}

/** Trailing empty rows off: new rows go right under the last filled one. */
function filledRows(grid: unknown[][]): unknown[][] {
  let end = grid.length;
  while (end > 0 && grid[end - 1].every((v) => v === '' || v === null || v === undefined)) end--;
  return grid.slice(0, end);
}

/** Reads the bank's answer, rewrites «Практики», appends achievements; returns what was done (Russian). */
export function refreshPracticeStatuses(): string {
  const { serviceUrl, token } = savedConnection();
  if (!serviceUrl || !token)
    throw new Error('Укажите адрес сервиса региона и токен школы в «Отчёт в регион… → Подключение».');
  const ss = activeSpreadsheet();
  const timeZone = timeZoneOf(ss);
  const schoolId = readAllSettings(ss, timeZone).report.schoolId;
  if (!schoolId) throw new Error('Заполните «Код организации в регионе» на листе «Настройки».');
  const fetched = getSchoolPractices(serviceUrl, token, schoolId);
  if (!fetched.ok) throw new Error(`Статусы практик не получены. ${fetched.message}`);
  const { practices } = fetched;
  return withDocumentLock(() => {
    const { sheet, grid } = openSpecSheet(ss, practicesSheet, timeZone);
    writeWholeSheet(sheet, grid, practiceSheetRows(practices, serviceUrl, timeZone), timeZone);
    const target = findSheet(ss, achievementsSheet.name);
    const targetGrid = target ? filledRows(readGrid(target, timeZone)) : null;
    const pending = readStateList<AchievementRow>(PENDING_KEY) ?? [];
    const merge = mergeAchievements(
      targetGrid,
      pending,
      achievementsFromBank(practices, serviceUrl, timeZone),
      dayToDate,
    );
    if (target && merge.append.length) writeBlock(target, (targetGrid?.length ?? 0) + 1, 1, merge.append, timeZone);
    if (merge.pending.length || pending.length) writeStateList(PENDING_KEY, merge.pending);
    const accepted = practices.filter((p) => p.status === 'accepted').length;
    const lines = [
      `Лист «${practicesSheet.name}» обновлён: практик — ${practices.length}, принято в банк — ${accepted}.`,
    ];
    if (merge.appended.length)
      lines.push(
        `В «${achievementsSheet.name}» добавлены достижения авторов: ${merge.appended.map((a) => `${a.mentor} (${a.level})`).join(', ')}.`,
      );
    if (merge.pending.length)
      lines.push(
        `Достижения авторов (${merge.pending.length}) сохранены в таблице и будут записаны позже: ${merge.waitReason}.`,
      );
    return lines.join('\n');
  });
}

/** Menu: «Документы → Упаковать в практику…». */
export function openPracticeDialog(): void {
  runMenuAction('Упаковать в практику', () => showDialog('practice', 'Упаковать программу в практику', 720, 680));
}

/** Menu: «Документы → Обновить статусы практик». */
export function refreshPractices(): void {
  runMenuAction('Статусы практик', () => alertCurator('Статусы практик', refreshPracticeStatuses()));
}

/** The handlers fit the dialog's wire contract (checked by the compiler only). */
type Fits<Api, Handlers extends Api> = Handlers;
export type PracticeHandlers = Fits<
  PracticeApi,
  {
    practiceDialogData: typeof practiceDialogData;
    practiceDraft: typeof practiceDraft;
    submitPractice: typeof submitPractice;
  }
>;
