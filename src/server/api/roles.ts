/** Sidebar API, admin only: the role table. Workflows in src/app/roles.ts. */
import * as roles from '../../app/roles';
import { serve } from '../frame/endpoint';

export const listRoles = serve('listRoles', ({ ports, settings }) => roles.listRoles(ports, settings.roles));

export const setRole = serve('setRole', ({ ports }, email, role) => roles.setRole(ports, email, role));

export const removeRole = serve('removeRole', ({ ports }, email) => roles.removeRole(ports, email));
