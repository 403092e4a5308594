// The region's settings: name, number of enterprises, population override and yearly targets.
import type { RegionSettings } from '../../../shared/indicators';
import type { SqlDriver } from './sql';

export const DEFAULT_REGION_NAME = 'Регион';

interface RegionRecord {
  name: string;
  enterprises: number | null;
  children10to19: number | null;
  children15to19: number | null;
  young_teachers: number | null;
  targets: string;
}

export class RegionStore {
  constructor(private readonly db: SqlDriver) {}

  /** The settings, or an unnamed region with Table 5 defaults when none were set. */
  async get(): Promise<RegionSettings> {
    const rows = await this.db.query<RegionRecord>(
      'SELECT name, enterprises, children10to19, children15to19, young_teachers, targets FROM region WHERE id = 1',
    );
    if (!rows.length) return { name: DEFAULT_REGION_NAME, enterprises: null, population: {}, targets: {} };
    const r = rows[0];
    return {
      name: r.name,
      enterprises: r.enterprises,
      population: {
        children10to19: r.children10to19,
        children15to19: r.children15to19,
        youngTeachers: r.young_teachers,
      },
      targets: JSON.parse(r.targets) as RegionSettings['targets'],
    };
  }

  /** Replaces the settings as a whole. */
  async put(settings: RegionSettings, now: Date): Promise<void> {
    const p = settings.population;
    await this.db.execute(
      `INSERT INTO region (id, name, enterprises, children10to19, children15to19, young_teachers, targets, updated_at)
       VALUES (1, $1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, enterprises = excluded.enterprises, children10to19 = excluded.children10to19,
         children15to19 = excluded.children15to19, young_teachers = excluded.young_teachers, targets = excluded.targets, updated_at = excluded.updated_at`,
      [
        settings.name,
        settings.enterprises,
        p.children10to19 ?? null,
        p.children15to19 ?? null,
        p.youngTeachers ?? null,
        JSON.stringify(settings.targets),
        now.toISOString(),
      ],
    );
  }
}
