/**
 * Sidebar API: the organisation's document templates (Paramètres › Modèles) — list, create the
 * defaults, check one — and the helpers the conventions API uses to find (or create on first use)
 * a template and read it.
 */
import { makeOnce } from '../../services/drive-files';
import type { TemplateInfo } from '../../domain/contracts';
import { SETTINGS } from '../../domain/schema/tables';
import { checkTemplateDocument } from '../../domain/templates/engine';
import type { TemplateDocument } from '../../domain/templates/model';
import { docUrlOf, TEMPLATE_KEYS, TEMPLATE_SECTION, TEMPLATES, templateIdsFromSettings, type TemplateKey } from '../../domain/templates/defaults';
import { SheetTable } from '../../services/sheet-table';
import { forgetSettings } from '../../services/settings-store';
import { currentRoles } from '../../services/role-store';
import { pacteFolder, teamOf, type Team } from '../../services/drive-folder';
import { createTemplateDoc, readTemplateDocument } from '../../services/docs/template-doc';
import type { StoreContext } from '../../services/store-context';
import { serve } from '../frame/endpoint';

/** Paramètres, read once per request: the template IDs, and where to add a created one. */
interface TemplateStore {
  settings: SheetTable<typeof SETTINGS>;
  ids: Partial<Record<TemplateKey, string>>;
  team: Team;
  /** ID of the Pacte folder, found on first need. */
  root: string | null;
}

export function templateStore_(ctx: StoreContext, settings = SheetTable.open(ctx, SETTINGS)): TemplateStore {
  const rows = settings.all().map((s) => s.record);
  return { settings, ids: templateIdsFromSettings(rows), team: teamOf(currentRoles(ctx), ctx.user), root: null };
}

export function rootFolder_(ctx: StoreContext, store: TemplateStore): string {
  if (!store.root) store.root = pacteFolder(ctx, store.team);
  return store.root;
}

/** The template's Doc ID; a missing one is created in the Pacte folder and recorded in Paramètres › Modèles. */
export function ensureTemplates_(ctx: StoreContext, store: TemplateStore, keys: readonly TemplateKey[]): Record<TemplateKey, string> {
  const missing = keys.filter((k) => !store.ids[k]);
  if (missing.length) {
    const root = rootFolder_(ctx, store);
    const rows = missing.map((k) => {
      const id = makeOnce(ctx, `template:${k}`, root, TEMPLATES[k].docName, () => createTemplateDoc(TEMPLATES[k], root));
      store.ids[k] = id;
      return {
        section: TEMPLATE_SECTION,
        key: TEMPLATES[k].settingsKey,
        value: id,
        note: `Modèle Google Docs « ${TEMPLATES[k].docName} » : modifiez-le librement (champs {{…}}, voir l'aide).`,
      };
    });
    store.settings.insert(rows);
    forgetSettings();
  }
  return store.ids as Record<TemplateKey, string>;
}

/** How a template is named in French messages. */
export function templateLabel_(key: TemplateKey): string {
  return `Le modèle « ${TEMPLATES[key].settingsKey} » (Paramètres › ${TEMPLATE_SECTION})`;
}

export function readTemplate_(key: TemplateKey, id: string): TemplateDocument {
  return readTemplateDocument(id, templateLabel_(key));
}

function info(key: TemplateKey, id: string): TemplateInfo {
  return { key, name: TEMPLATES[key].settingsKey, docId: id, url: docUrlOf(id) };
}

/** The six templates and their Docs ('' when not created yet: they are created on first use). One read of Paramètres. */
export const listTemplates = serve('listTemplates', ({ ctx }) => {
  const ids = templateIdsFromSettings(
    SheetTable.open(ctx, SETTINGS)
      .all()
      .map((s) => s.record),
  );
  return TEMPLATE_KEYS.map((k) => info(k, ids[k] ?? ''));
});

/** Creates the default templates not created yet (Pacte folder, Paramètres › Modèles) and lists them all. */
export const prepareTemplates = serve('prepareTemplates', ({ ctx }) => {
  const ids = ensureTemplates_(ctx, templateStore_(ctx), TEMPLATE_KEYS);
  return TEMPLATE_KEYS.map((k) => info(k, ids[k]));
});

/**
 * Checks a template as it is now in Docs (after the organisation edited it): unknown
 * placeholders, unclosed or mismatched blocks, each with its location. [] when it is fine.
 */
export const checkTemplate = serve('checkTemplate', ({ ctx }, k) => {
  const ids = ensureTemplates_(ctx, templateStore_(ctx), [k]);
  return checkTemplateDocument(readTemplate_(k, ids[k]), TEMPLATES[k].catalogue);
});
