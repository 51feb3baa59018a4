/**
 * A dossier kit's three template Docs: those Paramètres › Kits de dossier names, the others created
 * on first use in the Pacte folder (once per request) and recorded in a new row of the kit; each
 * read and checked before any dossier file is made.
 */
import { KITS_SECTION, KIT_DOCS, KIT_DOC_LABELS, kitComment, kitsFromSettings, type Kit, type KitDoc } from '../../domain/dossiers/kits';
import { CATALOGUES, dossierTemplate } from '../../domain/dossiers/templates';
import { SETTINGS } from '../../domain/schema/tables';
import { checkTemplateDocument, problemsMessage } from '../../domain/templates/engine';
import type { TemplateDocument } from '../../domain/templates/model';
import type { Ports } from '../ports';

export const settingsRows = (ports: Ports) =>
  ports.store
    .table(SETTINGS)
    .all()
    .map((s) => s.record);

export const allKits = (ports: Ports): Kit[] => kitsFromSettings(settingsRows(ports));

const label = (kit: Kit, doc: KitDoc): string => `Le modèle « ${KIT_DOC_LABELS[doc]} » du kit « ${kit.name} » (Paramètres › ${KITS_SECTION})`;

export interface KitTemplate {
  id: string;
  template: TemplateDocument;
  what: string;
}

export function kitTemplates(ports: Ports, kit: Kit): Record<KitDoc, KitTemplate> {
  const missing = KIT_DOCS.filter((d) => !kit.templates[d]);
  if (missing.length) {
    const root = ports.documents.pacteFolder();
    const made: Partial<Record<KitDoc, string>> = {};
    for (const d of missing) {
      const def = dossierTemplate(kit.name, kit.base, d);
      made[d] = ports.documents.makeOnce(`dossier-template:${kit.name}:${d}`, root, def.docName, () => ports.dossierFiles.createTemplate(def, root));
    }
    Object.assign(kit.templates, made);
    ports.store.table(SETTINGS).insert([{ section: KITS_SECTION, key: kit.name, value: kit.funderTypes.join(', '), note: kitComment(kit.templates) }]);
  }
  const out = {} as Record<KitDoc, KitTemplate>;
  for (const d of KIT_DOCS) {
    const id = kit.templates[d]!;
    const what = label(kit, d);
    const template = ports.documents.readTemplate(id, what);
    const problems = checkTemplateDocument(template, CATALOGUES[d]);
    if (problems.length) throw new Error(`${what} : ${problemsMessage(CATALOGUES[d], problems)}`);
    out[d] = { id, template, what };
  }
  return out;
}
