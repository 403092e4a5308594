// The region's bank of practices as an .xlsx workbook: a row per accepted practice, dates as real
// dates (dd.mm.yyyy in Russian Excel), long texts wrapped, an author's contacts only with consent.
import ExcelJS from 'exceljs';
import { formName } from '../../../shared/catalogue';
import { publicCard } from '../../../shared/practice';
import type { PracticeState } from '../store/practices';

const LEVEL_NAMES = { municipal: 'муниципальный', regional: 'региональный' } as const;

const COLUMNS: Array<{ header: string; width: number; value: (p: PracticeState) => string | number | Date | null }> = [
  { header: 'Тема практики', width: 40, value: (p) => p.card.title },
  { header: 'Банк', width: 16, value: (p) => (p.level ? LEVEL_NAMES[p.level] : null) },
  { header: 'Принята', width: 12, value: (p) => (p.reviewedAt ? new Date(p.reviewedAt) : null) },
  { header: 'Муниципалитет', width: 24, value: (p) => p.municipality },
  { header: 'Организация', width: 36, value: (p) => p.card.organizationName },
  { header: 'Форма наставничества', width: 22, value: (p) => formName(p.card.form) },
  { header: 'Ролевая модель', width: 30, value: (p) => p.card.roleModel },
  { header: 'Целевая группа', width: 28, value: (p) => p.card.targetGroup },
  { header: 'Цель', width: 40, value: (p) => p.card.goal },
  { header: 'Содержание', width: 60, value: (p) => p.card.content },
  { header: 'Результаты', width: 50, value: (p) => p.card.results.join('\n') },
  { header: 'Срок программы, мес.', width: 12, value: (p) => p.card.programme?.durationMonths ?? null },
  { header: 'Пар', width: 8, value: (p) => p.card.programme?.pairs ?? null },
  { header: 'Завершили', width: 10, value: (p) => p.card.programme?.completedPairs ?? null },
  {
    header: 'Авторы',
    width: 50,
    value: (p) =>
      publicCard(p.card)
        .authors.map((a) =>
          [
            a.fullName,
            a.position,
            a.yearsInPosition !== undefined ? `стаж в должности ${a.yearsInPosition}` : '',
            a.email ?? '',
            a.phone ?? '',
          ]
            .filter(Boolean)
            .join(', '),
        )
        .join('\n'),
  },
  { header: 'Материалы', width: 50, value: (p) => p.card.materials.map((m) => `${m.title}: ${m.url}`).join('\n') },
  { header: 'Код практики', width: 24, value: (p) => p.practiceId },
];

export async function practicesToXlsx(practices: readonly PracticeState[]): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = '«Наставник»';
  const sheet = book.addWorksheet('Банк практик', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  for (const p of practices) {
    const row = sheet.addRow(COLUMNS.map((c) => c.value(p)));
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.getColumn(3).numFmt = 'dd.mm.yyyy';
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
