/**
 * The organisation's document templates (Paramètres › Modèles): list, create the defaults, check
 * one — and, for the conventions' use cases, find (or create on first use) a template and read it.
 */
import type { TemplateInfo, TemplateProblem } from '../../domain/contracts';
import type { Row } from '../../domain/schema/field';
import { SETTINGS } from '../../domain/schema/tables';
import { checkTemplateDocument } from '../../domain/templates/engine';
import type { TemplateDocument } from '../../domain/templates/model';
import { docUrlOf, TEMPLATE_KEYS, TEMPLATE_SECTION, TEMPLATES, templateIdsFromSettings, type TemplateKey } from '../../domain/templates/defaults';
import type { Ports } from '../ports';

/** How a template is named in French messages. */
export const templateLabel = (key: TemplateKey): string => `Le modèle « ${TEMPLATES[key].settingsKey} » (Paramètres › ${TEMPLATE_SECTION})`;

/** Paramètres as read once for a request: its rows (organisation's details) and the templates' IDs. */
export interface TemplateSettings {
  rows: Row<typeof SETTINGS>[];
  ids: Partial<Record<TemplateKey, string>>;
}

export function templateSettings(ports: Ports): TemplateSettings {
  const rows = ports.store
    .table(SETTINGS)
    .all()
    .map((s) => s.record);
  return { rows, ids: templateIdsFromSettings(rows) };
}

/** The templates' Doc IDs; a missing one is created in the Pacte folder and recorded in Paramètres › Modèles. */
export function ensureTemplates(ports: Ports, t: TemplateSettings, keys: readonly TemplateKey[]): Record<TemplateKey, string> {
  const missing = keys.filter((k) => !t.ids[k]);
  if (missing.length) {
    const root = ports.documents.pacteFolder();
    const rows = missing.map((k) => {
      const id = ports.documents.makeOnce(`template:${k}`, root, TEMPLATES[k].docName, () => ports.documents.createTemplate(TEMPLATES[k], root));
      t.ids[k] = id;
      return {
        section: TEMPLATE_SECTION,
        key: TEMPLATES[k].settingsKey,
        value: id,
        note: `Modèle Google Docs « ${TEMPLATES[k].docName} » : modifiez-le librement (champs {{…}}, voir l'aide).`,
      };
    });
    ports.store.table(SETTINGS).insert(rows);
  }
  return t.ids as Record<TemplateKey, string>;
}

export const readTemplate = (ports: Ports, key: TemplateKey, id: string): TemplateDocument => ports.documents.readTemplate(id, templateLabel(key));

const info = (key: TemplateKey, id: string): TemplateInfo => ({ key, name: TEMPLATES[key].settingsKey, docId: id, url: docUrlOf(id) });

/** The templates and their Docs ('' when not created yet: they are created on first use). One read of Paramètres. */
export function listTemplates(ports: Ports): TemplateInfo[] {
  const { ids } = templateSettings(ports);
  return TEMPLATE_KEYS.map((k) => info(k, ids[k] ?? ''));
}

/** Creates the default templates not created yet (Pacte folder, Paramètres › Modèles) and lists them all. */
export function prepareTemplates(ports: Ports): TemplateInfo[] {
  const ids = ensureTemplates(ports, templateSettings(ports), TEMPLATE_KEYS);
  return TEMPLATE_KEYS.map((k) => info(k, ids[k]));
}

/**
 * Checks a template as it is now in Docs (after the organisation edited it): unknown
 * placeholders, unclosed or mismatched blocks, each with its location. [] when it is fine.
 */
export function checkTemplate(ports: Ports, key: TemplateKey): TemplateProblem[] {
  const ids = ensureTemplates(ports, templateSettings(ports), [key]);
  return checkTemplateDocument(readTemplate(ports, key, ids[key]), TEMPLATES[key].catalogue);
}
