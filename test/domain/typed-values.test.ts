/** What users type in amount, date, phone and website fields: understood, or refused with an example. */
import { parseFrenchNumber, normaliseValue } from '../../src/domain/records/normalise';
import { validateRecord } from '../../src/domain/records/validate';
import { fieldByKey } from '../../src/domain/schema/field';
import { CONTACTS, CONVENTIONS, PARTNERS } from '../../src/domain/schema/tables';
import { amount, date, ArgumentError } from '../../src/domain/contracts/args';
import { problemsMessage } from '../../src/domain/templates/engine';
import { TEMPLATES } from '../../src/domain/templates/defaults';

describe('amounts typed in words or with units', () => {
  it.each([
    ['10 millions', 10_000_000],
    ['12,5 millions', 12_500_000],
    ['150 M', 150_000_000],
    ['1,5 milliard', 1_500_000_000],
    ['2 500 000 FCFA', 2_500_000],
    ['10 millions de FCFA', 10_000_000],
    ['300 k', 300_000],
    ['1 500 000', 1_500_000],
  ])('« %s » is %d', (typed, expected) => {
    expect(parseFrenchNumber(typed)).toBe(expected);
  });

  it('an amount that cannot be read is refused at its field, with an example', () => {
    const r = normaliseValue(fieldByKey(CONVENTIONS, 'amount'), 'dix millions');
    expect(r).toEqual({ ok: false, expected: 'un montant entre 0 et 1 000 000 000 000, par exemple 1 500 000 ou 12,5 millions' });
    expect(normaliseValue(fieldByKey(CONVENTIONS, 'amount'), '12,5 millions')).toEqual({ ok: true, value: 12_500_000 });
  });

  it('the endpoint argument refuses a number that is not one (NaN) instead of passing it on as no amount', () => {
    expect(amount('le montant').check('12,5 millions')).toBe('12,5 millions');
    expect(() => amount('le montant').check(Number.NaN)).toThrow(ArgumentError);
    expect(() => amount('le montant').check(Number.NaN)).toThrow('par exemple 1 500 000 ou 12,5 millions');
  });

  it('a value left empty in the form is named in the form’s words, not by placeholder or paragraph', () => {
    const problem = {
      placeholder: '{{convention.montant}}',
      location: 'paragraphe 27',
      message: 'Valeur manquante pour {{convention.montant}}',
      missing: 'le montant',
    };
    const message = problemsMessage(TEMPLATES.mou.catalogue, [problem, { ...problem, location: 'paragraphe 30' }]);
    expect(message).toBe(`Pour générer « ${TEMPLATES.mou.catalogue.title} », complétez d'abord : le montant. Aucun document n'a été créé.`);
    expect(message).not.toMatch(/\{\{|paragraphe/);
  });
});

describe('field checks', () => {
  it('an empty required date says it is required', () => {
    expect(() => date('date de signature').check('')).toThrow('Argument « date de signature » : ce champ est obligatoire ; choisissez une date.');
  });

  it.each(['+223 76 12 34 56', '76 12 34 56', '76123456', '00223 76-12-34-56', '+1 202 378 9700', '+223 76 12 34 56 / 66 00 00 00'])(
    'phone « %s » is accepted',
    (typed) => {
      expect(normaliseValue(fieldByKey(CONTACTS, 'phone'), typed)).toEqual({ ok: true, value: typed });
    },
  );

  it.each(['76 12', 'appeler le secrétariat', '+223 76 12 34 56 / 12'])('phone « %s » is refused with an example', (typed) => {
    const { errors } = validateRecord(PARTNERS, { phone: typed }, 5, { partial: true });
    expect(errors.map((e) => e.message)).toEqual([
      `Partenaires, ligne 5, colonne « Téléphone » : « ${typed} » n'est pas valide (attendu : un numéro de téléphone, par exemple +223 76 12 34 56 ou 76 12 34 56 (plusieurs séparés par « / »)).`,
    ]);
  });

  it('a website typed without https:// is accepted and completed', () => {
    expect(normaliseValue(fieldByKey(PARTNERS, 'website'), 'www.exemple.org')).toEqual({ ok: true, value: 'https://www.exemple.org' });
    expect(normaliseValue(fieldByKey(PARTNERS, 'website'), 'exemple.org/page')).toEqual({ ok: true, value: 'https://exemple.org/page' });
    expect(normaliseValue(fieldByKey(PARTNERS, 'website'), 'http://exemple.org')).toEqual({ ok: true, value: 'http://exemple.org' });
    expect(normaliseValue(fieldByKey(PARTNERS, 'website'), 'pas un lien')).toEqual({
      ok: false,
      expected: 'un lien, par exemple https://exemple.org ou www.exemple.org',
    });
  });
});
