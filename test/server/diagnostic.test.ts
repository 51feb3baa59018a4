/**
 * Menu « Diagnostic » through the built bundle: the French report written to the « Diagnostic »
 * sheet and the summary alert, on a healthy deployment and with things broken by hand (a trigger
 * deleted, a header renamed, a protection, no mail quota, a scope withheld, a probe that throws).
 */
import { readFileSync } from 'node:fs';
import { _setMailQuota } from '../../src/dev/emulator/mail';
import { _withholdScopes } from '../../src/dev/emulator/script';
import { _uiState } from '../../src/dev/emulator/ui';
import { EXPECTED_SCOPES } from '../../src/domain/diagnostic/expected';
import { seededPerFile, somePartners, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

const { admin, officer: chargee } = USERS;
/** A second admin who does not own the spreadsheet (protections made by the owner can block them). */
const DEPUTY = 'adjoint@ajcad-mali.org';

let wb: PartnersWorkbook;

/** The triggers Pacte installs, put in place by its installer for `user` (an admin). */
function installExpectedTriggers(user: string): void {
  wb.call('installTriggers', [], { user });
}

const diagnose = (user: string = admin) => wb.call('runDiagnostic', [], { user });
const report = (): string[][] => wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Diagnostic')!.getDataRange().getDisplayValues());
const line = (check: string): string[] => report().find((r) => r[0] === check)!;
const formsLeft = () => [...wb.world.drive.files.values()].filter((f) => f.mimeType === 'application/vnd.google-apps.form' && !f.trashed).length;

/** Seeded once for the file; every test starts from this state, restored (seededPerFile). */
seededPerFile(() => {
  wb = workbookWithPartners(somePartners(3));
  installExpectedTriggers(admin);
  wb.world.log.reset();
  return wb;
});

describe('runDiagnostic', () => {
  it('everything fine: one OK line per check, the date in French, a summary alert, no form left behind', () => {
    const result = diagnose();
    expect(result.verdicts.map((v) => [v.check, v.ok])).toEqual([
      ['Autorisations Google (OAuth)', true],
      ['Déclencheurs (tâches automatiques)', true],
      ['Verrou du classeur', true],
      ['Formulaire Google (enquêtes)', true],
      ['Dossier Drive de Pacte', true],
      ["Quota d'envoi d'e-mails", true],
      ['Fuseau horaire et paramètres régionaux', true],
      ['En-têtes des feuilles de Pacte', true],
      ['Protections des feuilles de Pacte', true],
      ['Journal (intégrité)', true],
    ]);
    const rows = report();
    expect(rows[0][0]).toBe('Diagnostic de Pacte');
    expect(rows[1][0]).toBe(`Fait le 12 mars 2026 à 09:00 par ${admin}`);
    expect(rows[3]).toEqual(['Vérification', 'Résultat', 'Détail', 'Que faire']);
    expect(rows.slice(4).map((r) => r[1])).toEqual(Array(10).fill('OK'));
    expect(line('Déclencheurs (tâches automatiques)')[2]).toBe(`2 déclencheurs de ${admin} (1 horaire, 1 envoi de formulaire), comme attendu.`);
    expect(line('Fuseau horaire et paramètres régionaux')[2]).toBe('Fuseau horaire du classeur : Africa/Bamako ; paramètres régionaux : fr_FR.');
    expect(line('Formulaire Google (enquêtes)')[2]).toBe("Formulaire d'essai créé, publié, ouvert aux réponses, mis à la corbeille.");
    expect(formsLeft()).toBe(0);
    expect(_uiState(wb.world).alerts.at(-1)).toMatchObject({
      title: 'Pacte — Diagnostic',
      prompt: 'Les 10 vérifications sont OK : Pacte est prêt sur ce compte. Le détail est dans la feuille « Diagnostic ».',
    });
    // Rewritten in place: a second run leaves one report, not two.
    diagnose();
    expect(report()).toHaveLength(14);
    console.log(`Diagnostic: ${wb.world.log.sheetsCalls()} Sheets calls over two runs`);
    // Blocking protections read once for the whole spreadsheet, not twice per sheet: 191 (was 319);
    // the Journal's own protection is looked up on its sheet (one call per run).
    expect(wb.world.log.count('Sheet.getProtections')).toBe(2);
    expect(wb.world.log.count('Spreadsheet.getProtections')).toBe(4);
    // Grows by a few calls with each sheet Pacte declares (its header is checked): 203 with Évaluations and
    // Obligations du texte, 215 with Indicateurs, 220 with Dossiers, 238 with the four readiness sheets; a check that read per row or per sheet twice would pass this bound by far.
    expect(wb.world.log.sheetsCalls()).toBeLessThanOrEqual(245);
  });

  it('a trigger deleted by hand, a renamed header, a protection, no mail quota, a scope withheld: each named with what to do', () => {
    wb.call('setRole', [DEPUTY, 'admin'], { user: admin });
    installExpectedTriggers(DEPUTY);
    wb.world.run(
      () => {
        // By hand, in the Apps Script editor: the form-submit trigger deleted.
        for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === 'onSurveySubmit') ScriptApp.deleteTrigger(t);
      },
      { user: DEPUTY },
    );
    wb.world.run(
      () => {
        const ss = SpreadsheetApp.getActiveSpreadsheet();
        const partners = ss.getSheetByName('Partenaires')!;
        const headers = partners.getRange(1, 1, 1, partners.getLastColumn()).getValues()[0];
        partners.getRange(1, headers.indexOf('Sigle') + 1, 1, 1).setValues([['Acronyme']]);
        // The owner locks « Engagements » for everyone else.
        ss.getSheetByName('Engagements')!.protect().setDescription('Verrouillé par la DAF');
      },
      { user: admin },
    );
    _setMailQuota(wb.world, 0);
    _withholdScopes(wb.world, DEPUTY, ['https://www.googleapis.com/auth/forms']);

    const result = diagnose(DEPUTY);
    const failing = result.verdicts.filter((v) => !v.ok).map((v) => v.check);
    expect(failing).toEqual([
      'Autorisations Google (OAuth)',
      'Déclencheurs (tâches automatiques)',
      // The withheld forms scope: Google refuses FormApp.create to this account.
      'Formulaire Google (enquêtes)',
      "Quota d'envoi d'e-mails",
      'En-têtes des feuilles de Pacte',
      'Protections des feuilles de Pacte',
    ]);
    expect(line('Autorisations Google (OAuth)').slice(1, 3)).toEqual(['À corriger', 'Autorisations non accordées : forms.']);
    expect(line('Déclencheurs (tâches automatiques)')[2]).toBe(
      `1 déclencheur de ${DEPUTY} (1 horaire) : manque le déclencheur envoi de formulaire « onSurveySubmit ». (Les déclencheurs d'autres comptes ne sont pas visibles.)`,
    );
    expect(line('Déclencheurs (tâches automatiques)')[3]).toContain('Initialiser le classeur');
    expect(line('En-têtes des feuilles de Pacte')[2]).toBe(
      '« Partenaires » : colonne introuvable « Sigle » (en-têtes non reconnus, peut-être renommés : « Acronyme »).',
    );
    expect(line('Protections des feuilles de Pacte')[2]).toBe(
      `${DEPUTY} ne peut pas modifier : « Engagements » (feuille entière) — Verrouillé par la DAF. Pacte y échouera pour ce compte. Avertissement avant modification à la main posé par Pacte sur : « Journal ».`,
    );
    expect(line("Quota d'envoi d'e-mails")[3]).toContain("Rien n'est perdu");
    // Without the forms scope Google refuses FormApp.create: the form check says so.
    expect(line('Formulaire Google (enquêtes)')[1]).toBe('À corriger');
    expect(result.summary).toBe(
      "6 vérifications sur 10 à corriger :\n• Autorisations Google (OAuth)\n• Déclencheurs (tâches automatiques)\n• Formulaire Google (enquêtes)\n• Quota d'envoi d'e-mails\n• En-têtes des feuilles de Pacte\n• Protections des feuilles de Pacte\n\nLa feuille « Diagnostic » dit pour chacune ce qu'il faut faire.",
    );
  });

  it('a probe that throws is reported on its line; the other checks still run', () => {
    const real = wb.context.FormApp;
    wb.context.FormApp = {
      create: () => {
        throw new Error('Service Forms indisponible.');
      },
    };
    try {
      const result = diagnose();
      expect(result.verdicts.filter((v) => !v.ok).map((v) => v.check)).toEqual(['Formulaire Google (enquêtes)']);
      expect(line('Formulaire Google (enquêtes)').slice(1, 3)).toEqual(['À corriger', "La vérification n'a pas pu se faire : Service Forms indisponible."]);
      expect(line('Protections des feuilles de Pacte')[1]).toBe('OK');
    } finally {
      wb.context.FormApp = real;
    }
  });

  it('is refused to anyone but an admin, before checking or writing anything', () => {
    expect(() => diagnose(chargee)).toThrow('Accès refusé : cette action est réservée aux rôles admin (votre rôle : chargé).');
    expect(wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Diagnostic'))).toBeNull();
    expect(wb.world.log.count('FormApp.create')).toBe(0);
  });

  it('expects exactly the scopes the manifest declares', () => {
    const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as { oauthScopes: string[] };
    expect([...EXPECTED_SCOPES]).toEqual(manifest.oauthScopes);
  });
});
