/**
 * One full proposal dossier, through Pacte's own API as the chargée would: « Monter le dossier » on
 * the Netherlands embassy's opportunity in the concept-note stage (institutional kit, budget in euros),
 * then its logframe's results given an indicator and a target in the Doc, as she would type them: its
 * checks find no problem and one warning (the deadline, five days away).
 * Call after the demo activity (its opportunities).
 */
import type { LoadedScript } from '../load-script';
import { DEMO_USERS } from './demo-data';

export const DEMO_DOSSIER_OPPORTUNITY = 'Redevabilité budgétaire des communes';

export function seedDossier(loaded: LoadedScript): void {
  const user = DEMO_USERS.chargee;
  const board = loaded.call('getBoard', [{}], { user });
  const card = board.columns.flatMap((c) => c.cards).find((c) => c.title === DEMO_DOSSIER_OPPORTUNITY);
  if (!card) throw new Error(`Demo dossier: no opportunity « ${DEMO_DOSSIER_OPPORTUNITY} »`);
  const d = loaded.call('createDossier', [card.id, { start: '2026-09-01', end: '2028-08-31', deadline: '2026-03-17' }], { user });
  const logframe = d.files.find((f) => f.label === 'Cadre logique')!.url;
  loaded.world.inspect(() => {
    const table = DocumentApp.openByUrl(logframe).getBody().getTables()[0];
    for (let r = 1; r < table.getNumRows(); r++) {
      if (table.getCell(r, 0).getText() !== 'Résultat') continue;
      table.getCell(r, 2).setText('Communes publiant leur budget');
      table.getCell(r, 3).setText('4');
      table.getCell(r, 4).setText('12');
    }
  }, user);
}
