/** The compte rendu through the built bundle: the Doc in « Comptes rendus » (content, no placeholder left), the interactions, the next actions; the relay filter. */
import { seedRows } from '../support/demo-sheets';
import type { DocumentLink } from '../../src/domain/contracts';
import { OPPORTUNITIES, PARTNERS } from '../../src/domain/schema/tables';
import { tablesOf } from '../support/doc-read';
import { ORGANISATION, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

const { officer: chargee } = USERS;
let wb: PartnersWorkbook;
let ids: string[];

const seeded = seededPerFile(() => {
  wb = workbookWithPartners([]);
  ids = seedRows(wb, PARTNERS, [
    { name: 'Association des Maliens de France', type: 'Diaspora', owner: chargee },
    { name: 'Commune de Ségou', type: 'Collectivité territoriale', owner: chargee },
    { name: 'Agence française de développement', type: 'Agence de coopération', owner: chargee },
  ]);
  return wb;
});
beforeEach(() => {
  wb = seeded();
});

function openDoc(link: DocumentLink) {
  return wb.world.inspect(() => {
    const doc = DocumentApp.openByUrl(link.url);
    const body = doc.getBody();
    const folder = DriveApp.getFileById(doc.getId()).getParents().next();
    return { name: doc.getName(), text: body.getText(), tables: tablesOf(body), folder: folder.getName(), parentFolder: folder.getParents().next().getName() };
  }, chargee);
}

describe('writeMeetingReport', () => {
  it('files the Doc in « Comptes rendus », links it from an interaction per partner met, and plans their follow-ups', () => {
    const [, segou, afd] = ids;
    const link = wb.call(
      'writeMeetingReport',
      [
        {
          date: '2026-03-10',
          place: 'Ségou',
          kind: 'Mission',
          participants: 'Awa Traoré, Moussa Keïta',
          partnerIds: [segou, afd],
          objectives: 'Présenter le programme jeunesse',
          discussed: 'Calendrier et budget',
          decisions: 'Atelier commun en avril',
          followUps: [{ action: 'Envoyer la note conceptuelle', owner: 'Awa', due: '2026-03-20', partnerId: afd }],
        },
      ],
      { user: chargee },
    );
    const doc = openDoc(link);
    expect(doc.name).toBe('Compte rendu — Mission — Ségou — 10 mars 2026');
    expect(doc.folder).toBe('Comptes rendus');
    expect(doc.parentFolder).toBe(`Pacte — ${ORGANISATION}`);
    expect(doc.text).not.toContain('{{');
    for (const s of [
      'Commune de Ségou, Agence française de développement',
      'Présenter le programme jeunesse',
      'Calendrier et budget',
      'Atelier commun en avril',
    ])
      expect(doc.text).toContain(s);
    expect(doc.tables[1]).toEqual([
      ['Action', 'Responsable', 'Échéance', 'Partenaire'],
      ['Envoyer la note conceptuelle', 'Awa', '20 mars 2026', 'Agence française de développement'],
    ]);
    const detail = wb.call('getPartner', [afd], { user: chargee });
    expect(detail.interactions[0]).toMatchObject({ type: 'Mission', nextSteps: 'Envoyer la note conceptuelle (Awa, 20 mars 2026)', nextDue: '2026-03-20' });
    expect(detail.interactions[0].summary).toContain(link.url);
    expect(detail.partner).toMatchObject({ nextAction: 'Envoyer la note conceptuelle (Awa, 20 mars 2026)', nextDue: '2026-03-20' });
    expect(wb.call('getPartner', [segou], { user: chargee }).interactions).toHaveLength(1);
  });

  it('reads the board by relay once partners name who introduced them', () => {
    const [relay, segou, afd] = ids;
    seedRows(wb, OPPORTUNITIES, [
      { partnerId: segou, title: 'Budget participatif', stage: 'Cible', amount: 1_000_000, currency: 'XOF' },
      { partnerId: afd, title: 'Fonds jeunesse', stage: 'Négociation', amount: 5_000_000, currency: 'XOF' },
    ]);
    for (const id of [segou, afd]) wb.call('savePartner', [{ id, introducedBy: relay }, []], { user: chargee });
    const board = wb.call('getBoard', [{ relay: 'Association des Maliens de France' }], { user: chargee });
    expect(board.relays).toEqual(['Association des Maliens de France']);
    expect(board.columns.reduce((n, c) => n + c.count, 0)).toBe(2);
    expect(board.columns.reduce((n, c) => n + c.total, 0)).toBe(6_000_000);
    expect(wb.call('getCartography', [], { user: chargee }).relays).toEqual([
      { relay: 'Association des Maliens de France', partners: ['Agence française de développement', 'Commune de Ségou'] },
    ]);
  });
});
