export { cellDay } from '../core/day';
export { cellText, formatDate, isEmptyCell, isEmptyRow, splitList, type CellValue } from './cell';
export { parseGrade, parseGradeRange, parseInteger, parseNumber } from './numbers';
export { columnLetter, formatProblem, sortProblems, type ProblemCode, type TableProblem } from './problem';
export { matchHeaders, normalizeHeader, type HeaderMatch } from './headers';
export { readTable, type ReadTableOptions, type Table, type TableRow } from './read-table';
export { RowReader, type NumberRule } from './row-reader';
export { TableModel, type ModelRow } from './table-model';
export { guardFormulaText, mayBeParsed, startsLikeFormula } from './formula-guard';
