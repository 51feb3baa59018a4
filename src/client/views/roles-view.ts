/** « Rôles » (admin): who may do what in Pacte. The only place roles change; Paramètres › Rôles shows them read-only. */
import { pick } from '../../domain/contracts/args';
import { ROLES } from '../../domain/schema/vocabulary';
import type { View } from './mount';
import type { callServer } from '../server-api';
import { el } from '../dom';
import { runAction } from '../action';

type RoleList = Awaited<ReturnType<typeof callServer<'listRoles'>>>;

export async function mountRoles(view: View): Promise<void> {
  const list = el('ul', { className: 'plain', attrs: { 'data-testid': 'roles' } });
  const email = el('input', { attrs: { name: 'email', type: 'email', 'aria-label': 'Adresse e-mail', placeholder: 'prenom.nom@organisation.org' } });
  const role = el('select', { attrs: { name: 'role', 'aria-label': 'Rôle' } });
  const add = el('button', { className: 'primary', text: 'Attribuer', attrs: { type: 'button', 'data-action': 'set-role', 'data-endpoint': 'setRole' } });
  view.container.append(
    view.heading('Rôles'),
    el('p', { className: 'muted', text: 'Un changement compte dès la prochaine action de la personne. Il reste toujours au moins un admin.' }),
    list,
    el('label', { className: 'field' }, [el('span', { className: 'label', text: 'Adresse e-mail' }), email]),
    el('label', { className: 'field' }, [el('span', { className: 'label', text: 'Rôle' }), role]),
    add,
  );
  const render = (r: RoleList) => {
    role.replaceChildren(...r.roles.map((name) => el('option', { text: name, attrs: { value: name } })));
    list.replaceChildren(
      ...r.entries.map((e) => {
        const remove = el('button', {
          text: 'Retirer',
          attrs: { type: 'button', 'data-action': 'remove-role', 'data-endpoint': 'removeRole', 'aria-label': `Retirer le rôle de ${e.email}` },
        });
        remove.addEventListener(
          'click',
          () => void runAction(remove, async () => done(await view.call('removeRole', e.email), `Rôle de ${e.email} retiré.`), { busy: 'Retrait…' }),
        );
        return el('li', {}, [el('strong', { text: e.role }), el('span', { text: ` ${e.email}${e.email === r.you ? ' (vous)' : ''} ` }), remove]);
      }),
    );
  };
  const done = (r: RoleList, message: string) => {
    render(r);
    view.notify(message);
  };
  add.addEventListener(
    'click',
    () =>
      void runAction(
        add,
        async () => {
          const chosen = pick(ROLES, role.value);
          if (!chosen) throw new Error(`Choisissez un rôle parmi : ${ROLES.join(', ')}.`);
          done(await view.call('setRole', email.value, chosen), `${email.value.trim()} : rôle ${chosen}.`);
          email.value = '';
        },
        { busy: 'Attribution…' },
      ),
  );
  render(await view.call('listRoles'));
}
