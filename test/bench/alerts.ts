/** The bench's « alertes » scan: `n` commitments over n/25 conventions and 200 owners, alerts daily. */
import { userInput } from '../../src/domain/records/validate';
import { addDays } from '../../src/domain/format/local-date';
import { COMMITMENTS, CONVENTIONS, PARTNERS } from '../../src/domain/schema/tables';
import type { DispatchReport } from '../../src/domain/contracts';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import type { benchWorkbook } from './workbook';

type Bench = ReturnType<typeof benchWorkbook>;

export function seedCommitments({ wb, asStaff, table }: Bench, n: number): void {
  const today = new Date(wb.world.clock.now()).toISOString().slice(0, 10);
  const partners = asStaff(() => table(PARTNERS).all()).slice(0, Math.ceil(n / 25));
  const conventions = asStaff(() =>
    table(CONVENTIONS).insert(partners.map((p) => userInput({ partnerId: p.record.id, type: 'Convention de partenariat', status: 'Active' }))),
  );
  asStaff(() =>
    table(COMMITMENTS).insert(
      Array.from({ length: n }, (_, i) =>
        userInput({
          conventionId: conventions[i % conventions.length].id,
          kind: 'Livrable',
          label: `Livrable ${i}`,
          due: addDays(today, (i % 60) - 10),
          owner: `resp${i % 200}@ajcad-mali.org`,
          party: i % 3 === 0 ? 'Partenaire' : 'Nous',
        }),
      ),
    ),
  );
  // Paramètres › Alertes: a digest every day.
  wb.world.run(() => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Paramètres')!;
    const i = sheet
      .getDataRange()
      .getValues()
      .findIndex((r) => r[1] === 'Fréquence du récapitulatif');
    if (i >= 0) sheet.getRange(i + 1, 3).setValue('quotidien');
  });
}

/** One hourly run of the dispatcher as an admin; what the « alertes » job reported. */
export function alertRun({ wb }: Bench): { complete: boolean; queued: number; sent: number } | undefined {
  const report: DispatchReport = wb.call('runScheduledJobs', [], { user: DEMO_USERS.admin });
  return report.ran.find((j) => j.name === 'alertes')?.result as { complete: boolean; queued: number; sent: number } | undefined;
}
