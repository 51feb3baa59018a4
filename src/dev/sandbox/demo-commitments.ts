/**
 * Demo commitments in every status, on an active convention, through Pacte's own API as the
 * officers would (added, marked done with their proof, cancelled with a reason), then the hourly
 * job's own step sets « En retard » and « En cours » as of the demo's today (12 March 2026): the
 * chargée's « Copier pour WhatsApp » has late and coming items. One failure of the hourly job is
 * recorded as the dispatcher records it, so the admin's « Erreurs des tâches planifiées » shows it.
 * Call after the demo activity (its signed opportunities have active conventions).
 */
import type { LoadedScript } from '../load-script';
import { updateCommitmentStatuses } from '../../app/commitments';
import { recordJobErrors } from '../../app/jobs/job-errors';
import { storeFor } from '../../services/sheets-store';
import { createStoreContext } from '../../services/store-context';
import { toLocalDate, toLocalDateTime } from '../../domain/format/time-zone';
import { DEMO_USERS } from './demo-data';

export function seedCommitments(loaded: LoadedScript): void {
  const { world, call } = loaded;
  const user = DEMO_USERS.chargee;
  const active = call('listConventions', [], { user }).find((c) => c.status === 'Active');
  if (!active) throw new Error('Demo commitments: no active convention');
  const add = (fields: Record<string, unknown>, recurrence?: { everyMonths: number; until: string }) =>
    call('addCommitment', [{ conventionId: active.id, owner: user, party: 'Nous', ...fields }, recurrence], { user });
  add({ kind: 'Rapport narratif', label: 'Rapport de démarrage', due: '2026-03-02', risk: 'Élevé', mitigation: 'Relance hebdomadaire' });
  add({ kind: 'Versement', label: 'Apport au fonds de démarrage', due: '2026-03-05', party: 'Partenaire', owner: '', amount: 1_500_000, currency: 'XOF' });
  add({ kind: 'Livrable', label: 'Plan de travail annuel', due: '2026-03-18', risk: 'Moyen' });
  const [logo] = add({ kind: 'Visibilité', label: 'Logo sur les supports de lancement', due: '2026-03-06' });
  const [q4] = add({ kind: 'Rapport financier', label: 'Rapport financier de clôture 2025', due: '2026-02-27', owner: DEMO_USERS.daf });
  const [visit] = add({ kind: 'Autre', label: 'Visite conjointe de terrain', due: '2026-03-25' });
  add({ kind: 'Rapport narratif', label: 'Rapport trimestriel', due: '2026-06-01' }, { everyMonths: 3, until: '2027-02-28' });
  add({
    kind: 'Contribution en nature',
    label: 'Mise à disposition d’une salle de formation',
    due: '2026-04-20',
    party: 'Partenaire',
    owner: '',
    amount: 350_000,
  });
  call('markCommitmentDone', [logo.id, { doneOn: '2026-03-05', proof: 'https://drive.google.com/file/d/demo-logo/view' }], { user });
  call('markCommitmentDone', [q4.id, { doneOn: '2026-03-04', proof: 'https://drive.google.com/file/d/demo-rapport-financier/view' }], {
    user: DEMO_USERS.daf,
  });
  call('cancelCommitment', [visit.id, 'Reportée au prochain semestre à la demande du partenaire'], { user });
  // This realm's Date is the machine's: the store is given the demo's today (the emulator's clock).
  const now = new Date(world.clock.now());
  world.run(
    () => {
      const base = createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), DEMO_USERS.admin);
      const ctx = { ...base, stamp: () => toLocalDateTime(now, base.timeZone) };
      const store = { ...storeFor(ctx), today: () => toLocalDate(now, base.timeZone) };
      updateCommitmentStatuses(store);
      recordJobErrors(store, [DEMO_JOB_FAILURE]);
    },
    { user: DEMO_USERS.admin, cause: 'demo-seed' },
  );
}

/** Gmail's daily quota reached while the digests were sent (the « e-mails » job sends the rest the next day). */
const DEMO_JOB_FAILURE = {
  job: 'alertes',
  message: 'Service invoked too many times for one day: email.',
  stack:
    'Exception: Service invoked too many times for one day: email.\n    at sendAll (Code:18234:17)\n    at runAlerts (Code:20511:25)\n    at runScheduledJobs (Code:21002:9)',
};
