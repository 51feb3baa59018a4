/**
 * Commitments through the built bundle: mark done once per request ID, a reader refused, the
 * hourly dispatcher setting « En retard » in one write of the Engagements sheet (done, cancelled
 * and ended conventions' left alone), and « Nouvelle version » keeping every commitment's ID.
 */
import { CONVENTIONS } from '../../src/domain/schema/tables';
import { SheetTable } from '../../src/services/sheet-table';
import { createStoreContext } from '../../src/services/store-context';
import { rows } from '../support/demo-sheets';
import { workbookWithOpportunity, type OpportunityWorkbook } from '../support/convention-workbooks';
import { USERS, seededPerFile } from '../support/workbooks';
import { conventionWithCommitments } from '../support/convention-draft';

let wb: OpportunityWorkbook;
let conventionId = '';
let endedId = '';

type Draft = ReturnType<typeof conventionWithCommitments>;
const draft = (over: Partial<Draft> = {}): Draft =>
  conventionWithCommitments(wb.partnerId, {
    purpose: 'former 500 jeunes leaders de Mopti',
    commitments: [
      { kind: 'Versement', label: 'Première tranche', due: '2026-03-20', party: 'Partenaire', owner: USERS.officer, amount: 750000 },
      { kind: 'Rapport narratif', label: 'Rapport intermédiaire', due: '2026-03-25', party: 'Nous', owner: USERS.finance },
      { kind: 'Visibilité', label: 'Logo sur la bannière', due: '2026-03-30', party: 'Nous' },
    ],
    ...over,
  });

const engagements = () => rows(wb, 'Engagements');
const setStatus = (id: string, status: 'Résiliée' | 'En validation') =>
  wb.world.run(() => SheetTable.open(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), USERS.admin), CONVENTIONS).update(id, { status }));

const seeded = seededPerFile(() => {
  wb = workbookWithOpportunity();
  conventionId = wb.call('generateConvention', [draft()], { user: USERS.officer }).convention.id;
  endedId = wb.call('generateConvention', [draft({ commitments: [{ kind: 'Autre', label: 'Atelier', due: '2026-03-20', party: 'Nous' }] })], {
    user: USERS.officer,
  }).convention.id;
  setStatus(endedId, 'Résiliée');
  wb.world.log.reset();
  return wb;
});
beforeEach(() => {
  wb = seeded();
});

const idOf = (label: string) => engagements().find((r) => r['Libellé'] === label)!.ID as string;

describe('markCommitmentDone', () => {
  it('twice with the same request ID: stored and journaled once, the repeat gets the first answer', () => {
    const id = idOf('Première tranche');
    const call = () =>
      wb.callRaw('markCommitmentDone', [id, { doneOn: '2026-03-11', proof: 'https://drive.google.com/file/d/recu/view' }, 'done-0001'], {
        user: USERS.officer,
      });
    const first = call();
    expect(first).toMatchObject({ id, status: 'Réalisé', doneOn: '2026-03-11', proof: 'https://drive.google.com/file/d/recu/view' });
    expect(call()).toEqual(first);
    expect(engagements().find((r) => r.ID === id)).toMatchObject({ Statut: 'Réalisé', Preuve: 'https://drive.google.com/file/d/recu/view' });
    expect(rows(wb, 'Journal').filter((j) => j.ID === id && j.Action === 'réalisé' && j.Champ === 'Statut')).toHaveLength(1);
  });

  it('a reader is refused, a cancel needs an editor, and nothing is written', () => {
    const id = idOf('Première tranche');
    const before = JSON.stringify(engagements());
    expect(() => wb.call('markCommitmentDone', [id, { doneOn: '2026-03-11', proof: 'https://x.org' }], { user: USERS.reader })).toThrow('Accès refusé');
    expect(() => wb.call('cancelCommitment', [id, 'plus utile'], { user: USERS.finance })).toThrow('Accès refusé');
    expect(JSON.stringify(engagements())).toBe(before);
  });
});

describe('the hourly dispatcher', () => {
  it('sets « En retard » in one setValues of the Engagements sheet; done, cancelled and a terminated convention’s stay', () => {
    wb.call('markCommitmentDone', [idOf('Rapport intermédiaire'), { doneOn: '2026-03-11', proof: 'https://drive.google.com/file/d/rapport/view' }], {
      user: USERS.finance,
    });
    wb.call('cancelCommitment', [idOf('Logo sur la bannière'), 'Pas de bannière'], { user: USERS.officer });
    const [added] = wb.call('addCommitment', [{ conventionId, kind: 'Autre', label: 'Visite de terrain', due: '2026-03-28', party: 'Nous' }], {
      user: USERS.officer,
    });
    wb.world.clock.set(new Date('2026-04-02T10:00:00Z'));
    // Which sheet and range each setValues of the run writes.
    const writes: string[] = [];
    const range = wb.world.inspect(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Engagements')!.getRange(1, 1));
    const proto = Object.getPrototypeOf(range) as { setValues: (v: unknown[][]) => unknown; getSheet(): { getName(): string }; getA1Notation(): string };
    const real = proto.setValues;
    proto.setValues = function (this: typeof proto, v: unknown[][]) {
      writes.push(`${this.getSheet().getName()}!${this.getA1Notation()}`);
      return real.call(this, v);
    };
    try {
      const report = wb.call('runScheduledJobs', [], { user: USERS.admin });
      expect(report.ran).toContainEqual({ name: 'engagements', outcome: 'terminée', result: { late: [idOf('Première tranche'), added.id], started: [] } });
    } finally {
      proto.setValues = real;
    }
    const statusColumn = String.fromCharCode(65 + Object.keys(engagements()[0]).indexOf('Statut'));
    // Rows 2 and 6 change: one block of the Statut column from the first to the last.
    expect(writes.filter((w) => w.startsWith('Engagements!'))).toEqual([`Engagements!${statusColumn}2:${statusColumn}6`]);
    expect(engagements().map((r) => [r['Libellé'], r['ID convention'] === endedId ? 'résiliée' : '', r.Statut])).toEqual([
      ['Première tranche', '', 'En retard'],
      ['Rapport intermédiaire', '', 'Réalisé'],
      ['Logo sur la bannière', '', 'Annulé'],
      ['Atelier', 'résiliée', 'À venir'],
      ['Visite de terrain', '', 'En retard'],
    ]);
  });
});

describe('Nouvelle version', () => {
  it('keeps every commitment’s ID and history; the one removed is cancelled « retiré en v2 »; the getter returns every field and the Objet', () => {
    const [first, second, third] = ['Première tranche', 'Rapport intermédiaire', 'Logo sur la bannière'].map(idOf);
    wb.call('markCommitmentDone', [first, { doneOn: '2026-03-11', proof: 'https://drive.google.com/file/d/recu/view' }], { user: USERS.officer });
    const v1 = wb.call('getConvention', [conventionId], { user: USERS.officer });
    expect(v1.texts?.purpose).toBe('former 500 jeunes leaders de Mopti');
    expect(v1.commitments.find((c) => c.id === second)).toMatchObject({ kind: 'Rapport narratif', owner: USERS.finance, party: 'Nous', due: '2026-03-25' });
    // As the form sends them back: the shown fields with each ID, the third removed.
    const resent = v1.commitments
      .filter((c) => c.id !== third)
      .map((c) => ({ id: c.id, kind: c.kind, label: c.label, due: c.due, owner: c.owner, party: c.party, amount: c.amount }));
    const v2 = wb.call('generateConvention', [draft({ id: conventionId, purpose: v1.texts!.purpose, commitments: resent })], { user: USERS.officer });
    expect(v2.convention.version).toBe(2);
    expect(
      engagements()
        .filter((r) => r['ID convention'] === conventionId)
        .map((r) => [r.ID, r.Statut, r['Motif d’annulation'], r.Preuve]),
    ).toEqual([
      [first, 'Réalisé', '', 'https://drive.google.com/file/d/recu/view'],
      [second, 'À venir', '', ''],
      [third, 'Annulé', 'retiré en v2', ''],
    ]);
    expect(wb.call('getConvention', [conventionId], { user: USERS.officer }).texts?.purpose).toBe('former 500 jeunes leaders de Mopti');
  });
});

describe('a workbook made before the new columns', () => {
  const NEW_HEADERS = ['Devise', 'Mesure d’atténuation', 'Preuve', 'Motif d’annulation', 'Série'];
  const header = () => Object.keys(engagements()[0]);
  const removeNewColumns = () =>
    wb.world.run(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Engagements')!;
      for (const h of NEW_HEADERS) sheet.deleteColumn((sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[]).indexOf(h) + 1);
    });

  it('opens and works; a proof is refused with what to do until « Initialiser » adds the columns', () => {
    removeNewColumns();
    expect(header()).not.toEqual(expect.arrayContaining(['Preuve']));
    const id = idOf('Première tranche');
    expect(wb.call('getConvention', [conventionId], { user: USERS.officer }).commitments.map((c) => c.status)).toEqual(['À venir', 'À venir', 'À venir']);
    expect(() =>
      wb.call('markCommitmentDone', [id, { doneOn: '2026-03-11', proof: 'https://drive.google.com/file/d/recu/view' }], { user: USERS.officer }),
    ).toThrow(
      'La feuille Engagements n’a pas encore la colonne « Preuve » : un administrateur doit lancer Pacte › Initialiser, puis recommencez (rien n’a été enregistré).',
    );
    expect(wb.call('markCommitmentDone', [idOf('Logo sur la bannière'), { doneOn: '2026-03-11' }], { user: USERS.officer }).status).toBe('Réalisé');

    wb.call('initialiseWorkbook', [], { user: USERS.admin });
    expect(header()).toEqual(expect.arrayContaining(NEW_HEADERS));
    expect(
      wb.call('markCommitmentDone', [id, { doneOn: '2026-03-11', proof: 'https://drive.google.com/file/d/recu/view' }], { user: USERS.officer }).proof,
    ).toBe('https://drive.google.com/file/d/recu/view');
  });
});
