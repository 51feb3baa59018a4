/** Sidebar API: the organisation's document templates (Paramètres › Modèles) — list, create the defaults, check one. */
import { checkTemplate as check, listTemplates as list, prepareTemplates as prepare } from '../../app/conventions/templates';
import { serve } from '../frame/endpoint';

export const listTemplates = serve('listTemplates', ({ ports }) => list(ports));
export const prepareTemplates = serve('prepareTemplates', ({ ports }) => prepare(ports));
export const checkTemplate = serve('checkTemplate', ({ ports }, key) => check(ports, key));
