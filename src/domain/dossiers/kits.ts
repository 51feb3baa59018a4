/**
 * Dossier kits: the templates of one funder type. Four ship with Pacte; the organisation adds its
 * own, or points a kit at its own template Docs, in Paramètres › Kits de dossier, one row a kit:
 *
 * | Clé | Valeur | Commentaire |
 * | --- | --- | --- |
 * | the kit's name (« Fonds mondial ») | the partner types it serves, separated by commas (« PTF / bailleur, Institution publique ») | its template Docs: « Note conceptuelle : <ID ou lien du Doc> ; Cadre logique : <ID> ; Analyse des risques : <ID> » |
 *
 * A template left out of the comment is created on first use (from the same default kit, or the
 * institutional donors' one for a kit of the organisation's own) and its ID added in a new row of
 * the kit — the last non-empty mention of a template wins. A default kit gets its row the first
 * time it is used, so the format is there to copy. The budget and the implementation plan are
 * Sheets Pacte writes itself (dossiers/budget.ts, dossiers/plan.ts): a kit chooses the budget's
 * categories and the logframe's extra columns through its base kit.
 */
import { foldText } from '../records/normalise';

export const KITS_SECTION = 'Kits de dossier';

export type BaseKit = 'institutionnel' | 'fondation' | 'onu' | 'rse';
export type KitDoc = 'note' | 'cadre' | 'risques';
export const KIT_DOCS: readonly KitDoc[] = ['note', 'cadre', 'risques'];
/** How each template is named in the kit's comment. */
export const KIT_DOC_LABELS: Readonly<Record<KitDoc, string>> = { note: 'Note conceptuelle', cadre: 'Cadre logique', risques: 'Analyse des risques' };

export interface Kit {
  name: string;
  /** Partner types the kit is chosen for. */
  funderTypes: string[];
  base: BaseKit;
  /** Template Doc IDs named in Paramètres (the others are created on first use). */
  templates: Partial<Record<KitDoc, string>>;
}

export const DEFAULT_KITS: readonly Kit[] = [
  {
    name: 'Bailleur institutionnel (UE, AFD…)',
    funderTypes: ['PTF / bailleur', 'Institution publique', 'Collectivité territoriale'],
    base: 'institutionnel',
    templates: {},
  },
  { name: 'Fondation', funderTypes: ['Fondation'], base: 'fondation', templates: {} },
  { name: 'Agence des Nations unies', funderTypes: ['Agence des Nations unies'], base: 'onu', templates: {} },
  { name: 'Secteur privé / RSE', funderTypes: ['Secteur privé'], base: 'rse', templates: {} },
];

const fold = (s: unknown): string =>
  foldText(String(s ?? ''))
    .replace(/[’']/g, "'")
    .trim();

/** « Note conceptuelle : 1AbC ; Cadre logique : https://docs.google.com/document/d/2XyZ/edit » → IDs by template. */
export function parseKitTemplates(comment: string): Partial<Record<KitDoc, string>> {
  const out: Partial<Record<KitDoc, string>> = {};
  for (const part of comment.split(/[;\n]/)) {
    const at = part.indexOf(':');
    if (at < 0) continue;
    const label = fold(part.slice(0, at));
    const doc = KIT_DOCS.find((d) => fold(KIT_DOC_LABELS[d]) === label);
    const value = part.slice(at + 1).trim();
    if (!doc || !value) continue;
    out[doc] = /\/d\/([A-Za-z0-9_-]+)/.exec(value)?.[1] ?? value;
  }
  return out;
}

export const kitComment = (templates: Partial<Record<KitDoc, string>>): string =>
  KIT_DOCS.filter((d) => templates[d])
    .map((d) => `${KIT_DOC_LABELS[d]} : ${templates[d]}`)
    .join(' ; ');

/** The kits: the defaults, then the rows of Paramètres › Kits de dossier (a row naming a default kit completes it). */
export function kitsFromSettings(rows: readonly { section?: unknown; key?: unknown; value?: unknown; note?: unknown }[]): Kit[] {
  const kits = DEFAULT_KITS.map((k) => ({ ...k, funderTypes: [...k.funderTypes], templates: {} as Kit['templates'] }));
  for (const r of rows) {
    if (fold(r.section) !== fold(KITS_SECTION)) continue;
    const name = String(r.key ?? '').trim();
    if (!name) continue;
    let kit = kits.find((k) => fold(k.name) === fold(name));
    if (!kit) kits.push((kit = { name, funderTypes: [], base: 'institutionnel', templates: {} }));
    const types = String(r.value ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    if (types.length) kit.funderTypes = types;
    Object.assign(kit.templates, parseKitTemplates(String(r.note ?? '')));
  }
  return kits;
}

/** United Nations agencies are « PTF / bailleur » in Partenaires: their names tell them apart. */
const UN_NAME = /\b(nations unies|onu|pnud|undp|unicef|unesco|unfpa|fao|oms|who|hcr|unhcr|pam|wfp|onusida|unops|onu femmes|un women|oim|iom)\b/;

/**
 * The kit for a partner: the organisation's own kits first (a type they name wins over the
 * defaults), then a United Nations agency by its name or acronym, then the default kit of its type;
 * the institutional donors' kit when none fits.
 */
export function kitFor(kits: readonly Kit[], partner: { type?: unknown; name?: unknown; acronym?: unknown }): Kit {
  const type = fold(partner.type);
  const own = kits.slice(DEFAULT_KITS.length).find((k) => k.funderTypes.some((t) => fold(t) === type));
  if (own) return own;
  const defaults = kits.slice(0, DEFAULT_KITS.length);
  if (UN_NAME.test(`${fold(partner.name)} ${fold(partner.acronym)}`)) return defaults.find((k) => k.base === 'onu')!;
  return defaults.find((k) => k.funderTypes.some((t) => fold(t) === type)) ?? defaults[0];
}
