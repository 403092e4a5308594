// «Рейтинг наставников → документы»: the points of every mentor for the commission on incentive
// payments (a new Doc each time: a dated record) and a letter of thanks per mentor with points,
// each filled from a template Doc the curator may edit (template-file.ts). Letters are made in
// resumable runs like the programmes: each one is recorded at once in its own document property
// `thanks.<year>.<mentor ID>`, a run stops at about 4.5 minutes or on the daily quota, and the
// next run makes only the missing ones.
import {
  COMMISSION_TEMPLATE,
  THANKS_TEMPLATE,
  commissionValues,
  thanksRecipients,
  thanksValues,
  type SchoolNames,
} from '../../../shared/achievements';
import { fillTemplate, shortName } from '../../../shared/documents';
import { formatDayRu } from '../../../shared/meetings';
import { documentsFolderId } from '../drive-folder';
import { DRIVE_MIME, listDriveFiles, type DriveFile } from '../google/drive';
import { currentUser, readSharedRecords, writeSharedRecord } from '../google/owned-files';
import { startRunBudget, unfinishedMessage } from '../run-budget';
import { withDocumentLock } from '../sheets/lock';
import { activeSpreadsheet, timeZoneOf } from '../sheets/workbook';
import { alertCurator } from '../ui';
import {
  QUOTA_MESSAGE,
  createDocument,
  createOrRefillDocument,
  isQuota,
  templateModel,
  withTemplateChoice,
  type CreatedDocument,
  type ProductTemplate,
} from '../documents/doc-files';
import { readRatingData, type RatingData } from './rating-data';

type RatingDocument = 'commission' | 'thanks';

const TEMPLATES: Record<RatingDocument, ProductTemplate> = {
  commission: {
    title: 'Шаблон — Баллы наставников для комиссии',
    text: COMMISSION_TEMPLATE,
    label: 'шаблон документа для комиссии по стимулирующим выплатам',
  },
  thanks: {
    title: 'Шаблон — Благодарственное письмо наставнику',
    text: THANKS_TEMPLATE,
    label: 'шаблон благодарственного письма',
  },
};

function ratingData(): RatingData {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    return readRatingData(ss, timeZoneOf(ss));
  });
}

function names(data: RatingData): SchoolNames {
  const s = data.settings;
  return {
    organizationName: s.organizationName,
    curatorName: s.curatorName,
    directorName: s.directorName,
    directorPosition: s.directorPosition,
  };
}

/** The commission's document for the academic year so far. */
export function makeCommissionDocument(own = false): CreatedDocument {
  const data = ratingData();
  const filled = fillTemplate(
    templateModel('commission', TEMPLATES.commission, own),
    commissionValues(data.rating, data.lists, names(data)),
  );
  const name = `Баллы наставников для комиссии — ${data.rating.period.label} (на ${formatDayRu(data.rating.today)})`;
  const file = createDocument(name, filled.document, documentsFolderId());
  return { name, url: file.url, problems: filled.problems };
}

export interface ThanksRun {
  created: CreatedDocument[];
  done: number;
  total: number;
  stopped: 'budget' | 'quota' | null;
}

/** Letters for mentors with points who have none for this year yet. */
export function makeThanksLetters(own = false): ThanksRun {
  const budget = startRunBudget();
  const data = ratingData();
  const prefix = `thanks.${data.rating.period.startYear}.`;
  const { records: made } = readSharedRecords(prefix);
  const recipients = thanksRecipients(data.rating);
  const todo = recipients.filter((e) => !made.has(e.mentorId));
  const created: CreatedDocument[] = [];
  const run = (stopped: ThanksRun['stopped']): ThanksRun => ({
    created,
    done: recipients.length - todo.length + created.length,
    total: recipients.length,
    stopped,
  });
  if (todo.length === 0) return run(null);

  const template = templateModel('thanks', TEMPLATES.thanks, own);
  const folderId = documentsFolderId();
  const me = currentUser();
  // A letter Drive made in an execution cut off before it was recorded: written again, not anew.
  const recorded = new Set([...made.values()].map((r) => r.id));
  const unrecorded = new Map(
    listDriveFiles(folderId, DRIVE_MIME.document)
      .filter((f) => !recorded.has(f.id))
      .map((f) => [f.name, f]),
  );
  for (const entry of todo) {
    if (!budget.hasTime()) return run('budget');
    const filled = fillTemplate(template, thanksValues(data.rating, entry, names(data)));
    const name = `Благодарственное письмо — ${shortName(entry.fullName)}, ${entry.mentorId} (${data.rating.period.label})`;
    let file: DriveFile;
    try {
      file = createOrRefillDocument(name, filled.document, folderId, unrecorded.get(name));
    } catch (error) {
      if (isQuota(error)) return run('quota');
      throw error;
    }
    writeSharedRecord(prefix + entry.mentorId, { id: file.id, by: me });
    created.push({ name, url: file.url, problems: filled.problems });
  }
  return run(null);
}

function describe(docs: readonly CreatedDocument[]): string[] {
  return docs.flatMap((d) => [`${d.name}: ${d.url}`, ...d.problems.map((p) => `  ${p}`)]);
}

/** Menu: «Рейтинг наставников → Документ для комиссии по стимулирующим выплатам». */
export function createCommissionDocument(): void {
  const title = 'Документ для комиссии';
  withTemplateChoice(title, (own) => {
    const doc = makeCommissionDocument(own);
    alertCurator(title, ['Создан документ по шаблону, который можно изменить:', ...describe([doc])].join('\n'));
  });
}

/** Menu: «Рейтинг наставников → Благодарственные письма наставникам». */
export function createThanksLetters(): void {
  const title = 'Благодарственные письма';
  withTemplateChoice(title, (own) => {
    const r = makeThanksLetters(own);
    const lines = r.created.length
      ? [`Созданы письма (${r.created.length}) по шаблону, который можно изменить:`, ...describe(r.created)]
      : [
          r.total === 0
            ? 'Ни у одного наставника нет баллов за год: писем не создано.'
            : r.stopped
              ? 'Новые письма не созданы.'
              : 'Письма всем наставникам с баллами за год уже есть.',
        ];
    if (r.stopped === 'budget') lines.unshift(unfinishedMessage(r.done, r.total), '');
    if (r.stopped === 'quota')
      lines.unshift(
        `${QUOTA_MESSAGE} Готово ${r.done} из ${r.total}; созданное сохранено. Запустите действие ещё раз завтра — продолжим с того же места.`,
        '',
      );
    alertCurator(title, lines.join('\n'));
  });
}
