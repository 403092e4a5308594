// Settings from the environment: refused at start with a Russian message naming the variable.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../sync-service/src/config';

describe('service settings', () => {
  it('refuses an ADMIN_TOKEN shorter than 32 characters, and accepts 32', () => {
    expect(() => readConfig({ ADMIN_TOKEN: 'a' }, [])).toThrow(/ADMIN_TOKEN короче 32 символов \(1\)/);
    expect(() => readConfig({ ADMIN_TOKEN: 'x'.repeat(31) }, [])).toThrow(/ADMIN_TOKEN/);
    expect(readConfig({ ADMIN_TOKEN: 'x'.repeat(32) }, []).adminToken).toBe('x'.repeat(32));
    expect(readConfig({}, []).adminToken).toBeUndefined();
  });

  it('reads the backup schedule and the per-school limits, refusing nonsense', () => {
    const config = readConfig(
      { BACKUP_INTERVAL_HOURS: '6', BACKUP_KEEP: '3', REPORT_REVISIONS_PER_DAY: '5', SCHOOL_QUOTA_MB: '2' },
      [],
    );
    expect(config.backup).toEqual({ intervalHours: 6, keep: 3 });
    expect(config.limits).toEqual({ revisionsPerDay: 5, schoolQuotaBytes: 2 * 1024 * 1024 });
    expect(readConfig({}, []).backup).toEqual({ intervalHours: 24, keep: 7 });
    expect(() => readConfig({ BACKUP_KEEP: '0' }, [])).toThrow(/BACKUP_KEEP должен быть целым числом от 1/);
    expect(() => readConfig({ REPORT_REVISIONS_PER_DAY: 'много' }, [])).toThrow(/REPORT_REVISIONS_PER_DAY/);
  });
});
