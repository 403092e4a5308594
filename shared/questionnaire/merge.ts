// New answers into a registry: the same person answering again (same normalised ФИО) updates
// their row instead of adding a duplicate; a namesake from another class is added separately and
// flagged; the curator's columns, the ID and the status are never touched on update.
import { DEFAULT_MENTEE_STATUS, DEFAULT_MENTOR_STATUS, consentAnswers, normalizeText } from '../catalogue';
import { cellText, type CellValue, type ModelRow, type TableModel } from '../tables';
import type { AnswerRow } from './answers';
import type { Registry } from './questions';

export interface ImportedPerson {
  /** Row of the responses sheet. */
  answerRow: number;
  id: string;
  fullName: string;
}

export interface SkippedAnswer {
  answerRow: number;
  fullName: string;
  reason: string;
}

export interface ImportWarning {
  answerRow: number;
  fullName: string;
  message: string;
}

export interface ImportSummary {
  added: ImportedPerson[];
  updated: ImportedPerson[];
  skipped: SkippedAnswer[];
  warnings: ImportWarning[];
  /** Imported people (added or updated) without consent to personal-data processing. */
  noConsent: ImportedPerson[];
}

const ID_PREFIX: Record<Registry, string> = { mentors: 'Н', mentees: 'У' };

export function personKey(fullName: string): string {
  return normalizeText(fullName).replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The next free ID of the registry's pattern (Н001, Н002 … / У001 …). */
function idGenerator(registry: Registry, existing: string[]): () => string {
  const prefix = ID_PREFIX[registry];
  const pattern = new RegExp(`^${prefix}(\\d+)$`, 'i');
  const taken = new Set(existing.map((id) => id.toUpperCase()));
  let next = 1 + Math.max(0, ...existing.map((id) => Number(pattern.exec(id)?.[1] ?? 0)));
  return () => {
    let id: string;
    do id = `${prefix}${String(next++).padStart(3, '0')}`;
    while (taken.has(id.toUpperCase()));
    taken.add(id.toUpperCase());
    return id;
  };
}

export function mergeAnswers(
  registry: Registry,
  model: TableModel<string>,
  answers: readonly AnswerRow[],
): ImportSummary {
  const summary: ImportSummary = { added: [], updated: [], skipped: [], warnings: [], noConsent: [] };
  const byName = new Map<string, ModelRow[]>();
  const index = (row: ModelRow) => {
    const key = personKey(model.text(row, 'fullName'));
    if (key) byName.set(key, [...(byName.get(key) ?? []), row]);
  };
  model.rows.forEach(index);
  const nextId = idGenerator(registry, model.rows.map((r) => model.text(r, 'id')).filter(Boolean));

  for (const answer of answers) {
    const name = answer.fullName;
    for (const message of answer.warnings) summary.warnings.push({ answerRow: answer.row, fullName: name, message });
    if (!name) {
      summary.skipped.push({ answerRow: answer.row, fullName: '', reason: 'не указаны фамилия, имя, отчество' });
      continue;
    }
    const grade = cellText(answer.values.grade);
    const sameName = byName.get(personKey(name)) ?? [];
    const sameGrade = sameName.filter(
      (r) => !grade || !model.text(r, 'grade') || normalizeText(model.text(r, 'grade')) === normalizeText(grade),
    );
    if (sameGrade.length > 1) {
      summary.skipped.push({
        answerRow: answer.row,
        fullName: name,
        reason: `в реестре несколько человек с таким ФИО (строки ${sameGrade.map((r) => r.sourceRow ?? 'новая').join(', ')}); внесите ответ вручную`,
      });
      continue;
    }
    let person: ImportedPerson;
    let row: ModelRow;
    if (sameGrade.length === 1) {
      row = sameGrade[0];
      const changes: Record<string, CellValue> = {};
      for (const [key, value] of Object.entries(answer.values)) {
        // The registry's spelling of the name stays: it matched, and the curator may have fixed it.
        if (key !== 'fullName' && cellText(value) !== model.text(row, key)) changes[key] = value;
      }
      person = { answerRow: answer.row, id: model.text(row, 'id'), fullName: model.text(row, 'fullName') };
      if (Object.keys(changes).length === 0) {
        summary.skipped.push({
          answerRow: answer.row,
          fullName: name,
          reason: `ответ совпадает с данными в реестре (${person.id})`,
        });
        continue;
      }
      model.set(row, changes);
      summary.updated.push(person);
    } else {
      if (sameName.length > 0) {
        summary.warnings.push({
          answerRow: answer.row,
          fullName: name,
          message: `в реестре уже есть ${name} из другого класса или курса (${sameName.map((r) => model.text(r, 'id')).join(', ')}); добавлен отдельно — проверьте, не один ли это человек`,
        });
      }
      const id = nextId();
      row = model.append({
        ...answer.values,
        id,
        status: registry === 'mentors' ? DEFAULT_MENTOR_STATUS : DEFAULT_MENTEE_STATUS,
      });
      index(row);
      person = { answerRow: answer.row, id, fullName: name };
      summary.added.push(person);
    }
    if (consentAnswers.resolve(model.text(row, 'consent')) !== 'да') summary.noConsent.push(person);
  }
  return summary;
}
