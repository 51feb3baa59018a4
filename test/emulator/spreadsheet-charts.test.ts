/** SpreadsheetApp emulator: embedded charts (builder, insert, read back, modify, remove) and the Charts enum. */
import { World } from '../../src/dev/emulator/core/world';
import { installSpreadsheetApp } from '../../src/dev/emulator/spreadsheet';

let world: World;

beforeEach(() => {
  world = new World();
  Object.assign(globalThis, installSpreadsheetApp(world));
});

// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
describe('embedded charts', () => {
  function sheetWithData(): GoogleAppsScript.Spreadsheet.Sheet {
    const s = SpreadsheetApp.create('KPI').getSheets()[0];
    s.getRange('A1:B3').setValues([
      ['Étape', 'Montant'],
      ['Prospection', 10],
      ['Signée', 4],
    ]);
    return s;
  }

  it('builds, inserts and reads back a chart with its type, ranges, position and options', () => {
    const s = sheetWithData();
    const chart = s
      .newChart()
      .setChartType(Charts.ChartType.PIE)
      .addRange(s.getRange('A1:B3'))
      .setPosition(5, 4, 10, 20)
      .setOption('title', 'Pipeline')
      .build();
    expect(chart.getChartId()).toBeNull();
    s.insertChart(chart);
    const [back] = s.getCharts();
    expect(back.getChartId()).toEqual(expect.any(Number));
    expect(back.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B3']);
    expect(back.getOptions().get('title')).toBe('Pipeline');
    const info = back.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([5, 4, 10, 20]);
    expect(String(back.modify().getChartType())).toBe('PIE');
  });

  it('modify + updateChart replaces the chart; removeChart deletes it', () => {
    const s = sheetWithData();
    s.insertChart(s.newChart().setChartType(Charts.ChartType.COLUMN).addRange(s.getRange('A1:B3')).build());
    const [chart] = s.getCharts();
    s.updateChart(chart.modify().setOption('title', 'Montants').clearRanges().addRange(s.getRange('A1:B2')).build());
    expect(s.getCharts()).toHaveLength(1);
    expect(s.getCharts()[0].getOptions().get('title')).toBe('Montants');
    expect(s.getCharts()[0].getRanges()[0].getA1Notation()).toBe('A1:B2');
    s.removeChart(s.getCharts()[0]);
    expect(s.getCharts()).toHaveLength(0);
  });

  it('counts builder calls under EmbeddedChartBuilder for the Sheets call budget', () => {
    const s = sheetWithData();
    world.log.reset();
    s.newChart().addRange(s.getRange('A1:B3')).build();
    expect(world.log.count('EmbeddedChartBuilder.addRange')).toBe(1);
    expect(world.log.sheetsCalls()).toBe(4);
  });
});
