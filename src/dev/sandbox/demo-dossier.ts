/**
 * One full proposal dossier, through Pacte's own API as the chargée would: « Monter le dossier » on
 * the Netherlands embassy's opportunity in the concept-note stage (institutional kit, budget in euros).
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
  loaded.call('createDossier', [card.id, { start: '2026-09-01', end: '2028-08-31', deadline: '2026-06-15' }], { user });
}
