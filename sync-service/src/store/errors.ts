// Store failures that are the database's state, not a bug: outages, timeouts, a full disk,
// a damaged file. They become 503 answers with Retry-After; the process keeps running.

/** Thrown by the store itself when it refuses work (e.g. writes into a damaged file). */
export class StoreUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

/** PostgreSQL SQLSTATE classes and codes that mean «the database does not answer now». */
const PG_UNAVAILABLE_CLASSES = ['08', '53', '57', '58'];
const PG_UNAVAILABLE_CODES = new Set(['25P03', '40001', '40P01', '55P03']);
const NODE_NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** Errors `pg` raises without a code when a connection is lost or a client-side timeout fires. */
const PG_CONNECTION_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Query read timeout/i,
  /Client has encountered a connection error/i,
  /Client was closed/i,
  /Connection ended/i,
];

/** A Russian reason when `error` is the store being unavailable, broken or full; null for anything else. */
export function storeUnavailableReason(error: unknown): string | null {
  if (error instanceof StoreUnavailableError) return error.message;
  if (!(error instanceof Error)) return null;
  const raw = (error as { code?: unknown }).code;
  const code = typeof raw === 'string' ? raw : '';
  if (code.startsWith('SQLITE_')) {
    if (code === 'SQLITE_FULL')
      return 'На диске с данными сервиса нет места: освободите место, запись возобновится сама';
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
      return corruptMessage();
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
      return 'Хранилище занято другой операцией: повторите запрос через несколько секунд';
    if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
      return `Ошибка ввода-вывода хранилища (${code}): проверьте диск и права на каталог данных`;
    }
    return null;
  }
  if (/^[0-9A-Z]{5}$/.test(code)) {
    if (code === '53100') return 'На диске сервера PostgreSQL нет места: освободите место, запись возобновится сама';
    if (code === '57014')
      return 'База данных не ответила вовремя (превышен лимит времени запроса): повторите запрос позже';
    if (PG_UNAVAILABLE_CODES.has(code) || PG_UNAVAILABLE_CLASSES.includes(code.slice(0, 2))) {
      return `База данных PostgreSQL недоступна (${code}): сервис переподключится сам, повторите запрос позже`;
    }
    return null;
  }
  if (NODE_NETWORK_CODES.has(code) || PG_CONNECTION_MESSAGES.some((re) => re.test(error.message))) {
    return 'База данных PostgreSQL недоступна: сервис переподключится сам, повторите запрос позже';
  }
  return null;
}

export function corruptMessage(): string {
  return 'Файл базы данных повреждён: сервис не принимает запись. Остановите сервис и восстановите базу из резервной копии (каталог backups в DATA_DIR, см. README, «Резервные копии»)';
}
