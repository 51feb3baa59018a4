/**
 * Demo events through Pacte's own API, as the team would enter them: a past OpenDay with the
 * youth institutions, invited, held (some present, one excused, one absent) with its results,
 * recommendations and follow-ups (the CNJ's becomes its next action); and an upcoming atelier
 * Bilan/Perspectives with the donors, its agenda Doc made and its invitations sent. The DG sends
 * the invitations: the mail quota is per user, the others' is spent on the demo's other mail.
 */
import type { LoadedScript } from '../load-script';
import { PARTNERS } from '../../domain/schema/tables';
import { SheetTable } from '../../services/sheet-table';
import { createStoreContext } from '../../services/store-context';
import { DEMO_USERS } from './demo-data';

export function seedEvents(loaded: LoadedScript): void {
  const { world, call } = loaded;
  const byAcronym = world.run(
    () =>
      new Map(
        SheetTable.open(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), DEMO_USERS.admin), PARTNERS)
          .all()
          .map((s) => [String(s.record.acronym), String(s.record.id)]),
      ),
    { user: DEMO_USERS.admin, cause: 'demo-seed' },
  );
  const ids = (...acronyms: string[]) => acronyms.map((a) => byAcronym.get(a)!).filter(Boolean);
  const user = DEMO_USERS.chargee;
  const openDay = call(
    'planEvent',
    [
      {
        date: '2026-02-20',
        time: '09:00',
        type: 'OpenDay',
        title: 'Journée portes ouvertes AJCAD 2026',
        place: 'Bamako, siège de l’AJCAD (Hamdallaye ACI 2000)',
        partnerIds: ids('CNJ', 'CIV', 'MJS'),
        agendaItems: 'Accueil et visite des locaux\nPrésentation des résultats 2025\nÉchanges avec les jeunes leaders',
        guests: [{ name: 'Mariam Sangaré', email: 'mariam.sangare@exemple.ml' }],
      },
    ],
    { user },
  );
  call('sendEventInvitations', [openDay.id], { user: DEMO_USERS.dg });
  const [first, second, third, guest] = openDay.participantLines;
  call('recordEventAttendance', [openDay.id, { [first.id]: 'Présent', [second.id]: 'Excusé', [third.id]: 'Présent', [guest.id]: 'Absent' }], { user });
  call(
    'recordEventResults',
    [
      openDay.id,
      {
        results: '1 240 jeunes formés en 2025 ; 86 % des engagements tenus à l’échéance ; 3 conventions renouvelées.',
        recommendations: 'Associer les mairies aux sessions de formation.\nTenir une journée portes ouvertes par semestre.',
        followUps: 'Envoyer le rapport annuel au CNJ avant le 15 avril\nProposer une convention de formation à la CIV (Commune IV) avant le 30 avril',
      },
    ],
    { user },
  );

  const workshop = call(
    'planEvent',
    [
      {
        date: '2026-03-26',
        time: '14:30',
        type: 'Atelier Bilan/Perspectives',
        title: 'Atelier Bilan et perspectives avec les partenaires financiers',
        place: 'Bamako, hôtel Salam (salle Niger)',
        partnerIds: ids('DUE', 'AFD', 'NL Mali'),
        agendaItems: 'Bilan des projets 2025\nEngagements à venir\nPerspectives 2026-2027',
      },
    ],
    { user },
  );
  call('makeEventAgenda', [workshop.id], { user });
  call('sendEventInvitations', [workshop.id], { user: DEMO_USERS.dg });
}
