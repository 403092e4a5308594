// Preference findings of a pairing run as notes at the cell of the preference.
import { countOf, describeLatinLetters } from '../catalogue';
import type { TableProblem } from '../tables';
import { menteeSheet, mentorSheet } from '../workspace';
import type { PairingInput } from './pairing-input';
import type { PreferenceFinding } from './types';

const MENTORS = ['наставника', 'наставников', 'наставников'] as const;
const MENTEES = ['наставляемого', 'наставляемых', 'наставляемых'] as const;

/** One note per finding, in the findings' order (unhonoured mutual choices first). */
export function preferenceNotes(findings: readonly PreferenceFinding[], input: PairingInput): TableProblem[] {
  return findings.map((finding) => {
    const mentee = finding.side === 'mentee';
    const other = mentee ? 'наставника' : 'наставляемого';
    const place = {
      sheet: mentee ? input.sheets.mentees : input.sheets.mentors,
      row: (mentee ? input.rowOf.mentees : input.rowOf.mentors).get(finding.personId) ?? 0,
      column: '',
      header: mentee ? headerOf(menteeSheet, 'preferredMentor') : headerOf(mentorSheet, 'preferredMentees'),
    };
    switch (finding.kind) {
      case 'nobody':
        return {
          ...place,
          code: 'unknown-preference',
          value: finding.text,
          message: `нет ${other} с таким ID или ФИО среди участвующих в подборе — предпочтение не учтено; укажите ID`,
        };
      case 'ambiguous':
        return {
          ...place,
          code: 'ambiguous-preference',
          value: finding.text,
          message: `такое ФИО у ${countOf(finding.candidates.length, mentee ? MENTORS : MENTEES)} (${finding.candidates.join(', ')}) — выбраны все; укажите ID`,
        };
      case 'look-alike':
        return {
          ...place,
          code: 'corrected',
          value: finding.text,
          message: `исправлено: ${describeLatinLetters(finding.text)}; найден ID «${finding.otherId}»`,
        };
      case 'not-honoured': {
        const what = finding.mutual ? 'взаимный выбор не выполнен' : 'выбор не выполнен';
        return {
          ...place,
          code: 'preference-not-honoured',
          value: mentee ? finding.mentorId : finding.menteeId,
          message: `${what}: ${finding.reason}`,
        };
      }
    }
  });
}

function headerOf(spec: typeof menteeSheet | typeof mentorSheet, key: string): string {
  return spec.columns.find((column) => column.key === key)?.header ?? '';
}
