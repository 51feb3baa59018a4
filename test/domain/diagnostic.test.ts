/** The Diagnostic's pure part: verdicts from what the probes saw, and the report's rows and summary. */
import { diagnosticReport, diagnosticSummary, frenchDateTime } from '../../src/domain/diagnostic/report';
import { headersVerdict, localeVerdict, scopesVerdict, triggersVerdict } from '../../src/domain/diagnostic/verdicts';
import { CONTACTS, PARTNERS } from '../../src/domain/schema/tables';

describe('verdicts', () => {
  it('headers: a missing sheet, and columns found whatever their case and accents', () => {
    const headers = PARTNERS.fields.map((f) => f.header.toUpperCase());
    const v = headersVerdict([{ sheet: 'Partenaires', headers }], [PARTNERS, CONTACTS]);
    expect(v).toMatchObject({ ok: false, detail: 'feuille « Contacts » absente.' });
    expect(headersVerdict([{ sheet: 'Partenaires', headers }], [PARTNERS]).ok).toBe(true);
  });

  it('triggers: duplicates and strays are named', () => {
    const expected = [{ type: 'CLOCK', handler: 'runScheduledJobs' }];
    const v = triggersVerdict(
      [
        { type: 'CLOCK', handler: 'runScheduledJobs' },
        { type: 'CLOCK', handler: 'runScheduledJobs' },
        { type: 'CLOCK', handler: 'runSurveyJobs' },
      ],
      'a@org.ml',
      expected,
    );
    expect(v.detail).toBe(
      "3 déclencheurs de a@org.ml (3 horaire) : 2 déclencheurs horaire « runScheduledJobs » au lieu d'un ; en trop : horaire « runSurveyJobs ». (Les déclencheurs d'autres comptes ne sont pas visibles.)",
    );
  });

  it('scopes: a user who never authorised Pacte gets the authorization link', () => {
    const v = scopesVerdict({ required: true, granted: [], authorizationUrl: 'https://script.google.com/x/authorize' }, [
      'https://www.googleapis.com/auth/forms',
    ]);
    expect(v).toMatchObject({ ok: false, detail: 'Autorisations non accordées : forms.' });
    expect(v.fix).toContain('https://script.google.com/x/authorize');
  });

  it('locale: French locales only', () => {
    expect(localeVerdict('Africa/Bamako', 'fr').ok).toBe(true);
    expect(localeVerdict('Africa/Bamako', 'en_US').ok).toBe(false);
  });
});

describe('report', () => {
  it('French date with 1er, and one row per check after the header', () => {
    expect(frenchDateTime('2026-04-01T07:05:00')).toBe('1er avril 2026 à 07:05');
    const verdicts = [
      { check: 'A', ok: true, detail: 'bien', fix: '' },
      { check: 'B', ok: false, detail: 'mal', fix: 'réparer' },
    ];
    expect(diagnosticReport(verdicts, '1er avril 2026 à 07:05', '').values.slice(1)).toEqual([
      ['Fait le 1er avril 2026 à 07:05', '', '', ''],
      ['', '', '', ''],
      ['Vérification', 'Résultat', 'Détail', 'Que faire'],
      ['A', 'OK', 'bien', ''],
      ['B', 'À corriger', 'mal', 'réparer'],
    ]);
    expect(diagnosticSummary(verdicts)).toBe("1 vérification sur 2 à corriger :\n• B\n\nLa feuille « Diagnostic » dit pour chacune ce qu'il faut faire.");
  });
});
