// Entry points of the «Подбор пар» sidebar (menu item and google.script.run). Each reads every
// sheet it needs once, writes each changed sheet once under the document lock, and keeps the
// sidebar's last request in document properties.
import { readState, readStateList, writeState, writeStateList } from '../properties';
import { withDocumentLock } from '../sheets/lock';
import { writeChanges } from '../sheets/workbook';
import { planConfirmation, type SheetChange } from './confirmation';
import { planExclusion } from './exclusion';
import { alternativesFor, propose, review } from './proposal';
import { parseConfirm, parseMenteeId, parsePairKey, parseRequest } from './request';
import { pairingState } from './state';
import type { ConfirmResult, MentorOption, PairingApi, PairingRequest, PairingResult, PairingState } from './wire';
import { pairingInput, readPairingWorkbook, requireWritable, type PairingWorkbook } from './workspace';

const LAST_REQUEST = 'pairing.request';
/** The pins, one property per pin: hundreds of pins pass Google's 9 KB per value in one property. */
const PINS = 'pairing.pins';

export function openPairingSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('pairing').setTitle('Подбор пар');
  SpreadsheetApp.getUi().showSidebar(html);
}

export function getPairingState(): PairingState {
  const workbook = readPairingWorkbook();
  return pairingState(workbook.input, lastRequest());
}

export function runPairing(request: unknown): PairingResult {
  const checked = parseRequest(request);
  const workbook = readPairingWorkbook();
  const { view } = propose(workbook.input, checked);
  remember({ ...checked, pins: view.pins });
  return view;
}

export function getAlternatives(menteeId: unknown, request: unknown): MentorOption[] {
  const id = parseMenteeId(menteeId);
  const checked = parseRequest(request);
  return alternativesFor(readPairingWorkbook().input, checked, id);
}

/** Adds the pair to «Не объединять» and pairs again without it. */
export function excludePair(pair: unknown, request: unknown): PairingResult {
  const key = parsePairKey(pair);
  const checked = parseRequest(request);
  return withDocumentLock(() => {
    const workbook = readPairingWorkbook();
    const mentor = workbook.input.mentors.find((m) => m.id === key.mentorId);
    const mentee = workbook.input.mentees.find((m) => m.id === key.menteeId);
    if (!mentor || !mentee) throw new Error('Этой пары больше нет в реестрах. Нажмите «Подобрать пары» ещё раз.');
    const sheet = requireWritable(workbook, 'doNotPair');
    const change = planExclusion(workbook.grids.doNotPair, key, 'отмечено в панели «Подбор пар»');
    if (change) write(sheet, change, workbook);
    const grids = change ? { ...workbook.grids, doNotPair: change.after } : workbook.grids;
    const pins = checked.pins.filter((p) => p.mentorId !== key.mentorId || p.menteeId !== key.menteeId);
    const { view } = propose(pairingInput(grids), { ...checked, pins });
    remember({ ...checked, pins: view.pins });
    return view;
  });
}

/** Ticked pairs → `утверждена` in «Пары» and `в паре` in «Наставляемые»; the rest of the proposal → `предложена`. */
export function confirmPairs(confirm: unknown): ConfirmResult {
  const { request, pairs, startDate } = parseConfirm(confirm);
  return withDocumentLock(() => {
    const workbook = readPairingWorkbook();
    const proposal = propose(workbook.input, request);
    const [year, month, day] = startDate.split('-').map(Number);
    const plan = planConfirmation(
      workbook.grids,
      workbook.input,
      proposal,
      pairs,
      new Date(Date.UTC(year, month - 1, day)),
    );
    write(requireWritable(workbook, 'pairs'), plan.pairs, workbook);
    write(requireWritable(workbook, 'mentees'), plan.mentees, workbook);

    // The same proposal, now reviewed against the rewritten sheets: what was ticked is confirmed.
    const result = review(
      pairingInput({ ...workbook.grids, pairs: plan.pairs.after, mentees: plan.mentees.after }),
      proposal,
    );
    remember({ ...request, pins: result.pins });
    return {
      confirmed: plan.confirmed,
      proposed: plan.proposed,
      pairIds: plan.pairIds,
      menteesUpdated: plan.menteesUpdated,
      result,
    };
  });
}

function write(sheet: GoogleAppsScript.Spreadsheet.Sheet, change: SheetChange, workbook: PairingWorkbook): void {
  if (change.columns.size === 0) return;
  writeChanges(sheet, change.before, change.after, change.columns, workbook.timeZone);
}

function lastRequest(): PairingRequest | null {
  const saved = readState<Record<string, unknown>>(LAST_REQUEST);
  if (saved === null || typeof saved !== 'object') return null;
  // Older versions kept the pins inside the request; they are read until the next save.
  const pins = readStateList<unknown>(PINS) ?? saved.pins ?? [];
  try {
    return parseRequest({ ...saved, pins });
  } catch {
    return null;
  }
}

function remember(request: PairingRequest): void {
  writeStateList(PINS, request.pins);
  writeState(LAST_REQUEST, { ...request, pins: [] });
}

/** The handlers take `unknown` (anything may arrive over google.script.run) yet fit the wire contract. */
type Assert<T extends PairingApi> = T;
export type PairingHandlers = Assert<{
  getPairingState: typeof getPairingState;
  runPairing: typeof runPairing;
  getAlternatives: typeof getAlternatives;
  excludePair: typeof excludePair;
  confirmPairs: typeof confirmPairs;
}>;
