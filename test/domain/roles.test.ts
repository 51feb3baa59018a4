/** The role table: validated changes, never without an admin, robust to a tampered stored value. */
import { parseRoleTable, roleEntries, roleViewRows, withoutRole, withRole } from '../../src/domain/settings/roles';

const table = { 'dg@org.ml': 'admin', 'awa@org.ml': 'chargé' } as const;

describe('role changes', () => {
  it('gives a role to a well-formed address, lower-cased, and says what it was', () => {
    expect(withRole(table, '  Moussa@Org.ML ', 'Lecteur')).toEqual({
      table: { ...table, 'moussa@org.ml': 'lecteur' },
      email: 'moussa@org.ml',
      before: null,
      role: 'lecteur',
    });
    expect(withRole(table, 'awa@org.ml', 'admin').before).toBe('chargé');
  });

  it('refuses an address that is not one, or an unknown role, in French naming the field', () => {
    expect(() => withRole(table, 'Awa <awa@org.ml>', 'lecteur')).toThrow("Adresse e-mail : « Awa <awa@org.ml> » n'est pas une adresse valide.");
    expect(() => withRole(table, 'a@b.org, c@d.org', 'lecteur')).toThrow("n'est pas une adresse valide");
    expect(() => withRole(table, 'a@b.org', 'président')).toThrow("Rôle : choisissez l'un des rôles admin, chargé, juridique, DAF, DG, SG, lecteur.");
  });

  it('never removes or demotes the last admin', () => {
    expect(() => withoutRole(table, 'dg@org.ml')).toThrow("dg@org.ml est le dernier admin de Pacte : nommez d'abord un autre admin");
    expect(() => withRole(table, 'dg@org.ml', 'lecteur')).toThrow('dernier admin');
    const two = withRole(table, 'awa@org.ml', 'admin').table;
    expect(withoutRole(two, 'dg@org.ml').table).toEqual({ 'awa@org.ml': 'admin' });
    expect(() => withoutRole(table, 'x@org.ml')).toThrow("x@org.ml n'a pas de rôle dans Pacte : rien à retirer.");
  });
});

describe('stored table and its view', () => {
  it('drops from a tampered value whatever is not an address with a known role', () => {
    expect(parseRoleTable('{"dg@org.ml":"admin","moi":"admin","x@y.org":"roi","__proto__":"admin"}')).toEqual({ 'dg@org.ml': 'admin' });
    expect(parseRoleTable('pas du JSON')).toEqual({});
    expect(parseRoleTable('["dg@org.ml"]')).toEqual({});
  });

  it('shows the table by role, then address, marked read-only', () => {
    const t = { 'zoe@org.ml': 'lecteur', 'b@org.ml': 'admin', 'a@org.ml': 'lecteur' } as const;
    expect(roleEntries(t).map((e) => e.email)).toEqual(['b@org.ml', 'a@org.ml', 'zoe@org.ml']);
    expect(roleViewRows(t)[0]).toMatchObject({ section: 'Rôles', key: 'b@org.ml', value: 'admin', note: expect.stringContaining('Lecture seule') });
  });
});
