/** Record validation: every problem named by sheet, row and column in French; values normalised. */
import { validateRecord, assertValid, ValidationError } from '../../src/domain/records/validate';
import { parseFrenchNumber, foldText } from '../../src/domain/records/normalise';
import { PARTNERS, OPPORTUNITIES, CONTACTS } from '../../src/domain/schema/tables';

describe('validateRecord', () => {
  it('normalises what users type: enum case and accents, French numbers and dates, emails', () => {
    const { record, errors } = validateRecord(
      OPPORTUNITIES,
      {
        partnerId: 'PAR-0001',
        title: '  Appui aux jeunes  ',
        stage: 'note CONCEPTUELLE',
        amount: '1 500 000',
        probability: '40',
        decisionDate: '15/06/2026',
        owner: 'Awa.Traore@AJCAD.org',
      },
      7,
    );
    expect(errors).toEqual([]);
    expect(record).toMatchObject({
      title: 'Appui aux jeunes',
      stage: 'Note conceptuelle',
      amount: 1500000,
      probability: 40,
      decisionDate: '2026-06-15',
      owner: 'awa.traore@ajcad.org',
    });
  });

  it('names the sheet, row, column and what is expected for each bad field', () => {
    const { errors } = validateRecord(OPPORTUNITIES, { partnerId: 'PAR-0001', title: 'X', stage: 'Cible', amount: '-20', decisionDate: '31/02/2026' }, 12);
    expect(errors.map((e) => e.message)).toEqual([
      "Opportunités, ligne 12, colonne « Montant demandé » : « -20 » n'est pas valide (attendu : un montant entre 0 et 1 000 000 000 000, par exemple 1 500 000 ou 12,5 millions).",
      "Opportunités, ligne 12, colonne « Décision attendue » : « 31/02/2026 » n'est pas valide (attendu : une date au format JJ/MM/AAAA).",
    ]);
  });

  it('reports a missing required field and an unknown type with the allowed values', () => {
    const { errors } = validateRecord(PARTNERS, { name: ' ', type: 'Ongg' }, 3);
    expect(errors[0].message).toBe('Partenaires, ligne 3, colonne « Nom » : ce champ est obligatoire.');
    expect(errors[1].message).toContain("« Ongg » n'est pas valide (attendu : une des valeurs : OSC, ONG nationale, ONG internationale");
    expect(errors[1]).toMatchObject({ sheet: 'Partenaires', row: 3, field: 'type', header: 'Type' });
  });

  it('in partial mode checks only the fields given', () => {
    expect(validateRecord(PARTNERS, { region: 'Ségou' }, 4, { partial: true })).toEqual({ record: { region: 'Ségou' }, errors: [] });
  });

  it('ignores system fields a caller tries to set (ID, audit columns)', () => {
    const rec = assertValid(CONTACTS, { id: 'HACK-1', partnerId: 'PAR-0001', name: 'Awa', createdAt: '2020-01-01' }, null);
    expect(rec).not.toHaveProperty('id');
    expect(rec).not.toHaveProperty('createdAt');
  });

  it('throws one ValidationError carrying every problem', () => {
    try {
      assertValid(CONTACTS, { partnerId: '', name: '', email: 'pas-un-email' }, null);
      throw new Error('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).errors.map((x) => x.header)).toEqual(['ID partenaire', 'Nom', 'Email']);
    }
  });
});

describe('parseFrenchNumber and foldText', () => {
  it('reads French-formatted numbers and currency suffixes', () => {
    expect(parseFrenchNumber('1 500 000 FCFA')).toBe(1500000);
    expect(parseFrenchNumber('2,5')).toBe(2.5);
    expect(parseFrenchNumber('1.500.000')).toBe(1500000);
    expect(parseFrenchNumber('douze')).toBeNull();
  });

  it('compares labels without accents, case or extra spaces', () => {
    expect(foldText('  Collectivité   Territoriale ')).toBe('collectivite territoriale');
  });
});
