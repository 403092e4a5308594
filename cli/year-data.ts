// What the programme-year commands read from an xlsx workspace: pairs, meetings and answers.
// Optional sheets that are missing or blank read as empty.
import { meetingSheet, pairsData, readMeetings, type Meeting, type PairsData } from '../shared/meetings';
import {
  readMeasurementAnswers,
  readSatisfactionAnswers,
  readSwotAnswers,
  type MeasurementAnswer,
  type SatisfactionAnswer,
  type SwotAnswer,
} from '../shared/monitoring';
import { isEmptyRow, type TableProblem } from '../shared/tables';
import { measurementAnswerSheet, pairSheet, satisfactionAnswerSheet, swotAnswerSheet } from '../shared/workspace';
import type { WorkbookFile } from './workbook-file';

export type { PairsData };

function gridWithHeaders(file: WorkbookFile, name: string): unknown[][] | undefined {
  const grid = file.grid(name);
  return grid && grid.length > 0 && !isEmptyRow(grid[0]) ? grid : undefined;
}

export function readPairsData(file: WorkbookFile): PairsData {
  return pairsData(gridWithHeaders(file, pairSheet.name));
}

export function readMeetingsData(
  file: WorkbookFile,
  pairs: PairsData,
): { meetings: Meeting[]; problems: TableProblem[] } {
  const grid = gridWithHeaders(file, meetingSheet.name);
  return grid ? readMeetings(grid, { pairIds: pairs.allPairIds }) : { meetings: [], problems: [] };
}

export interface AnswersData {
  measurement: MeasurementAnswer[];
  satisfaction: SatisfactionAnswer[];
  swot: SwotAnswer[];
  problems: TableProblem[];
}

export function readAnswersData(file: WorkbookFile): AnswersData {
  const problems: TableProblem[] = [];
  const read = <T>(name: string, reader: (grid: unknown[][]) => { answers: T[]; problems: TableProblem[] }): T[] => {
    const grid = gridWithHeaders(file, name);
    if (!grid) return [];
    const result = reader(grid);
    problems.push(...result.problems);
    return result.answers;
  };
  return {
    measurement: read(measurementAnswerSheet.name, readMeasurementAnswers),
    satisfaction: read(satisfactionAnswerSheet.name, readSatisfactionAnswers),
    swot: read(swotAnswerSheet.name, readSwotAnswers),
    problems,
  };
}
