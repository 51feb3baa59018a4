/**
 * The argument schemas every entry point is checked against: what a page may send is accepted
 * as declared, anything else is refused in French naming the argument and what is expected.
 */
import * as a from '../../src/domain/contracts/args';
import { API, REQUEST_ENDPOINTS, mayCall, type EndpointName } from '../../src/domain/contracts/api';

const refusal = (arg: a.Arg<unknown>, value: unknown): string => {
  try {
    arg.check(value);
  } catch (e) {
    expect(e).toBeInstanceOf(a.ArgumentError);
    return (e as Error).message;
  }
  throw new Error(`accepted: ${JSON.stringify(value)}`);
};

describe('argument schemas', () => {
  test('an identifier is trimmed; anything else is refused with an example, whatever its length', () => {
    const id = a.id('la convention', 'CONV-0001');
    expect(id.check('  CONV-0012 ')).toBe('CONV-0012');
    expect(refusal(id, 12)).toBe('Argument « la convention » : un identifiant comme CONV-0001 attendu, reçu 12.');
    expect(refusal(id, 'CONV-0001; DROP')).toContain('un identifiant comme CONV-0001');
    expect(refusal(id, `CONV-${'1'.repeat(60)}`)).toContain('la convention');
  });

  test('text has a maximum length, and required text may not be blank', () => {
    const t = a.text('le titre', { max: 5, required: true });
    expect(t.check(' abc ')).toBe('abc');
    expect(refusal(t, 'abcdef')).toBe('Argument « le titre » : au plus 5 caractères (reçu 6).');
    expect(refusal(a.text('la note', { max: 2000 }), 'x'.repeat(2001))).toBe('Argument « la note » : au plus 2\u00a0000 caractères (reçu 2\u00a0001).');
    expect(refusal(t, '   ')).toContain('non vide');
    expect(refusal(t, { toString: () => 'x' })).toContain('reçu un objet');
  });

  test('a record takes text, numbers, booleans and empty values only', () => {
    const r = a.record('le partenaire');
    expect(r.check({ name: 'CNJ', alignment: 4, primary: true, notes: null, skipped: undefined })).toEqual({
      name: 'CNJ',
      alignment: 4,
      primary: true,
      notes: null,
    });
    expect(refusal(r, { name: { evil: 1 } })).toBe('Argument « le partenaire », champ « name » : un texte, un nombre ou un booléen attendu, reçu un objet.');
    expect(refusal(r, ['CNJ'])).toContain('une fiche');
    expect(refusal(r, Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`f${i}`, 1])))).toContain('au plus 200');
  });

  test('an object keeps its declared fields only and names the field at fault', () => {
    const o = a.object('la signature', { party: a.oneOf('partie', ['nous', 'partenaire']), note: a.optional(a.text('note', { max: 10 })) });
    expect(o.check({ party: 'nous', extra: 'dropped' })).toEqual({ party: 'nous' });
    expect(o.check({ party: 'partenaire', note: null })).toEqual({ party: 'partenaire' });
    expect(refusal(o, { party: 'eux' })).toBe('Argument « la signature » › « partie » : une valeur parmi : nous, partenaire attendu, reçu « eux ».');
  });

  test('a list has a maximum length and names the item at fault', () => {
    const l = a.list('les adresses', a.email('adresse'), 2);
    expect(l.check([' a@b.org '])).toEqual(['a@b.org']);
    expect(refusal(l, ['a@b.org', 'c@d.org', 'e@f.org'])).toContain('au plus 2 éléments');
    expect(refusal(l, ['a@b.org', 'pas une adresse'])).toBe('Argument « les adresses », élément 2 : une adresse e-mail attendu, reçu « pas une adresse ».');
  });

  test('integers, booleans, dates and column maps are checked', () => {
    expect(refusal(a.integer('la version', 1, 10), 1.5)).toContain('un nombre entier de 1 à 10');
    expect(refusal(a.bool('confirmer'), 'oui')).toContain('vrai ou faux');
    expect(a.date('la date').check('2026-03-12')).toBe('2026-03-12');
    expect(refusal(a.date('la date'), '2026-02-30')).toContain('AAAA-MM-JJ');
    expect(a.dictionary('la correspondance').check({ Nom: 'name', Autre: null })).toEqual({ Nom: 'name', Autre: '' });
    expect(refusal(a.dictionary('la correspondance'), { Nom: 3 })).toContain('texte → texte');
  });
});

describe('entry point declarations', () => {
  const names = Object.keys(API) as EndpointName[];

  test('every argument has a French label and says what is expected', () => {
    for (const name of names) {
      for (const arg of API[name].args) {
        expect(arg.label).toMatch(/^(l[ae'’]|les|un|une) ?/);
        expect(arg.expected.length).toBeGreaterThan(3);
      }
    }
  });

  test('optional arguments come last, so a caller may leave them out', () => {
    for (const name of names) {
      const flags = API[name].args.map((x) => x.optional);
      expect(flags.indexOf(true) === -1 || flags.slice(flags.indexOf(true)).every(Boolean)).toBe(true);
    }
  });

  test('every write a user makes is sent with a request ID, and nothing else is', () => {
    const userWrites = names.filter((name) => API[name].writes === 'write' && 'roles' in API[name].callers);
    expect([...REQUEST_ENDPOINTS].sort()).toEqual(userWrites.sort());
    expect(REQUEST_ENDPOINTS).toEqual(expect.arrayContaining(['logInteraction', 'savePartner', 'setRole', 'sendCampaign', 'submitForValidation']));
  });

  test('the sidebar knows which role may call what, from the same declarations', () => {
    expect(mayCall('savePartner', 'chargé')).toBe(true);
    expect(mayCall('savePartner', 'lecteur')).toBe(false);
    expect(mayCall('searchPartners', 'lecteur')).toBe(true);
    expect(mayCall('setRole', 'chargé')).toBe(false);
    expect(mayCall('runScheduledJobs', 'admin')).toBe(true);
    expect(mayCall('searchPartners', null)).toBe(false);
    expect(mayCall('showHelp', null)).toBe(true);
  });
});
