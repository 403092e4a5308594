// Consolidated indicator tables by school, municipality and region.
// Above a school: sum of numerators over sum of denominators, enterprises distinct by INN.
import type { SchoolKind, SchoolReport } from '../report/schema';
import { percentOf } from '../core/percent';
import { INDICATOR_KEYS, reportCounts, type IndicatorKey } from './definitions';
import { targetsForYear, type TargetsByYear } from './targets';

export interface RegisteredSchool {
  id: string;
  name: string;
  municipality: string;
  kind: SchoolKind;
}

/** A school's current report for the period (its latest revision). */
export interface CurrentReport {
  schoolId: string;
  receivedAt: string;
  report: SchoolReport;
}

/** Region-level denominators that replace the sums of the schools' contingents. */
export interface Population {
  children10to19?: number | null;
  children15to19?: number | null;
  youngTeachers?: number | null;
}

export interface RegionSettings {
  name: string;
  /** Enterprises operating in the region: the `enterprisesShare` denominator. */
  enterprises: number | null;
  population: Population;
  targets: TargetsByYear;
}

export interface IndicatorValue {
  numerator: number;
  denominator: number | null;
  percent: number | null;
  target: number | null;
}

export type IndicatorSet = Record<IndicatorKey, IndicatorValue>;

export interface SchoolRow {
  id: string;
  name: string;
  municipality: string;
  kind: SchoolKind;
  reportedAt: string;
  indicators: IndicatorSet;
}

export interface MunicipalityRow {
  name: string;
  schoolsRegistered: number;
  schoolsReporting: number;
  indicators: IndicatorSet;
}

export interface RegionRow {
  name: string;
  schoolsRegistered: number;
  schoolsReporting: number;
  indicators: IndicatorSet;
}

export interface MissingSchool {
  id: string;
  name: string;
  municipality: string;
}

export interface IndicatorTables {
  period: string;
  region: RegionRow;
  municipalities: MunicipalityRow[];
  schools: SchoolRow[];
  /** Registered schools without a report for the period. */
  missing: MissingSchool[];
}

export interface ConsolidationInput {
  period: string;
  region: RegionSettings;
  schools: RegisteredSchool[];
  reports: CurrentReport[];
}

/** Running sums of one group (a municipality or the region). */
class Totals {
  readonly numerators = new Map<IndicatorKey, number>(INDICATOR_KEYS.map((k) => [k, 0]));
  readonly denominators = new Map<IndicatorKey, number>(INDICATOR_KEYS.map((k) => [k, 0]));
  readonly inns = new Set<string>();
  registered = 0;
  reporting = 0;

  add(report: SchoolReport, counts: ReturnType<typeof reportCounts>): void {
    this.reporting++;
    for (const key of INDICATOR_KEYS) {
      this.numerators.set(key, this.numerators.get(key)! + counts[key].numerator);
      this.denominators.set(key, this.denominators.get(key)! + (counts[key].denominator ?? 0));
    }
    for (const e of report.enterprises) this.inns.add(e.inn);
  }

  indicators(
    targets: Record<IndicatorKey, number | null>,
    denominatorOverride: Partial<Record<IndicatorKey, number | null>>,
  ): IndicatorSet {
    const set = {} as IndicatorSet;
    for (const key of INDICATOR_KEYS) {
      const numerator = key === 'enterprisesShare' ? this.inns.size : this.numerators.get(key)!;
      const override = denominatorOverride[key];
      const denominator = override === undefined ? this.denominators.get(key)! : override;
      set[key] = { numerator, denominator, percent: percentOf(numerator, denominator), target: targets[key] };
    }
    return set;
  }
}

const collator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
const byMunicipalityThenName = (a: { municipality: string; name: string }, b: { municipality: string; name: string }) =>
  collator.compare(a.municipality, b.municipality) || byName(a, b);

/** A population figure the region has set, or undefined to keep the sum of contingents. */
function given(n: number | null | undefined): number | undefined {
  return n ?? undefined;
}

/**
 * Builds the tables for one period. A report's school is described by its registration (name,
 * municipality), falling back to what the report says for a school that is not registered.
 */
export function consolidate(input: ConsolidationInput): IndicatorTables {
  const targets = targetsForYear(input.period, input.region.targets);
  const registered = new Map(input.schools.map((s) => [s.id, s]));
  const region = new Totals();
  const municipalities = new Map<string, Totals>();
  const totalsOf = (name: string) => {
    let t = municipalities.get(name);
    if (!t) municipalities.set(name, (t = new Totals()));
    return t;
  };
  for (const s of input.schools) {
    region.registered++;
    totalsOf(s.municipality).registered++;
  }

  const schools: SchoolRow[] = [];
  const reported = new Set<string>();
  for (const { schoolId, receivedAt, report } of input.reports) {
    const school = registered.get(schoolId) ?? { ...report.school, id: schoolId };
    const counts = reportCounts(report);
    region.add(report, counts);
    totalsOf(school.municipality).add(report, counts);
    reported.add(schoolId);
    const indicators = {} as IndicatorSet;
    for (const key of INDICATOR_KEYS) {
      const { numerator, denominator } = counts[key];
      indicators[key] = { numerator, denominator, percent: percentOf(numerator, denominator), target: targets[key] };
    }
    schools.push({
      id: schoolId,
      name: school.name,
      municipality: school.municipality,
      kind: school.kind,
      reportedAt: receivedAt,
      indicators,
    });
  }

  const noEnterpriseDenominator = { enterprisesShare: null };
  const population = input.region.population;
  const regionDenominators: Partial<Record<IndicatorKey, number | null>> = {
    enterprisesShare: input.region.enterprises,
    menteeStudentsShare: given(population.children10to19),
    mentorStudentsShare: given(population.children15to19),
    menteeYoungTeachersShare: given(population.youngTeachers),
  };

  return {
    period: input.period,
    region: {
      name: input.region.name,
      schoolsRegistered: region.registered,
      schoolsReporting: region.reporting,
      indicators: region.indicators(targets, regionDenominators),
    },
    municipalities: [...municipalities]
      .map(([name, t]) => ({
        name,
        schoolsRegistered: t.registered,
        schoolsReporting: t.reporting,
        indicators: t.indicators(targets, noEnterpriseDenominator),
      }))
      .sort(byName),
    schools: schools.sort(byMunicipalityThenName),
    missing: input.schools
      .filter((s) => !reported.has(s.id))
      .map(({ id, name, municipality }) => ({ id, name, municipality }))
      .sort(byMunicipalityThenName),
  };
}
