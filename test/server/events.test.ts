/**
 * « Événements » through the built bundle: an event planned with two partners, its agenda Doc made
 * once from the « Ordre du jour » template (opened: every value there, no field left), invitations
 * within the day's quota (the rest left for the hourly job), attendance and results, then the held
 * event in each invited partner's history. Directors write; a « lecteur » reads only.
 */
import { _outbox, _setMailQuota } from '../../src/dev/emulator/mail/mail-state';
import { CONTACTS } from '../../src/domain/schema/tables';
import { SheetTable } from '../../src/services/sheet-table';
import { createStoreContext } from '../../src/services/store-context';
import { partner, USERS, workbookWithPartners } from '../support/workbooks';
import { fullWorkbook } from '../support/full-workbook';

const DG = 'dg@ajcad-mali.org';

function workbook() {
  const wb = workbookWithPartners([partner(), partner({ name: 'Association Kènè', acronym: 'AK' }), partner({ name: 'Coopérative Delta', acronym: 'CD' })]);
  const [cnj, kene] = wb.partnerIds;
  wb.world.run(
    () =>
      SheetTable.open(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), USERS.admin), CONTACTS).insert([
        { partnerId: cnj, name: 'Moussa Diarra', email: 'moussa@cnj.ml', primary: true },
        { partnerId: cnj, name: 'Fatou Keïta', email: 'fatou@cnj.ml' },
        { partnerId: kene, name: 'Aminata Coulibaly', email: 'aminata@kene.ml' },
      ]),
    { user: USERS.admin, cause: 'test-seed' },
  );
  wb.call('setRole', [DG, 'DG'], { user: USERS.admin });
  return wb;
}

it('plan, agenda Doc once, invitations within the quota, attendance and results, history on the partner page', () => {
  const wb = workbook();
  const [cnj, kene, delta] = wb.partnerIds;
  const planned = wb.call(
    'planEvent',
    [
      {
        date: '2026-03-12',
        time: '09:30',
        type: 'Atelier Bilan/Perspectives',
        title: 'Atelier Bilan & Perspectives 2026',
        place: 'Bamako, Maison des jeunes',
        partnerIds: [cnj, kene],
        agendaItems: '1. Accueil des participants\n2. Bilan des engagements 2025\n3. Perspectives <2026>',
        guests: [{ name: 'Ibrahim Touré', email: 'ibrahim@exemple.ml' }],
      },
    ],
    { user: DG },
  );
  expect(planned.participantLines).toHaveLength(4);
  expect(() => wb.call('planEvent', [{ date: '2026-03-12', type: 'OpenDay', title: 'Refusé', partnerIds: [] }], { user: USERS.reader })).toThrow(
    /Accès refusé : cette action est réservée aux rôles admin, chargé, DG, SG \(votre rôle : lecteur\)/,
  );

  // The agenda: made once, a second click (or a retry) keeps the same Doc.
  const agenda = wb.call('makeEventAgenda', [planned.id], { user: USERS.officer });
  expect(wb.call('makeEventAgenda', [planned.id], { user: USERS.officer }).agendaUrl).toBe(agenda.agendaUrl);
  const doc = wb.world.run(() => DocumentApp.openByUrl(agenda.agendaUrl));
  const text = wb.world.run(() => doc.getBody().getText());
  expect(doc.getName()).toBe(`Ordre du jour — Atelier Bilan & Perspectives 2026 — 12 mars 2026 (${planned.id})`);
  expect([...wb.world.drive.files.values()].filter((f) => f.name === doc.getName() && !f.trashed)).toHaveLength(1);
  expect(text).not.toMatch(/\{\{|\}\}/);
  for (const part of [
    'ORDRE DU JOUR',
    'Atelier Bilan & Perspectives 2026',
    '12 mars 2026 à 09:30',
    'Bamako, Maison des jeunes',
    'Conseil national de la jeunesse, Association Kènè',
    'Accueil des participants',
    'Bilan des engagements 2025',
    'Perspectives <2026>',
  ])
    expect(text).toContain(part);

  // Invitations: 3 recipients left today, the fourth waits for the hourly job.
  _setMailQuota(wb.world, 3);
  const invited = wb.call('sendEventInvitations', [planned.id], { user: USERS.officer });
  expect(invited.message).toBe('Invitations : 3 envoyées, 1 attend le quota de demain.');
  expect(invited.event.status).toBe('Invitations envoyées');
  const invitations = _outbox(wb.world).filter((m) => m.subject.startsWith('Invitation : '));
  expect(invitations).toHaveLength(3);
  expect(invitations[0].htmlBody).toContain('Atelier Bilan &amp; Perspectives 2026');
  expect(invitations[0].body).toContain(`Ordre du jour : ${agenda.agendaUrl}`);
  expect(wb.call('sendEventInvitations', [planned.id], { user: USERS.officer }).message).toBe(
    'Invitations : 1 attend le quota de demain, 3 déjà envoyées (pas renvoyées).',
  );
  expect(_outbox(wb.world).filter((m) => m.subject.startsWith('Invitation : '))).toHaveLength(3);

  // After the event: attendance, results, follow-ups.
  const [moussa, fatou, aminata] = planned.participantLines;
  const held = wb.call('recordEventAttendance', [planned.id, { [moussa.id]: 'Présent', [fatou.id]: 'Excusé', [aminata.id]: 'Présent' }], {
    user: USERS.officer,
  });
  expect(held.status).toBe('Tenu');
  const results = wb.call(
    'recordEventResults',
    [planned.id, { results: 'Taux de respect : 92 %', recommendations: 'Un atelier par semestre', followUps: 'Envoyer le rapport au CNJ avant le 15 avril' }],
    { user: USERS.officer },
  );
  expect(results.nextActions).toEqual([
    { partnerId: cnj, partnerName: 'Conseil national de la jeunesse', action: 'Envoyer le rapport au CNJ avant le 15 avril', due: '2026-04-15' },
  ]);

  const page = wb.call('getPartner', [cnj], { user: USERS.reader });
  expect(page.partner.nextAction).toBe('Envoyer le rapport au CNJ avant le 15 avril');
  expect(page.loyaltyActions).toEqual([
    { id: planned.id, date: '2026-03-12', type: 'Atelier Bilan/Perspectives', title: 'Atelier Bilan & Perspectives 2026', present: ['Moussa Diarra'] },
  ]);
  expect(wb.call('getPartner', [kene], { user: USERS.reader }).loyaltyActions.map((a) => a.present)).toEqual([['Aminata Coulibaly']]);
  expect(wb.call('getPartner', [delta], { user: USERS.reader }).loyaltyActions).toEqual([]);
  expect(wb.call('listEvents', [{ when: 'upcoming' }], { user: USERS.reader }).items.map((e) => [e.id, e.status])).toEqual([[planned.id, 'Tenu']]);
});

it('the sandbox holds a past OpenDay held with its attendance and results, and an upcoming workshop invited', () => {
  const wb = fullWorkbook();
  const [openDay] = wb.call('listEvents', [{ when: 'past' }], { user: USERS.reader }).items;
  expect([openDay.type, openDay.status]).toEqual(['OpenDay', 'Tenu']);
  const held = wb.call('getEvent', [openDay.id], { user: USERS.reader });
  expect(held.participantLines.map((p) => p.attendance).sort()).toEqual(['Absent', 'Excusé', 'Présent', 'Présent']);
  expect(held.results).not.toBe('');
  expect(held.recommendations).not.toBe('');
  const [workshop] = wb.call('listEvents', [{ when: 'upcoming' }], { user: USERS.reader }).items;
  expect([workshop.type, workshop.status]).toEqual(['Atelier Bilan/Perspectives', 'Invitations envoyées']);
  expect(wb.call('getEvent', [workshop.id], { user: USERS.reader }).agendaUrl).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
});

it('cancelled with a reason: those invited told once by e-mail (never twice), a held event refused, no invitation nor attendance after', () => {
  const wb = workbook();
  const [cnj, kene] = wb.partnerIds;
  const plan = (title: string) =>
    wb.call('planEvent', [{ date: '2026-04-20', type: 'Restitution', title, place: 'Ségou', partnerIds: [cnj, kene], guests: [] }], { user: DG });
  const planned = plan('Restitution <Ségou>');
  wb.call('sendEventInvitations', [planned.id], { user: USERS.officer });
  expect(() => wb.call('cancelEvent', [planned.id, '  '], { user: USERS.officer })).toThrow(/Argument « le motif d'annulation » : un texte non vide/);
  const cancelled = wb.call('cancelEvent', [planned.id, 'Report de la mission <terrain>'], { user: USERS.officer });
  expect(cancelled.message).toBe('Événement annulé : 3 participants prévenus par e-mail.');
  expect([cancelled.event.status, cancelled.event.cancelReason]).toEqual(['Annulé', 'Report de la mission <terrain>']);
  const notices = () => _outbox(wb.world).filter((m) => m.subject.startsWith('Annulation : '));
  expect(
    notices()
      .map((m) => m.to)
      .sort(),
  ).toEqual([['aminata@kene.ml'], ['fatou@cnj.ml'], ['moussa@cnj.ml']]);
  expect(notices()[0].subject).toBe('Annulation : Restitution <Ségou> — 20 avril 2026');
  expect(notices()[0].body).toContain('Motif : Report de la mission <terrain>');
  expect(notices()[0].htmlBody).toContain('Report de la mission &lt;terrain&gt;');
  // Cancelled again (a retry, a reason amended): nobody is told twice.
  expect(wb.call('cancelEvent', [planned.id, 'Report de la mission'], { user: USERS.officer }).message).toBe(
    'Événement annulé : les participants avaient déjà été prévenus.',
  );
  expect(notices()).toHaveLength(3);
  expect(() => wb.call('sendEventInvitations', [planned.id], { user: USERS.officer })).toThrow(/l'événement est annulé/);
  expect(() => wb.call('cancelEvent', [planned.id, 'x'], { user: USERS.reader })).toThrow(/Accès refusé/);
  // Never invited: nobody to tell.
  const quiet = plan('Visite');
  expect(wb.call('cancelEvent', [quiet.id, 'Météo'], { user: USERS.officer }).message).toBe(
    "Événement annulé : aucune invitation n'avait été envoyée, personne à prévenir.",
  );
  expect(notices()).toHaveLength(3);
});
