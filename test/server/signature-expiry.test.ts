/**
 * Signatures and the daily job on the BUILT bundle: both parties sign → « Signée » → « Active »
 * from the start date; « Expirée » after the end date; call counts of the daily job.
 */
import { _advanceTime } from '../../src/dev/emulator/script';
import { Sheet } from '../../src/dev/emulator/spreadsheet/sheet';
import { Range } from '../../src/dev/emulator/spreadsheet/range';
import { CONVENTIONS, OPPORTUNITIES, PARTNERS } from '../../src/domain/schema/tables';
import { SIGNATURES } from '../../src/domain/conventions/approval-tables';
import type { DailyReport } from '../../src/app/conventions-daily';
import { draftConvention } from './approval-fixture';
import { records } from '../support/demo-sheets';
import { USERS, partner, seededPerFile, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';
import type { ParamsOf } from '../../src/domain/contracts/api';

const { admin, officer: chargee, legal: juridique, finance: daf, reader: lecteur } = USERS;
const DAY = 24 * 3600 * 1000;
let wb: PartnersWorkbook;

const sign = (id: string, input: ParamsOf<'recordSignature'>[1], user: string = chargee) => wb.call('recordSignature', [id, input], { user });
const statusOf = (id: string) => records(wb, CONVENTIONS).find((r) => r.id === id)!.status;
const journal = () => wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Journal')!.getDataRange().getValues());

/** A convention taken through the circuit (5 000 000 FCFA: juridique then DAF). */
function validated(extra: Record<string, unknown> = {}): string {
  const id = draftConvention(wb, 5_000_000, extra);
  wb.call('submitForValidation', [id], { user: chargee });
  wb.call('decideValidation', [id, 1, 'approuver', ''], { user: juridique });
  wb.call('decideValidation', [id, 1, 'approuver', ''], { user: daf });
  expect(statusOf(id)).toBe('Validée');
  return id;
}

/** Seeded once for the file; every test starts from this state, restored (seededPerFile). */
seededPerFile(() => {
  wb = workbookWithPartners([partner()]); // 12 March 2026, Africa/Bamako
  return wb;
});

describe('recordSignature', () => {
  it('both signatures of a convention already started → « Signée » then « Active » at once, with the signed PDF kept', () => {
    const id = validated({ startDate: '2026-03-01', endDate: '2027-02-28' });
    const first = sign(id, { party: 'nous', date: '2026-03-10', signatory: 'Moussa Diallo, Président' });
    expect(first.convention.status).toBe('Validée');
    expect(first.signatures).toEqual([{ party: 'nous', date: '2026-03-10', signatory: 'Moussa Diallo, Président', signedPdfUrl: '' }]);
    const both = sign(id, {
      party: 'partenaire',
      date: '2026-03-11',
      signatory: 'Chef de coopération',
      signedPdfUrl: 'https://drive.google.com/file/d/signed/view',
    });
    expect(both.convention.status).toBe('Active');
    expect(both.signatures.map((s) => s.party)).toEqual(['nous', 'partenaire']);
    expect(both.signatures[1].signedPdfUrl).toBe('https://drive.google.com/file/d/signed/view');
    expect(records(wb, SIGNATURES)).toHaveLength(2);
    const statusChanges = journal()
      .filter((r) => r[3] === id && r[5] === 'Statut')
      .map((r) => [r[4], r[6], r[7]]);
    expect(statusChanges.slice(-2)).toEqual([
      ['signature', 'Validée', 'Signée'],
      ['activation', 'Signée', 'Active'],
    ]);
    expect(journal().filter((r) => r[3] === id && r[4] === 'signature' && String(r[5]).startsWith('Signature'))).toHaveLength(2);
  });

  it('the second signature moves the convention’s opportunity to « Signée » at 100 %, journaled', () => {
    const partnerId = records(wb, PARTNERS)[0].id;
    const { id: opportunityId } = wb.call('saveOpportunity', [{ partnerId, title: 'Appui jeunesse', stage: 'Négociation' }], { user: chargee });
    const id = validated({ opportunityId });
    sign(id, { party: 'nous', date: '2026-03-10', signatory: 'Président' });
    expect(records(wb, OPPORTUNITIES).find((r) => r.id === opportunityId)!.stage).toBe('Négociation');
    sign(id, { party: 'partenaire', date: '2026-03-11', signatory: 'Directrice' });
    expect(records(wb, OPPORTUNITIES).find((r) => r.id === opportunityId)).toMatchObject({ stage: 'Signée', probability: 100 });
    expect(
      journal()
        .filter((r) => r[3] === opportunityId && r[5] === 'Étape')
        .map((r) => [r[4], r[6], r[7]]),
    ).toEqual([[`changement d'étape (convention ${id} signée)`, 'Négociation', 'Signée']]);
  });

  it('a convention starting later stays « Signée » until the daily job activates it on its start date', () => {
    const id = validated({ startDate: '2026-03-15', endDate: '2026-12-31' });
    sign(id, { party: 'partenaire', date: '2026-03-12', signatory: 'Directrice pays' });
    expect(sign(id, { party: 'nous', date: '2026-03-12', signatory: 'Président' }).convention.status).toBe('Signée');
    _advanceTime(wb.world, 2 * DAY); // 14 March: not yet
    expect(statusOf(id)).toBe('Signée');
    _advanceTime(wb.world, DAY); // 15 March
    expect(statusOf(id)).toBe('Active');
    expect(journal().some((r) => r[3] === id && r[4] === 'activation' && r[6] === 'Signée' && r[7] === 'Active')).toBe(true);
  });

  it('refuses bad input and conventions that cannot be signed, writing nothing', () => {
    const draft = draftConvention(wb, 5_000_000);
    expect(() => sign(draft, { party: 'nous', date: '2026-03-10', signatory: 'X' })).toThrow(
      `La convention ${draft} est au statut « Brouillon » : une signature ne s'enregistre que pour une convention « Validée »`,
    );
    const id = validated();
    // What a page could send but no signature allows.
    expect(() => wb.callRaw('recordSignature', [id, { party: 'eux', date: '2026-03-10', signatory: 'X' }], { user: chargee })).toThrow(
      'Argument « la signature » › « partie » : une valeur parmi : nous, partenaire attendu, reçu « eux ».',
    );
    expect(() => sign(id, { party: 'nous', date: '10/03/2026', signatory: 'X' })).toThrow(
      'Argument « la signature » › « date de signature » : une date AAAA-MM-JJ attendu, reçu « 10/03/2026 ».',
    );
    expect(() => sign(id, { party: 'nous', date: '2026-04-10', signatory: 'X' })).toThrow('Signature › Date de signature : le 10 avril 2026 est dans le futur');
    expect(() => sign(id, { party: 'nous', date: '2026-03-10', signatory: '  ' })).toThrow(
      'Argument « la signature » › « signataire » : un texte non vide d’au plus 200 caractères attendu, reçu «    ».',
    );
    expect(() => sign(id, { party: 'nous', date: '2026-03-10', signatory: 'X', signedPdfUrl: 'javascript:alert(1)' })).toThrow('Signature › PDF signé');
    expect(() => sign(id, { party: 'nous', date: '2026-03-10', signatory: 'X' }, lecteur)).toThrow('Accès refusé');
    expect(records(wb, SIGNATURES)).toHaveLength(0);
    sign(id, { party: 'nous', date: '2026-03-10', signatory: 'Président' });
    expect(() => sign(id, { party: 'nous', date: '2026-03-11', signatory: 'Autre' })).toThrow(
      `La signature de notre organisation est déjà enregistrée pour la version 1 de ${id} (Président, le 10 mars 2026).`,
    );
    expect(records(wb, SIGNATURES)).toHaveLength(1);
  });
});

describe('the daily conventions job (run by runScheduledJobs)', () => {
  it('expires active conventions after their end date, journaled, in one read and three writes of Conventions', () => {
    const ending = draftConvention(wb, 1_000_000, { status: 'Active', startDate: '2025-03-15', endDate: '2026-03-14' });
    const later = draftConvention(wb, 1_000_000, { status: 'Active', startDate: '2026-01-01', endDate: '2026-12-31' });
    const draft = draftConvention(wb, 1_000_000, { status: 'Brouillon', endDate: '2026-03-01' });
    wb.call('runScheduledJobs', [], { user: admin });
    expect(statusOf(ending)).toBe('Active'); // 12 March: still running

    wb.world.clock.advance(3 * DAY); // 15 March
    wb.world.log.reset();
    const reads = jest.spyOn(Sheet.prototype, 'getSheetValues');
    const writes = jest.spyOn(Range.prototype, 'setValues');
    const run = wb.call('runScheduledJobs', [], { user: admin });
    const sheetsRead = reads.mock.contexts.map((sheet) => (sheet as Sheet).getName());
    const sheetsWritten = writes.mock.contexts.map((range) => (range as Range).getSheet().getName());
    reads.mockRestore();
    writes.mockRestore();
    const report = run.ran.find((r) => r.name === 'conventions')!.result as DailyReport;
    // Conventions read once, though other jobs of the same run read it too; status, Modifié le and Modifié par
    // written once each; the single Journal entry appended in one call.
    expect(sheetsRead.filter((name) => name === 'Conventions')).toHaveLength(1);
    expect([sheetsWritten.filter((name) => name === 'Conventions').length, wb.world.log.count('Sheet.appendRow')]).toEqual([3, 1]);
    expect(report.expired).toEqual([ending]);
    expect(report.activated).toEqual([]);
    expect([statusOf(ending), statusOf(later), statusOf(draft)]).toEqual(['Expirée', 'Active', 'Brouillon']);
    expect(
      journal()
        .filter((r) => r[4] === 'expiration')
        .map((r) => [r[3], r[5], r[6], r[7]]),
    ).toEqual([[ending, 'Statut', 'Active', 'Expirée']]);

    wb.world.clock.advance(DAY);
    wb.call('runScheduledJobs', [], { user: admin });
    expect(journal().filter((r) => r[4] === 'expiration')).toHaveLength(1);
  });

  it('runs from the hourly trigger installed by « Initialiser », journaled as « tâche planifiée »', () => {
    const id = draftConvention(wb, 1_000_000, { status: 'Active', startDate: '2025-01-01', endDate: '2026-03-12' });
    _advanceTime(wb.world, DAY);
    expect(statusOf(id)).toBe('Expirée');
    expect(journal().find((r) => r[3] === id && r[4] === 'expiration')![1]).toBe('tâche planifiée');
  });
});
