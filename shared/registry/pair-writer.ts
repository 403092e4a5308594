// Writing pairing results into `Пары`: proposals replace the old `предложена` rows; every other
// row (утверждена, завершена, расторгнута, the curator's own) and every extra column stays.
import { formInfo, normalizeText, pairStatuses } from '../catalogue';
import { TableModel, type ModelRow } from '../tables';
import { pairSheet, type PairColumn } from '../workspace';
import type { FormCode, Mentee, Mentor } from './types';

/** Structurally a `ProposedPair` of shared/pairing. */
export interface PairProposal {
  mentorId: string;
  menteeId: string;
  form: FormCode;
  score: number;
  reasons: string[];
  /** What speaks against the pair; written after the reasons under «Против:». */
  against?: string[];
  /** A confirmed pair kept as it is. */
  pinned: boolean;
}

export interface PairSheetWrite {
  /** The whole `Пары` sheet after the update. */
  model: TableModel<PairColumn>;
  /** The rows of the given pairs (proposed and confirmed), in sheet order. */
  resultRows: ModelRow[];
}

/** Separator of reasons in `Почему подобраны`. */
export const REASON_SEPARATOR = '; ';
/** Starts what speaks against the pair in `Почему подобраны`, after what speaks for it. */
export const AGAINST_LABEL = 'Против: ';

/** `Почему подобраны`: the reasons for the pair, then «Против: …» when something speaks against it. */
export function reasonsText(pair: { reasons: readonly string[]; against?: readonly string[] }): string {
  const text = pair.reasons.join(REASON_SEPARATOR);
  return pair.against && pair.against.length > 0
    ? `${text}. ${AGAINST_LABEL}${pair.against.join(REASON_SEPARATOR)}`
    : text;
}

export function writePairs(
  grid: readonly (readonly unknown[])[],
  pairs: readonly PairProposal[],
  people: { mentors: readonly Mentor[]; mentees: readonly Mentee[] },
): PairSheetWrite {
  const model = TableModel.fromGrid(grid, pairSheet);
  const status = (row: ModelRow) => pairStatuses.resolve(model.text(row, 'status'));
  const key = (mentorId: string, menteeId: string) => `${normalizeText(mentorId)}\u0000${normalizeText(menteeId)}`;
  const mentorName = new Map(people.mentors.map((mentor) => [mentor.id, mentor.fullName]));
  const menteeByKey = new Map(people.mentees.map((person) => [normalizeText(person.id), person]));
  const menteeOf = (id: string) => menteeByKey.get(normalizeText(id));

  const oldProposals = new Map<string, ModelRow>();
  const confirmedRows = new Map<string, ModelRow>();
  const groupIds = new Map<string, string>();
  const usedIds = new Set<string>();
  for (const row of model.rows) {
    const rowKey = key(model.text(row, 'mentorId'), model.text(row, 'menteeId'));
    const rowStatus = status(row);
    if (rowStatus === 'предложена') {
      if (!oldProposals.has(rowKey)) oldProposals.set(rowKey, row);
      continue;
    }
    const pairId = model.text(row, 'pairId');
    if (pairId) usedIds.add(normalizeText(pairId));
    if (rowStatus === 'утверждена') {
      if (!confirmedRows.has(rowKey)) confirmedRows.set(rowKey, row);
      const menteeForm = menteeOf(model.text(row, 'menteeId'))?.form;
      if (pairId && menteeForm) {
        const group = groupKey(model.text(row, 'mentorId'), menteeForm);
        if (!groupIds.has(group)) groupIds.set(group, pairId);
      }
    }
  }

  const resultRows = new Set<ModelRow>();
  const groupIdOf = (pair: PairProposal) => {
    const group = groupKey(pair.mentorId, pair.form);
    let pairId = groupIds.get(group);
    if (pairId === undefined) {
      pairId = freePairId(`П-${pair.mentorId}-${formInfo(pair.form).abbreviation}`, usedIds);
      groupIds.set(group, pairId);
    }
    return pairId;
  };
  const valuesOf = (pair: PairProposal) => ({
    form: formInfo(pair.form).name,
    mentorId: pair.mentorId,
    mentorName: mentorName.get(pair.mentorId) ?? '',
    menteeId: pair.menteeId,
    menteeName: menteeOf(pair.menteeId)?.fullName ?? '',
    score: pair.score,
    reasons: reasonsText(pair),
  });

  // Confirmed rows stay as the curator left them; only their empty product cells are filled in.
  for (const pair of pairs.filter((candidate) => candidate.pinned).sort(compareProposals)) {
    const row = confirmedRows.get(key(pair.mentorId, pair.menteeId));
    if (!row) continue;
    resultRows.add(row);
    const values = valuesOf(pair);
    for (const column of Object.keys(values) as (keyof typeof values)[]) {
      if (model.text(row, column) === '') model.set(row, { [column]: values[column] });
    }
    if (model.text(row, 'pairId') === '') model.set(row, { pairId: groupIdOf(pair) });
  }

  const reused = new Set<ModelRow>();
  for (const pair of pairs.filter((candidate) => !candidate.pinned).sort(compareProposals)) {
    const values = { pairId: groupIdOf(pair), ...valuesOf(pair), status: pairStatuses.labelOf('предложена') };
    const old = oldProposals.get(key(pair.mentorId, pair.menteeId));
    let row: ModelRow;
    if (old && !reused.has(old)) {
      model.set(old, values);
      reused.add(old);
      row = old;
    } else {
      row = model.append(values);
    }
    resultRows.add(row);
  }
  model.retain((row) => status(row) !== 'предложена' || reused.has(row) || row.sourceRow === null);
  return { model, resultRows: model.rows.filter((row) => resultRows.has(row)) };
}

/** The `Пары` columns of the given rows, in spec order: what `--out` writes. */
export function pairSheetRows(model: TableModel<PairColumn>, rows: Iterable<ModelRow>): unknown[][] {
  return [...rows].map((row) => pairSheet.columns.map((column) => model.get(row, column.key)));
}

function groupKey(mentorId: string, form: FormCode): string {
  return `${normalizeText(mentorId)}\u0000${form}`;
}

/** `П-Н001-УУ`, or `П-Н001-УУ-2`, `-3` … when an earlier group (e.g. a finished one) has it. */
function freePairId(base: string, usedIds: Set<string>): string {
  let candidate = base;
  for (let suffix = 2; usedIds.has(normalizeText(candidate)); suffix++) candidate = `${base}-${suffix}`;
  usedIds.add(normalizeText(candidate));
  return candidate;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareProposals(a: PairProposal, b: PairProposal): number {
  return compareText(a.mentorId, b.mentorId) || compareText(a.form, b.form) || compareText(a.menteeId, b.menteeId);
}
