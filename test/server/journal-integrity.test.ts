/**
 * The Journal as evidence: editors of the spreadsheet can change any cell by hand (README, threat
 * model), so the Diagnostic verifies the chain of empreintes and names the first row a lecteur edited
 * or deleted, and the last rows deleted (against pacte.journal.head); Initialiser puts one warning-only
 * protection on the Journal (never two) and the Diagnostic reports it missing.
 */
import type { Verdict } from '../../src/domain/diagnostic/verdicts';
import { loadScript } from '../../src/dev/load-script';
import { createGlobals } from '../../src/dev/emulator';
import { _uiState } from '../../src/dev/emulator/ui';
import { rows } from '../support/demo-sheets';
import { bareConventionDraft } from '../support/convention-draft';
import { partner, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

const { admin, reader: lecteur, officer: chargee } = USERS;
const JOURNAL_DESCRIPTION = 'Pacte — Journal (preuve : ne pas modifier à la main)';
let wb: PartnersWorkbook;

/** Seeded once for the file; every test starts from this state, restored (seededPerFile). */
seededPerFile(() => {
  wb = workbookWithPartners([partner()]);
  // Normal use: partners saved by the chargée (each journaled).
  for (const name of ['Réseau des jeunes de Ségou', 'Association des femmes de Kayes', 'Union des scouts de Mopti'])
    wb.call('savePartner', [{ name, type: 'OSC' }, []], { user: chargee });
  return wb;
});

const diagnose = () => wb.call('runDiagnostic', [], { user: admin }).verdicts;
const check = (name: string): Verdict => diagnose().find((v) => v.check === name)!;
const journalRows = () => rows(wb, 'Journal').length + 1;

/** What a lecteur does by hand in Sheets, on the Journal (a warning-only protection asks, then lets them). */
function byHand(fn: (journal: GoogleAppsScript.Spreadsheet.Sheet) => void): void {
  wb.world.run(() => fn(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Journal')!), { user: lecteur });
}

function journalProtections(): string[] {
  return wb.world.inspect(() =>
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('Journal')!
      .getProtections(SpreadsheetApp.ProtectionType.SHEET)
      .map((p) => `${p.getDescription()}${p.isWarningOnly() ? ' (avertissement)' : ''}`),
  );
}

describe('Diagnostic › Journal (intégrité)', () => {
  it('after normal use (partners saved, a convention generated) the chain verifies: OK with the number of entries', () => {
    wb.call('generateConvention', [bareConventionDraft(wb.partnerIds[0])], { user: chargee });
    const entries = journalRows() - 1;
    expect(entries).toBeGreaterThan(5);
    const verdict = check('Journal (intégrité)');
    expect(verdict).toMatchObject({ ok: true, detail: `${entries} entrées vérifiées : aucune modifiée ni supprimée.`, fix: '' });
  });

  it('a lecteur edits a Journal cell by hand: that row is named, with what to do (version history, no silent repair)', () => {
    byHand((j) => {
      const header = j.getRange(1, 1, 1, j.getLastColumn()).getValues()[0];
      j.getRange(4, header.indexOf('Utilisateur') + 1).setValue('quelqu.un@ajcad-mali.org');
    });
    const verdict = check('Journal (intégrité)');
    expect(verdict.ok).toBe(false);
    expect(verdict.detail).toBe(
      'Journal, ligne 4 : elle a été modifiée, ajoutée à la main, ou une ligne juste au-dessus a été supprimée. Les entrées avant la ligne 4 sont intactes.',
    );
    expect(verdict.fix).toContain('Le Journal est une preuve : ne le « réparez » pas');
    expect(verdict.fix).toContain('Fichier → Historique des versions');
  });

  it('a lecteur deletes a Journal row in the middle: the row where the chain breaks is named', () => {
    const before = journalRows();
    byHand((j) => j.deleteRow(3));
    expect(journalRows()).toBe(before - 1);
    expect(check('Journal (intégrité)').detail).toMatch(/^Journal, ligne 3 : .*une ligne juste au-dessus a été supprimée\./);
  });

  it('a lecteur deletes the last rows: detected against the head kept in document properties', () => {
    const last = journalRows();
    byHand((j) => j.deleteRows(last - 1, 2));
    const verdict = check('Journal (intégrité)');
    expect(verdict.ok).toBe(false);
    expect(verdict.detail).toBe(
      `Journal : les dernières entrées, après la ligne ${last - 2}, ont été supprimées (2 entrées jusqu'à la ligne ${last}). Les entrées avant la ligne ${last - 1} sont intactes.`,
    );
  });

  it('an erased Empreinte is named; entries written before the chain existed are counted, not reported as tampering', () => {
    const entries = journalRows() - 1;
    // Two entries from an earlier version of Pacte (no Empreinte), at the top of the Journal.
    byHand((j) => {
      j.insertRowsBefore(2, 2);
      j.getRange(2, 1, 2, 3).setValues([
        ['01/02/2026 10:00', admin, 'Partenaires'],
        ['02/02/2026 11:00', admin, 'Partenaires'],
      ]);
    });
    expect(check('Journal (intégrité)')).toMatchObject({
      ok: true,
      detail: `${entries} entrées vérifiées : aucune modifiée ni supprimée. 2 entrées antérieures à la chaîne (écrites avant les empreintes, non vérifiables).`,
    });
    byHand((j) => {
      const header = j.getRange(1, 1, 1, j.getLastColumn()).getValues()[0];
      j.getRange(6, header.indexOf('Empreinte') + 1).setValue('');
    });
    expect(check('Journal (intégrité)').detail).toMatch(/^Journal, ligne 6 : son empreinte a été effacée\./);
  });

  it('an entry longer than a cell (its text in « Textes longs ») verifies as it was written', () => {
    const [id] = wb.partnerIds;
    wb.call('savePartner', [{ id, notes: 'Compte rendu détaillé. '.repeat(3000) }, []], { user: chargee });
    expect(rows(wb, 'Journal').some((r) => String(r['Après']).includes('[suite : Textes longs'))).toBe(true);
    expect(check('Journal (intégrité)').ok).toBe(true);
  });

  it('reads the Journal in one call: the Sheets calls of the Diagnostic do not grow with the Journal', () => {
    diagnose();
    wb.world.log.reset();
    diagnose();
    const small = wb.world.log.sheetsCalls();
    for (const name of ['Collectif des artisans de Sikasso', 'Jeunes leaders de Gao', 'Radio communautaire de Tombouctou'])
      wb.call('savePartner', [{ name, type: 'OSC' }, []], { user: chargee });
    wb.world.log.reset();
    expect(check('Journal (intégrité)').ok).toBe(true);
    expect(wb.world.log.sheetsCalls()).toBe(small);
  });
});

describe('the protection Pacte puts on the Journal', () => {
  it('Initialiser sets one warning-only protection, and a second Initialiser adds none', () => {
    expect(journalProtections()).toEqual([`${JOURNAL_DESCRIPTION} (avertissement)`]);
    wb.call('initialiseWorkbook', [], { user: admin });
    expect(journalProtections()).toEqual([`${JOURNAL_DESCRIPTION} (avertissement)`]);
    // Warning-only: Pacte's own writes and the chargée's go through.
    wb.call('savePartner', [{ name: 'Collectif des artisans de Sikasso', type: 'OSC' }, []], { user: chargee });
    expect(check('Journal (intégrité)').ok).toBe(true);
  });

  it('removed by hand: the Diagnostic reports it missing with « relancez Initialiser »; Initialiser puts it back', () => {
    byHand((j) => j.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].remove());
    expect(journalProtections()).toEqual([]);
    const verdict = check('Protections des feuilles de Pacte');
    expect(verdict).toMatchObject({ ok: false, detail: 'Protection de Pacte absente (avertissement avant modification à la main) : « Journal ».' });
    expect(verdict.fix).toContain('Relancez Extensions → Pacte → Initialiser le classeur');
    wb.call('initialiseWorkbook', [], { user: admin });
    expect(check('Protections des feuilles de Pacte')).toMatchObject({
      ok: true,
      detail: 'Aucune plage protégée ne bloque les feuilles de Pacte. Avertissement avant modification à la main posé par Pacte sur : « Journal ».',
    });
  });

  it('refused by Google to the account running Initialiser: the rest of the set-up stands, the alert says so', () => {
    // A fresh workbook of the admin's; the chargée (not an editor of the file) initialises it.
    const f = loadScript({ owner: admin, now: new Date('2026-03-12T09:00:00Z') });
    Object.assign(globalThis, createGlobals(f.world));
    f.world.activeSpreadsheetId = f.world.inspect(() => SpreadsheetApp.create('Neuf').getId());
    f.call('initialiseWorkbook', [], { user: chargee });
    expect(_uiState(f.world).alerts.at(-1)?.prompt).toContain(
      "Google n'a pas laissé ce compte protéger la feuille « Journal » (avertissement avant modification à la main) : relancez Initialiser depuis le compte propriétaire du classeur.",
    );
    expect(f.world.inspect(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Journal')!.getProtections(SpreadsheetApp.ProtectionType.SHEET))).toEqual(
      [],
    );
    expect(f.call('listRoles', [], { user: chargee }).entries).toEqual([{ email: chargee, role: 'admin' }]);
  });
});
