// The region's bank of practices: cards sent by schools (every revision kept), the region's reviews,
// and the catalogue of accepted cards with Russian full-text search on either engine.
import { publicCard, type PracticeCard } from '../../../shared/practice';
import { searchStems, words } from '../../../shared/practice/russian-stemmer';
import type { SqlDriver, SqlExecutor, SqlValue } from './sql';

export type PracticeStatus = 'submitted' | 'returned' | 'accepted' | 'declined';
export type BankLevel = 'municipal' | 'regional';
export type ReviewDecision = 'accept' | 'return' | 'decline';

export interface PracticeState {
  practiceId: string;
  schoolId: string;
  revision: number;
  title: string;
  status: PracticeStatus;
  level: BankLevel | null;
  comment: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  createdAt: string;
  updatedAt: string;
  organizationName: string;
  municipality: string;
  /** The current revision as the school sent it (contacts only with consent: the card schema refuses others). */
  card: PracticeCard;
}

export interface CatalogueFilters {
  q?: string;
  form?: string;
  roleModel?: string;
  municipality?: string;
  level?: BankLevel;
}

export interface BankCount {
  municipality: string;
  level: BankLevel;
  practices: number;
}

interface PracticeRow {
  id: string;
  school_id: string;
  revision: number;
  title: string;
  status: PracticeStatus;
  level: BankLevel | null;
  comment: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  created_at: string;
  updated_at: string;
  card: string;
  name: string;
  municipality: string;
}

const SELECT = `SELECT p.id, p.school_id, p.revision, p.title, p.status, p.level, p.comment, p.reviewed_at, p.reviewed_by,
  p.created_at, p.updated_at, p.card, s.name, s.municipality FROM practices p JOIN schools s ON s.id = p.school_id`;

function toState(r: PracticeRow): PracticeState {
  const card = JSON.parse(r.card) as PracticeCard;
  return {
    practiceId: r.id,
    schoolId: r.school_id,
    revision: Number(r.revision),
    title: r.title,
    status: r.status,
    level: r.level,
    comment: r.comment,
    reviewedAt: r.reviewed_at,
    reviewedBy: r.reviewed_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    organizationName: card.organizationName,
    municipality: r.municipality,
    card: publicCard(card),
  };
}

/** The text a card is found by: everything but contacts. */
export function searchTextOf(card: PracticeCard): string {
  return [
    card.title,
    card.organizationName,
    card.roleModel,
    card.targetGroup,
    card.goal,
    card.content,
    ...card.results,
    ...card.materials.map((m) => m.title),
    ...(card.programme?.measurements ?? []).map((m) => m.parameter),
    ...card.authors.flatMap((a) => [a.fullName, a.position]),
  ].join('\n');
}

/** An FTS5 query of the stems of a search text: every word must occur, «-слово» must not.
 *  Null when nothing searchable is left (only stop words or punctuation): PostgreSQL finds nothing then too. */
export function ftsQuery(text: string): string | null {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const part of text.split(/\s+/)) {
    if (!part || part.toLowerCase() === 'or') continue;
    const target = part.startsWith('-') ? exclude : include;
    for (const stem of searchStems(part)) target.push(`"${stem.replace(/"/g, '""')}"`);
  }
  if (!include.length) return null;
  return include.join(' AND ') + exclude.map((s) => ` NOT ${s}`).join('');
}

export type SubmitResult =
  | { outcome: 'created' | 'revised'; revision: number; status: PracticeStatus }
  | { outcome: 'foreign'; schoolId: string };

export class PracticeStore {
  constructor(private readonly db: SqlDriver) {}

  /** Stores a new card or a new revision of it; a revision goes back to review. */
  async submit(card: PracticeCard, now: Date): Promise<SubmitResult> {
    const at = now.toISOString();
    const json = JSON.stringify(card);
    const text = searchTextOf(card);
    return this.db.transaction(async (tx) => {
      const [current] = await tx.query<{ school_id: string; revision: number }>(
        'SELECT school_id, revision FROM practices WHERE id = $1',
        [card.practiceId],
      );
      if (current && current.school_id !== card.schoolId)
        return { outcome: 'foreign', schoolId: current.school_id } as const;
      const revision = current ? Number(current.revision) + 1 : 1;
      if (current) {
        await tx.execute(
          `UPDATE practices SET revision = $2, status = 'submitted', level = NULL, comment = NULL, reviewed_at = NULL, reviewed_by = NULL,
             updated_at = $3, title = $4, form = $5, role_model = $6, card = $7, search_text = $8 WHERE id = $1`,
          [card.practiceId, revision, at, card.title, card.form, card.roleModel, json, text],
        );
      } else {
        await tx.execute(
          `INSERT INTO practices (id, school_id, revision, status, created_at, updated_at, title, form, role_model, card, search_text)
           VALUES ($1, $2, 1, 'submitted', $3, $3, $4, $5, $6, $7, $8)`,
          [card.practiceId, card.schoolId, at, card.title, card.form, card.roleModel, json, text],
        );
      }
      await tx.execute(
        'INSERT INTO practice_revisions (practice_id, revision, submitted_at, card) VALUES ($1, $2, $3, $4)',
        [card.practiceId, revision, at, json],
      );
      await this.index(tx, card.practiceId, text);
      return { outcome: current ? 'revised' : 'created', revision, status: 'submitted' } as const;
    });
  }

  private async index(tx: SqlExecutor, id: string, text: string): Promise<void> {
    if (this.db.dialect !== 'sqlite') return;
    await tx.execute('DELETE FROM practice_search WHERE practice_id = $1', [id]);
    await tx.execute('INSERT INTO practice_search (practice_id, stems) VALUES ($1, $2)', [
      id,
      searchStems(text).join(' '),
    ]);
  }

  async get(id: string): Promise<PracticeState | null> {
    const rows = await this.db.query<PracticeRow>(`${SELECT} WHERE p.id = $1`, [id]);
    return rows.length ? toState(rows[0]) : null;
  }

  /** Every card of one organisation, the latest changed first. */
  async ofSchool(schoolId: string): Promise<PracticeState[]> {
    const rows = await this.db.query<PracticeRow>(`${SELECT} WHERE p.school_id = $1 ORDER BY p.updated_at DESC, p.id`, [
      schoolId,
    ]);
    return rows.map(toState);
  }

  /** Cards for the region's review: those waiting first, then the rest, each group the oldest change first. */
  async forReview(status?: PracticeStatus): Promise<PracticeState[]> {
    const where = status ? 'WHERE p.status = $1' : '';
    const rows = await this.db.query<PracticeRow>(
      `${SELECT} ${where} ORDER BY CASE WHEN p.status = 'submitted' THEN 0 ELSE 1 END, p.updated_at, p.id`,
      status ? [status] : [],
    );
    return rows.map(toState);
  }

  /** Records the region's decision on the current revision; null when there is no such card. */
  async review(
    id: string,
    decision: { decision: ReviewDecision; level?: BankLevel; comment?: string },
    reviewer: string,
    now: Date,
  ): Promise<PracticeState | null> {
    const status: PracticeStatus =
      decision.decision === 'accept' ? 'accepted' : decision.decision === 'return' ? 'returned' : 'declined';
    const level = decision.decision === 'accept' ? (decision.level ?? null) : null;
    const comment = decision.comment ?? null;
    const at = now.toISOString();
    const changed = await this.db.transaction(async (tx) => {
      const [current] = await tx.query<{ revision: number }>('SELECT revision FROM practices WHERE id = $1', [id]);
      if (!current) return false;
      await tx.execute(
        'UPDATE practices SET status = $2, level = $3, comment = $4, reviewed_at = $5, reviewed_by = $6 WHERE id = $1',
        [id, status, level, comment, at, reviewer],
      );
      await tx.execute(
        'INSERT INTO practice_reviews (practice_id, revision, decision, level, comment, reviewed_at, reviewed_by) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [id, Number(current.revision), decision.decision, level, comment, at, reviewer],
      );
      return true;
    });
    return changed ? this.get(id) : null;
  }

  /** The number of revisions kept for a card. */
  async revisionCount(id: string): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(
      'SELECT COUNT(*) AS n FROM practice_revisions WHERE practice_id = $1',
      [id],
    );
    return Number(row?.n ?? 0);
  }

  /** Accepted cards matching the filters; the newest decision first. */
  async catalogue(filters: CatalogueFilters): Promise<PracticeState[]> {
    const where = ["p.status = 'accepted'"];
    const params: SqlValue[] = [];
    const add = (sql: (n: string) => string, value: SqlValue) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filters.form) add((n) => `p.form = ${n}`, filters.form);
    if (filters.roleModel) add((n) => `p.role_model = ${n}`, filters.roleModel);
    if (filters.municipality) add((n) => `s.municipality = ${n}`, filters.municipality);
    if (filters.level) add((n) => `p.level = ${n}`, filters.level);
    const q = filters.q?.trim();
    if (q && words(q).length) {
      if (this.db.dialect === 'postgres')
        add((n) => `to_tsvector('russian', p.search_text) @@ websearch_to_tsquery('russian', ${n})`, q);
      else {
        const match = ftsQuery(q);
        if (match === null) return [];
        add((n) => `p.id IN (SELECT practice_id FROM practice_search WHERE practice_search MATCH ${n})`, match);
      }
    }
    const rows = await this.db.query<PracticeRow>(
      `${SELECT} WHERE ${where.join(' AND ')} ORDER BY p.reviewed_at DESC, p.id`,
      params,
    );
    return rows.map(toState);
  }

  /** How many accepted practices each municipality has in each bank. */
  async bankCounts(): Promise<BankCount[]> {
    const rows = await this.db.query<{ municipality: string; level: BankLevel; n: number }>(
      `SELECT s.municipality, p.level, COUNT(*) AS n FROM practices p JOIN schools s ON s.id = p.school_id
       WHERE p.status = 'accepted' AND p.level IS NOT NULL GROUP BY s.municipality, p.level ORDER BY s.municipality, p.level`,
    );
    return rows.map((r) => ({ municipality: r.municipality, level: r.level, practices: Number(r.n) }));
  }

  /** Whether the catalogue opens without a token (the region's choice; closed until set). */
  async catalogueOpen(): Promise<boolean> {
    const [row] = await this.db.query<{ catalogue_open: number }>(
      'SELECT catalogue_open FROM practice_settings WHERE id = 1',
    );
    return Number(row?.catalogue_open ?? 0) === 1;
  }

  async setCatalogueOpen(open: boolean, now: Date): Promise<void> {
    await this.db.execute(
      `INSERT INTO practice_settings (id, catalogue_open, updated_at) VALUES (1, $1, $2)
       ON CONFLICT (id) DO UPDATE SET catalogue_open = excluded.catalogue_open, updated_at = excluded.updated_at`,
      [open ? 1 : 0, now.toISOString()],
    );
  }
}
