/** The role use cases (src/app/roles.ts) with a fake role table: changes saved and journaled, the last admin kept. */
import type { Ports } from '../../src/app/ports';
import type { RoleChange } from '../../src/app/ports/role-table';
import type { RoleTable } from '../../src/domain/settings/roles';
import { MemoryStore } from '../../src/store/memory-store';
import { listRoles, removeRole, setRole } from '../../src/app/roles';

const ADMIN = 'admin@amade.org';

function withTable(initial: RoleTable) {
  const saved: { table: RoleTable; changes: readonly RoleChange[] }[] = [];
  let table = initial;
  const roleTable = {
    current: () => table,
    save(next: RoleTable, changes: readonly RoleChange[]) {
      table = next;
      saved.push({ table: next, changes });
    },
  };
  const ports = { store: new MemoryStore({ user: 'Admin@amade.org' }), roleTable } as Partial<Ports> as Ports;
  return { ports, saved, table: () => table };
}

it('lists the table sorted by role, with the caller in lower case', () => {
  const { ports } = withTable({});
  const list = listRoles(ports, { 'zoe@amade.org': 'chargé', [ADMIN]: 'admin' });
  expect(list.entries).toEqual([
    { email: ADMIN, role: 'admin' },
    { email: 'zoe@amade.org', role: 'chargé' },
  ]);
  expect(list.you).toBe(ADMIN);
});

it('gives a role, then changes it, each saved with its Journal line', () => {
  const { ports, saved } = withTable({ [ADMIN]: 'admin' });
  setRole(ports, 'Awa@amade.org', 'lecteur');
  const list = setRole(ports, 'awa@amade.org', 'chargé');
  expect(list.entries).toContainEqual({ email: 'awa@amade.org', role: 'chargé' });
  expect(saved.map((s) => s.changes)).toEqual([
    [{ email: 'awa@amade.org', action: 'rôle attribué', before: '', after: 'lecteur' }],
    [{ email: 'awa@amade.org', action: 'rôle modifié', before: 'lecteur', after: 'chargé' }],
  ]);
});

it('the same role again saves nothing', () => {
  const { ports, saved } = withTable({ [ADMIN]: 'admin', 'awa@amade.org': 'chargé' });
  setRole(ports, 'awa@amade.org', 'chargé');
  expect(saved).toEqual([]);
});

it('keeps the last admin: neither demoted nor removed, nothing saved', () => {
  const { ports, saved } = withTable({ [ADMIN]: 'admin', 'awa@amade.org': 'chargé' });
  const lastAdmin = `${ADMIN} est le dernier admin de Pacte : nommez d'abord un autre admin, sinon plus personne ne pourrait gérer les rôles.`;
  expect(() => setRole(ports, ADMIN, 'chargé')).toThrow(lastAdmin);
  expect(() => removeRole(ports, ADMIN)).toThrow(lastAdmin);
  expect(saved).toEqual([]);
});

it('removes a role once; a second click finds it gone and saves nothing', () => {
  const { ports, saved, table } = withTable({ [ADMIN]: 'admin', 'awa@amade.org': 'chargé' });
  removeRole(ports, 'awa@amade.org');
  removeRole(ports, 'awa@amade.org');
  expect(table()).toEqual({ [ADMIN]: 'admin' });
  expect(saved.map((s) => s.changes)).toEqual([[{ email: 'awa@amade.org', action: 'rôle retiré', before: 'chargé', after: '' }]]);
});
