import type { SheetSpec } from './sheet-spec';

export type DoNotPairColumn = 'mentorId' | 'menteeId' | 'reason';

/** `Не объединять` — pairs the curator forbids; pairing never proposes them. */
export const doNotPairSheet: SheetSpec<DoNotPairColumn> = {
  name: 'Не объединять',
  frozenRows: 1,
  columns: [
    { key: 'mentorId', header: 'Наставник ID', required: true, width: 14 },
    { key: 'menteeId', header: 'Наставляемый ID', required: true, width: 16 },
    { key: 'reason', header: 'Причина', width: 50 },
  ],
};
