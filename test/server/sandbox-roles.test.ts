/** The sandbox holds a demo user for every role, and its user menu offers each, named with its role. */
import { createDemoWorkbook } from '../../src/dev/sandbox/demo-workbook';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { framePage } from '../../src/dev/sandbox/frame-page';
import { ROLES } from '../../src/domain/schema/vocabulary';

it('every role (DG and SG included) has a demo user, offered in the user menu with its role', () => {
  const wb = createDemoWorkbook({ partners: [{ name: 'Partenaire démo', type: 'OSC' }] });
  const roles = wb.call('listRoles', [], { user: DEMO_USERS.admin });
  const held = new Map(roles.entries.map((e) => [e.email, e.role]));
  held.set(DEMO_USERS.admin, 'admin');
  expect(ROLES.filter((r) => ![...held.values()].includes(r))).toEqual([]);

  const page = framePage({ title: 'Démo', sheetNames: [], activeSheet: '', rows: [], user: DEMO_USERS.chargee, users: Object.values(DEMO_USERS) });
  const options = [...page.matchAll(/<option value="([^"]+)"[^>]*>([^<]+)<\/option>/g)].map((m) => [m[1], m[2]]);
  expect(options).toEqual(Object.values(DEMO_USERS).map((u) => [u, `${u} (${held.get(u)})`]));
});
