/**
 * The compte rendu (src/app/representation.ts) on the in-memory store: one Doc filed in
 * « Comptes rendus », one Interactions row per partner met linking it, the follow-ups as next
 * actions; a retry makes no second Doc; a wrong line is refused before anything is written.
 */
import { writeMeetingReport } from '../../src/app/representation';
import type { Ports } from '../../src/app/ports';
import type { DocumentsPort } from '../../src/app/ports/documents';
import type { ReportInput } from '../../src/domain/representation/report';
import { INTERACTIONS, PARTNERS } from '../../src/domain/schema/tables';
import { defaultSettingsRows, parseSettings } from '../../src/domain/settings/settings';
import { MemoryStore } from '../../src/store/memory-store';
import { defaultTemplate } from '../support/default-template';

const settings = parseSettings(defaultSettingsRows('AMADE'));

/** A fresh workbook each time (a failed request's writes are rolled back), the Drive kept across attempts. */
function workbook(documents: Partial<DocumentsPort>) {
  const store = new MemoryStore({ user: 'chargee@amade.org', timeZone: 'Africa/Bamako', now: () => new Date('2026-03-12T09:00:00Z') });
  const [segou, afd, sahel] = store.table(PARTNERS).insert([
    { name: 'Commune de Ségou', type: 'Collectivité territoriale', nextAction: 'Relancer le maire', nextDue: '2026-06-01' },
    { name: 'Agence française de développement', type: 'Agence de coopération', nextAction: 'Envoyer le budget', nextDue: '2026-03-15' },
    { name: 'Fondation Sahel', type: 'Fondation' },
  ]);
  return { store, ports: { store, documents } as unknown as Ports, segou: segou.id, afd: afd.id, sahel: sahel.id };
}

function drive() {
  const filled: string[] = [];
  const steps = new Map<string, unknown>();
  const documents: Partial<DocumentsPort> = {
    pacteFolder: () => 'root',
    subfolder: (parent, name) => `${parent}/${name}`,
    createTemplate: (def) => `tpl-${def.key}`,
    readTemplate: () => defaultTemplate('compte-rendu'),
    fillTemplate: (_id, _t, _plan, folder, name) => (
      filled.push(`${folder}/${name}`),
      { id: `doc-${filled.length}`, url: `https://docs.test/doc-${filled.length}` }
    ),
    makeOnce: <T>(step: string, _folder: string, _name: string, make: () => T): T => {
      if (!steps.has(step)) steps.set(step, make());
      return steps.get(step) as T;
    },
  };
  return { documents, filled };
}

const report = (w: ReturnType<typeof workbook>, over: Partial<ReportInput> = {}): ReportInput => ({
  date: '2026-03-10',
  place: 'Ségou',
  kind: 'Mission',
  participants: 'Awa Traoré, Moussa Keïta',
  partnerIds: [w.segou, w.afd],
  objectives: 'Présenter le programme jeunesse',
  discussed: 'Calendrier, budget',
  decisions: 'Atelier commun en avril',
  followUps: [
    { action: 'Envoyer la note conceptuelle', owner: 'Awa', due: '2026-03-20', partnerId: w.afd },
    { action: 'Partager le compte rendu', owner: 'Moussa', due: '2026-03-14', partnerId: '' },
  ],
  ...over,
});

describe('writeMeetingReport', () => {
  it('files one Doc, writes one interaction per partner met linking it, and the follow-ups as next actions', () => {
    const d = drive();
    const w = workbook(d.documents);
    const link = writeMeetingReport(w.ports, settings, report(w));
    expect(d.filled).toEqual(['root/Comptes rendus/Compte rendu — Mission — Ségou — 10 mars 2026']);
    const rows = w.store
      .table(INTERACTIONS)
      .all()
      .map((s) => s.record);
    expect(rows).toEqual([
      expect.objectContaining({ partnerId: w.segou, type: 'Mission', nextSteps: 'Partager le compte rendu (Moussa, 14 mars 2026)', nextDue: '2026-03-14' }),
      expect.objectContaining({
        partnerId: w.afd,
        decisions: 'Atelier commun en avril',
        nextSteps: 'Envoyer la note conceptuelle (Awa, 20 mars 2026)\nPartager le compte rendu (Moussa, 14 mars 2026)',
        nextDue: '2026-03-14',
      }),
    ]);
    for (const r of rows) expect(r.summary).toContain(`Compte rendu : ${link.url}`);
    const partner = (id: string) => w.store.table(PARTNERS).getOrThrow(id).record;
    // Ségou's plan was later: replaced; the AFD's was earlier (15 March… the follow-up is the 14th): replaced too.
    expect(partner(w.segou)).toMatchObject({
      nextAction: 'Partager le compte rendu (Moussa, 14 mars 2026)',
      nextDue: '2026-03-14',
      lastInteraction: '2026-03-10',
    });
    expect(partner(w.afd)).toMatchObject({ nextDue: '2026-03-14', lastInteraction: '2026-03-10' });
    expect(partner(w.sahel)).toMatchObject({ nextAction: '', lastInteraction: '' });
  });

  it('keeps an earlier plan of the partner', () => {
    const d = drive();
    const w = workbook(d.documents);
    writeMeetingReport(w.ports, settings, report(w, { followUps: [{ action: 'Écrire au bailleur', owner: 'Awa', due: '2026-04-30', partnerId: '' }] }));
    expect(w.store.table(PARTNERS).getOrThrow(w.afd).record).toMatchObject({ nextAction: 'Envoyer le budget', nextDue: '2026-03-15' });
  });

  it('a retry after a failure makes no second Doc', () => {
    const d = drive();
    const first = writeMeetingReport(workbook(d.documents).ports, settings, report(workbook(d.documents)));
    const w = workbook(d.documents);
    expect(writeMeetingReport(w.ports, settings, report(w)).url).toBe(first.url);
    expect(d.filled).toHaveLength(1);
  });

  it('refuses a follow-up naming a partner not met, and an unknown partner, before any Doc or row', () => {
    const d = drive();
    const w = workbook(d.documents);
    const wrong = report(w, { partnerIds: [w.segou, 'PAR-0099'], followUps: [{ action: 'Relancer', owner: 'Awa', due: '2026-03-20', partnerId: w.sahel }] });
    expect(() => writeMeetingReport(w.ports, settings, wrong)).toThrow(
      `Le compte rendu n'est pas enregistré :\n• Partenaires rencontrés : aucun partenaire avec l'ID « PAR-0099 » dans Partenaires.\n• Suite 1, « Partenaire » : « ${w.sahel} » n'est pas parmi les partenaires rencontrés ; choisissez-en un ou laissez « tous ».`,
    );
    expect(d.filled).toEqual([]);
    expect(w.store.table(INTERACTIONS).all()).toHaveLength(0);
  });
});
