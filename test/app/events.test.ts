/**
 * Events on the in-memory store with a fake mail port: planning makes the participants, a second
 * « Envoyer les invitations » sends nothing again, a short quota leaves the rest for the hourly
 * job, attendance is one write, and follow-ups become the partners' next actions.
 */
import { planEvent, recordAttendance, recordEventResults } from '../../src/app/events';
import { sendEventInvitations } from '../../src/app/event-invitations';
import { eventDetail, listEvents, partnerLoyaltyActions } from '../../src/app/event-read';
import { sendQueued } from '../../src/app/mail/notices';
import type { Ports } from '../../src/app/ports';
import type { MailPort } from '../../src/app/ports/mail';
import { MAIL_LOG } from '../../src/domain/conventions/approval-tables';
import { PARTICIPANTS } from '../../src/domain/events/tables';
import type { Delivery, Outgoing, OutboxLog } from '../../src/domain/mail/outbox';
import { CONTACTS, PARTNERS } from '../../src/domain/schema/tables';
import { MemoryStore } from '../../src/store/memory-store';

const TODAY = '2026-03-12';

function setup() {
  const store = new MemoryStore({ user: 'awa@ajcad-mali.org', timeZone: 'Africa/Bamako', now: () => new Date(`${TODAY}T09:00:00Z`) });
  const [cnj, kene, delta] = store.table(PARTNERS).insert([
    { name: 'Conseil National de la Jeunesse', acronym: 'CNJ', type: 'Institution publique' },
    { name: 'Association Kènè', type: 'OSC', nextAction: 'Appeler la présidente', nextDue: '2026-03-20' },
    { name: 'Coopérative Delta', type: 'OSC' },
  ]);
  store.table(CONTACTS).insert([
    { partnerId: cnj.id, name: 'Moussa Diarra', email: 'moussa@cnj.ml', primary: true },
    { partnerId: cnj.id, name: 'Fatou Keïta', email: 'fatou@cnj.ml' },
    { partnerId: cnj.id, name: 'Sans adresse' },
    { partnerId: kene.id, name: 'Aminata Coulibaly', email: 'aminata@kene.ml' },
    { partnerId: delta.id, name: 'Pas invitée', email: 'contact@delta.ml' },
  ]);
  const sent: string[] = [];
  let quota = 100;
  const mail: MailPort = {
    remainingQuota: () => quota,
    sendAll(_name: string, messages: readonly Outgoing[], log: OutboxLog): Delivery[] {
      log.claim?.(messages);
      const out = messages.map((m) => {
        quota -= m.to.length;
        sent.push(m.to.join(','));
        return { key: m.key, outcome: 'sent' as const, error: '', sentAt: store.stamp() };
      });
      log.record(out);
      return out;
    },
    recoverClaim: () => undefined,
    workbookUrl: () => 'https://docs.google.com/spreadsheets/d/pacte/edit',
    sheetId: () => 42,
  };
  const ports = { store, mail } as unknown as Ports;
  return { store, ports, sent, ids: { cnj: cnj.id, kene: kene.id, delta: delta.id }, setQuota: (n: number) => (quota = n) };
}

const plan = (partnerIds: string[], date = TODAY) => ({
  date,
  time: '09:30',
  type: 'OpenDay',
  title: 'Journée portes ouvertes',
  place: 'Bamako',
  partnerIds,
  guests: [{ name: 'Ibrahim Touré', email: 'ibrahim@exemple.ml' }],
});

describe('events', () => {
  it('planning: the invited partners’ contacts with an address, then the guests, become participants', () => {
    const { store, ids } = setup();
    const e = planEvent(store, plan([ids.cnj, ids.kene]));
    expect(e.status).toBe('Planifié');
    expect(e.owner).toBe('awa@ajcad-mali.org');
    expect(e.partners.map((p) => p.name)).toEqual(['Conseil National de la Jeunesse', 'Association Kènè']);
    expect(e.participantLines.map((p) => [p.name, p.partnerName, p.attendance])).toEqual([
      ['Moussa Diarra', 'Conseil National de la Jeunesse', 'Invité'],
      ['Fatou Keïta', 'Conseil National de la Jeunesse', 'Invité'],
      ['Aminata Coulibaly', 'Association Kènè', 'Invité'],
      ['Ibrahim Touré', '', 'Invité'],
    ]);
    expect(listEvents(store, { when: 'upcoming', offset: 0, limit: 10 }).items.map((i) => i.participants)).toEqual([4]);
    expect(listEvents(store, { when: 'past', offset: 0, limit: 10 }).total).toBe(0);
    expect(() => planEvent(store, plan(['PAR-0099']))).toThrow("Partenaires : aucun enregistrement avec l'ID « PAR-0099 ».");
  });

  it('invitations sent twice: one e-mail per participant, the second click sends nothing', () => {
    const { store, ports, sent, ids } = setup();
    const e = planEvent(store, plan([ids.cnj, ids.kene]));
    const first = sendEventInvitations(ports, 'AJCAD Mali', e.id);
    expect(first.message).toBe('Invitations : 4 envoyées.');
    expect(first.event.status).toBe('Invitations envoyées');
    expect(first.event.participantLines.every((p) => p.invitedAt !== '')).toBe(true);
    const second = sendEventInvitations(ports, 'AJCAD Mali', e.id);
    expect(second.message).toBe('Invitations : 4 déjà envoyées (pas renvoyées).');
    expect(sent.sort()).toEqual(['aminata@kene.ml', 'fatou@cnj.ml', 'ibrahim@exemple.ml', 'moussa@cnj.ml']);
    expect(store.table(MAIL_LOG).all()).toHaveLength(4);
  });

  it('a short quota: what fits leaves now, the rest waits for the hourly job, never twice', () => {
    const { store, ports, sent, ids, setQuota } = setup();
    const e = planEvent(store, plan([ids.cnj, ids.kene]));
    setQuota(3);
    const r = sendEventInvitations(ports, 'AJCAD Mali', e.id);
    expect([r.sent, r.waiting]).toEqual([3, 1]);
    expect(r.message).toBe('Invitations : 3 envoyées, 1 attend le quota de demain.');
    // A second click the same day: the quota is spent, nothing leaves, nothing is queued again.
    expect(sendEventInvitations(ports, 'AJCAD Mali', e.id).message).toBe('Invitations : 1 attend le quota de demain, 3 déjà envoyées (pas renvoyées).');
    setQuota(100);
    expect(sendQueued(ports)).toEqual({ sent: 1, failed: 0, waiting: 0 });
    expect(sent).toHaveLength(4);
    expect(new Set(sent).size).toBe(4);
  });

  it('attendance in one write, journaled; refused for an unknown participant, a wrong value or a future event', () => {
    const { store, ids } = setup();
    const e = planEvent(store, plan([ids.cnj, ids.kene]));
    const [moussa, fatou, aminata] = e.participantLines;
    const writes = jest.spyOn(store.table(PARTICIPANTS), 'writeComputed');
    const after = recordAttendance(store, e.id, { [moussa.id]: 'Présent', [fatou.id]: 'Excusé', [aminata.id]: 'Absent' });
    expect(writes).toHaveBeenCalledTimes(1);
    expect(after.status).toBe('Tenu');
    expect(after.participantLines.map((p) => p.attendance)).toEqual(['Présent', 'Excusé', 'Absent', 'Invité']);
    expect(() => recordAttendance(store, e.id, { [moussa.id]: 'Peut-être' })).toThrow(
      `Participants › ${moussa.id}, colonne « Présence » : « Peut-être » n'est pas une présence (Présent, Absent ou Excusé).`,
    );
    expect(() => recordAttendance(store, e.id, { 'PTC-0999': 'Présent' })).toThrow(`Participants › PTC-0999 : ce participant n'est pas invité à ${e.id}.`);
    const later = planEvent(store, plan([ids.cnj], '2026-04-01'));
    expect(() => recordAttendance(store, later.id, {})).toThrow(
      `Événements › ${later.id} : l'événement a lieu le 1er avril 2026 ; la présence et le bilan s'enregistrent après.`,
    );
    expect(partnerLoyaltyActions(store, ids.cnj)).toEqual([
      { id: e.id, date: TODAY, type: 'OpenDay', title: 'Journée portes ouvertes', present: ['Moussa Diarra'] },
    ]);
    expect(partnerLoyaltyActions(store, ids.delta)).toEqual([]);
  });

  it('follow-ups become next actions: none before, or a later one; an earlier one stays; twice changes nothing', () => {
    const { store, ids } = setup();
    const e = planEvent(store, plan([ids.cnj, ids.kene]));
    const results = {
      results: 'Taux de respect des échéances : 92 %.',
      recommendations: 'Tenir un atelier par semestre.',
      followUps: 'Envoyer le rapport au CNJ avant le 15 avril\nPartager la liste des jeunes avec Association Kènè avant le 30 mars\nPréparer la note interne',
    };
    const r = recordEventResults(store, e.id, results);
    expect(r.event.status).toBe('Tenu');
    expect(r.nextActions).toEqual([
      { partnerId: ids.cnj, partnerName: 'Conseil National de la Jeunesse', action: 'Envoyer le rapport au CNJ avant le 15 avril', due: '2026-04-15' },
    ]);
    expect(r.kept).toEqual([
      "« Préparer la note interne » : aucun partenaire invité n'y est nommé.",
      '« Partager la liste des jeunes avec Association Kènè avant le 30 mars » : Association Kènè a déjà une prochaine action plus proche (Appeler la présidente).',
    ]);
    expect(r.message).toBe("Bilan enregistré. 1 prochaine action mise à jour. 2 suites gardées dans l'événement seulement.");
    const cnj = store.table(PARTNERS).getOrThrow(ids.cnj).record;
    expect([cnj.nextAction, cnj.nextDue]).toEqual(['Envoyer le rapport au CNJ avant le 15 avril', '2026-04-15']);
    expect(recordEventResults(store, e.id, results).nextActions).toEqual([]);
    expect(eventDetail(store, e.id).followUps).toBe(results.followUps);
  });
});
