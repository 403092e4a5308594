// Every operation that writes holds the document lock: two curators (or a curator and a trigger)
// never interleave their writes in one spreadsheet.

const WAIT_MS = 30_000;

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(WAIT_MS)) {
    throw new Error('Таблицу сейчас изменяет другой пользователь или процесс. Повторите через минуту.');
  }
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
