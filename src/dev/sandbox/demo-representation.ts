/**
 * A relay and a mission: the diaspora association HCME France introduced two partners that have
 * opportunities (the board reads them « via » it, the map shows the doors it opened), and one
 * compte rendu of a mission where both were met, with its follow-ups. Through Pacte's own API as
 * the chargée would. Call after the demo activity (its opportunities).
 */
import type { LoadedScript } from '../load-script';
import { DEMO_USERS } from './demo-data';

export function seedRepresentation(loaded: LoadedScript): void {
  const { call } = loaded;
  const user = DEMO_USERS.chargee;
  const relay = call('searchPartners', [{ query: 'HCME', offset: 0, limit: 1 }], { user }).items[0];
  if (!relay) throw new Error('Demo representation: no HCME France');
  const board = call('getBoard', [{ limit: 50 }], { user });
  const introduced = [...new Set(board.columns.flatMap((c) => c.cards.map((k) => k.partnerId)))].filter((id) => id !== relay.id).slice(0, 2);
  if (introduced.length < 2) throw new Error('Demo representation: fewer than two partners with opportunities');
  for (const id of introduced) call('savePartner', [{ id, introducedBy: relay.id }, []], { user });
  call(
    'writeMeetingReport',
    [
      {
        date: '2026-03-05',
        place: 'Paris',
        kind: 'Mission',
        participants: 'Directeur exécutif, chargée de partenariats, président du HCME France',
        partnerIds: introduced,
        objectives: 'Présenter le programme jeunesse aux partenaires introduits par la diaspora.',
        discussed: 'Cofinancement du forum jeunesse ; calendrier 2026 ; visibilité des partenaires.',
        decisions: 'Une note conceptuelle commune sera partagée avant la fin du mois.',
        followUps: [
          { action: 'Envoyer la note conceptuelle', owner: user, due: '2026-03-20', partnerId: introduced[0] },
          { action: 'Partager le compte rendu de mission', owner: user, due: '2026-03-13', partnerId: '' },
        ],
      },
    ],
    { user },
  );
}
