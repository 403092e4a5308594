// `Пары` rows → one PairInfo per `ID пары` (a group is several rows sharing one ID).
import type { PairRecord } from '../registry/schemas';
import { toDay, type Day } from '../core/day';
import type { PairInfo } from './progress';

export function pairInfos(records: readonly PairRecord[]): PairInfo[] {
  const byId = new Map<string, PairInfo>();
  for (const record of records) {
    if (!record.pairId) continue;
    const info = byId.get(record.pairId) ?? { pairId: record.pairId };
    byId.set(record.pairId, info);
    if (!info.status && record.status) info.status = record.status;
    const start: Day | undefined = toDay(record.startDate);
    if (start && (!info.startDate || start < info.startDate)) info.startDate = start;
  }
  return [...byId.values()];
}
