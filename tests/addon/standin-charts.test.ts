// Embedded charts in the stand-in: ids only for charts read back from the sheet, as in Google.
import { describe, expect, it } from 'vitest';
import { createAppsScript } from '../../testkit/apps-script';

describe('embedded charts stand-in', () => {
  it('gives a just-built chart no id, even once inserted; getCharts() gives ids, stable across reads', () => {
    const gas = createAppsScript();
    const sheet = (gas.globals as any).SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    const chart = sheet
      .newChart()
      .addRange(sheet.getRange('A1:B3'))
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Итоги')
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    expect(chart.getChartId()).toBeNull();
    // Removing the built object finds nothing: it has no id.
    sheet.removeChart(chart);
    const [read] = sheet.getCharts();
    expect(read.getChartId()).toEqual(expect.any(Number));
    expect(sheet.getCharts()[0].getChartId()).toBe(read.getChartId());
    expect(read.getRanges().map((r: any) => r.getA1Notation())).toEqual(['A1:B3']);
    expect(read.getOptions().get('title')).toBe('Итоги');
    sheet.removeChart(read);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});
