/**
 * The KPI panel and the monthly snapshot through the built bundle: getKpis in a bounded number of
 * Sheets calls whatever the rows, an EUR resource converted, and « Indicateurs » appended once by
 * the dispatcher for the month just ended, a row edited by hand left as typed.
 */
import { RESOURCES } from '../../src/domain/resources/tables';
import type { KpiPanel } from '../../src/domain/contracts';
import { KPI_KEYS } from '../../src/domain/kpi/model';
import { rows, seedRows } from '../support/demo-sheets';
import { seededPerFile, somePartners, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

const { admin, reader } = USERS;

let wb: PartnersWorkbook;
seededPerFile(() => {
  wb = workbookWithPartners(somePartners(40));
  seedRows(wb, RESOURCES, [{ partnerId: wb.partnerIds[0], date: '2026-03-05', kind: 'Financière', amount: 1000, currency: 'EUR' }]);
  // Created through Pacte on 12 March (the seeded ones carry the test machine's date).
  for (const name of ['Mairie de Kati', 'Radio Jekafo']) wb.call('savePartner', [{ name, type: 'OSC' }, []], { user: USERS.officer });
  wb.world.log.reset();
  return wb;
});

const item = (p: KpiPanel, key: string) => p.items.find((i) => i.key === key)!;
const indicators = () => rows(wb, 'Indicateurs');

describe('getKpis', () => {
  it('gives the month’s KPIs with definitions and trends, to a reader, in a bounded number of Sheets calls', () => {
    wb.call('getSession', [], { user: reader }); // settings cached
    wb.world.log.reset();
    const panel = wb.call('getKpis', [{ period: { kind: 'month', date: '2026-03-12' } }], { user: reader }) as KpiPanel;
    const calls = wb.world.log.sheetsCalls();
    console.log(`getKpis: ${calls} Sheets calls`);
    // One read per table (12) and their headers; nothing written.
    expect(calls).toBeLessThanOrEqual(30);
    expect(wb.world.log.total('Range.set', 'Sheet.insert')).toBe(0);
    expect(panel.period.label).toBe('mars 2026');
    expect(panel.items.map((i) => i.key)).toEqual([...KPI_KEYS]);
    // Two partners created on 12 March; 1 000 € at the parity = 655 957 FCFA, against 100 000 000 / 12.
    expect(item(panel, 'partnersIdentified')).toMatchObject({ value: 2, previous: 0 });
    expect(item(panel, 'resourcesMobilised')).toMatchObject({ value: 655_957, target: 8_333_333.33 });
    expect(item(panel, 'nps').definition).toContain('promoteurs');
    expect(item(panel, 'partnersIdentified').trend.at(-1)).toEqual({ month: '2026-03', value: 2 });

    // Three times the partners: the same number of calls.
    const more = workbookWithPartners(somePartners(120));
    more.call('getSession', [], { user: reader });
    more.world.log.reset();
    more.call('getKpis', [{ period: { kind: 'quarter', date: '2026-03-12' } }], { user: reader });
    expect(more.world.log.sheetsCalls()).toBe(calls);
  });

  it('refuses a period it does not know, in French', () => {
    expect(() => wb.call('getKpis', [{ period: { kind: 'semaine', date: '2026-03-12' } }] as never, { user: reader })).toThrow(/type de période/);
  });
});

describe('the « indicateurs » job', () => {
  it('appends the month just ended once, and never rewrites a row edited by hand', () => {
    wb.world.clock.set(new Date('2026-04-01T02:00:00Z'));
    wb.call('runScheduledJobs', [], { user: admin });
    const march = indicators();
    expect(march).toHaveLength(KPI_KEYS.length);
    expect(march[0]).toMatchObject({ Mois: '2026-03', 'Indicateur (clé)': 'partnersIdentified', Indicateur: 'Partenaires identifiés', Valeur: 2 });
    // Edited by hand, then the next day's run: the row stays as typed, nothing appended.
    wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Indicateurs')!.getRange(2, 4).setValue(41), { user: admin });
    wb.world.clock.set(new Date('2026-04-02T02:00:00Z'));
    const report = wb.call('runScheduledJobs', [], { user: admin }) as { ran: { name: string; result?: unknown }[] };
    expect(report.ran.find((r) => r.name === 'indicateurs')).toMatchObject({ result: null });
    expect(indicators()).toHaveLength(KPI_KEYS.length);
    expect(indicators()[0].Valeur).toBe(41);
    // The panel's trend reads the snapshot as it is now.
    const panel = wb.call('getKpis', [{ period: { kind: 'month', date: '2026-04-02' } }], { user: reader }) as KpiPanel;
    expect(item(panel, 'partnersIdentified').trend.slice(-2)).toEqual([
      { month: '2026-03', value: 41 },
      { month: '2026-04', value: 0 },
    ]);
  });
});
