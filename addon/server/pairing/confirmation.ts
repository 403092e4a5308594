// Confirming pairs, as changes to two grids (no Apps Script here): in `Пары` the ticked pairs
// become `утверждена` with `Дата начала` and one `ID пары` per mentor group, the rest of the
// proposal is written as `предложена` (replacing earlier `предложена` rows, as the CLI does);
// in `Наставляемые` the confirmed mentees get `Статус` = `в паре`. Nothing else changes.
import { menteeStatuses, normalizeText, pairStatuses } from '../../../shared/catalogue';
import type { ProposedPair } from '../../../shared/pairing';
import { writePairs, type PairProposal, type PairingInput } from '../../../shared/registry';
import { cellText, matchHeaders } from '../../../shared/tables';
import { menteeSheet } from '../../../shared/workspace';
import { PINNED_REASON } from '../../../shared/pairing';
import { keyOf, type Proposal } from './proposal';
import type { PairKey } from './wire';

type Grid = unknown[][];

/** The new grid of a sheet and the columns the product may write in it (0-based). */
export interface SheetChange {
  before: Grid;
  after: Grid;
  columns: Set<number>;
}

export interface ConfirmationPlan {
  pairs: SheetChange;
  mentees: SheetChange;
  confirmed: number;
  proposed: number;
  pairIds: string[];
  menteesUpdated: number;
}

export function planConfirmation(
  grids: { pairs: Grid; mentees: Grid },
  input: PairingInput,
  proposal: Proposal,
  selection: PairKey[],
  startDate: Date,
): ConfirmationPlan {
  const byKey = new Map<string, ProposedPair>(proposal.pairs.map((pair) => [keyOf(pair), pair]));
  const names = new Map(input.mentees.map((m) => [m.id, m.fullName]));
  const mentorNames = new Map(input.mentors.map((m) => [m.id, m.fullName]));
  const chosen = new Set<string>();
  for (const pair of selection) {
    const proposed = byKey.get(keyOf(pair));
    if (!proposed || proposal.confirmedKeys.has(keyOf(pair))) {
      const who = `«${mentorNames.get(pair.mentorId) ?? pair.mentorId} — ${names.get(pair.menteeId) ?? pair.menteeId}»`;
      throw new Error(
        proposed
          ? `Пара ${who} уже утверждена.`
          : `Пара ${who} больше не предлагается: данные в таблице изменились. Нажмите «Подобрать пары» ещё раз.`,
      );
    }
    chosen.add(keyOf(pair));
  }

  const toWrite: PairProposal[] = proposal.pairs.map((pair) => ({
    ...pair,
    reasons: pair.reasons.filter((reason) => reason !== PINNED_REASON),
    pinned: proposal.confirmedKeys.has(keyOf(pair)),
  }));
  const { model, resultRows } = writePairs(grids.pairs, toWrite, input);
  const confirmedStatus = pairStatuses.labelOf('утверждена');
  const pairIds: string[] = [];
  let confirmed = 0;
  let proposed = 0;
  for (const row of resultRows) {
    const key = keyOf({ mentorId: model.text(row, 'mentorId'), menteeId: model.text(row, 'menteeId') });
    if (proposal.confirmedKeys.has(key)) continue;
    if (!chosen.has(key)) {
      proposed++;
      continue;
    }
    model.set(row, { status: confirmedStatus, startDate });
    confirmed++;
    const pairId = model.text(row, 'pairId');
    if (!pairIds.includes(pairId)) pairIds.push(pairId);
  }

  // Rows keep their places unless writePairs dropped old `предложена` rows (or blank rows):
  // then the sheet is rewritten whole, so every row moves with the curator's cells beside it.
  const after = model.toGrid();
  const aligned = model.rows.every((row, index) => row.sourceRow === null || row.sourceRow === index + 2);
  const width = Math.max(model.width, ...grids.pairs.map((row) => row.length));
  while (after.length < grids.pairs.length) after.push(new Array<unknown>(width).fill(''));
  const pairColumns = aligned ? model.ownColumns() : new Set(Array.from({ length: width }, (_, c) => c));

  const mentees = menteeStatusChange(
    grids.mentees,
    selection.map((pair) => pair.menteeId),
  );
  return {
    pairs: { before: grids.pairs, after, columns: pairColumns },
    mentees: mentees.change,
    confirmed,
    proposed,
    pairIds,
    menteesUpdated: mentees.updated,
  };
}

/** `Статус` = `в паре` for the given mentees; the column is added after the last header when missing. */
function menteeStatusChange(grid: Grid, menteeIds: string[]): { change: SheetChange; updated: number } {
  const { columns } = matchHeaders(grid[0] ?? [], menteeSheet, menteeSheet.name);
  const after = grid.map((row) => [...row]);
  const idColumn = columns.id;
  if (idColumn === undefined || menteeIds.length === 0)
    return { change: { before: grid, after, columns: new Set() }, updated: 0 };
  let statusColumn = columns.status;
  if (statusColumn === undefined) {
    statusColumn = (grid[0] ?? []).length;
    while (statusColumn > 0 && cellText(grid[0][statusColumn - 1]) === '') statusColumn--;
    after[0][statusColumn] = 'Статус';
  }
  const wanted = new Set(menteeIds.map(normalizeText));
  const inPair = menteeStatuses.labelOf('в паре');
  let updated = 0;
  for (let r = 1; r < after.length; r++) {
    if (!wanted.has(normalizeText(cellText(after[r][idColumn])))) continue;
    if (menteeStatuses.resolve(cellText(after[r][statusColumn])) === 'в паре') continue;
    after[r][statusColumn] = inPair;
    updated++;
  }
  return { change: { before: grid, after, columns: new Set([statusColumn]) }, updated };
}
