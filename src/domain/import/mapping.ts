/**
 * Which source column feeds which Partenaires field: suggested by folding header text against
 * Pacte's French headers and the synonyms organisations use; the user may override any of it.
 */
import type { FieldSpec } from '../schema/field';
import { PARTNERS } from '../schema/tables';
import { foldText } from '../records/normalise';

/** Fields a user may import (system fields — ID, score, audit — are Pacte's). */
export const IMPORTABLE_FIELDS: readonly FieldSpec[] = (PARTNERS.fields as readonly FieldSpec[]).filter((f) => !f.system);

const SYNONYMS: Record<string, readonly string[]> = {
  name: [
    'nom',
    'organisation',
    'organization',
    'structure',
    'raison sociale',
    'nom de la structure',
    "nom de l'organisation",
    'nom du partenaire',
    'partenaire',
    'denomination',
    'entite',
    'institution',
    'name',
  ],
  acronym: ['sigle', 'acronyme', 'abreviation', 'acronym', 'sigle acronyme'],
  type: ['type', "categorie d'acteur", "type d'acteur", 'type de partenaire', "type d'organisation", 'type de structure', 'typologie', 'nature'],
  category: ['categorie', 'categorie de partenariat', 'categorie de partenaire', 'category'],
  country: ['pays', 'country'],
  region: ['region', 'ville', 'localite', 'localisation', 'zone', 'zone d intervention', 'siege'],
  sectors: [
    'secteurs',
    'secteur',
    'secteur d activite',
    'secteurs d intervention',
    "domaine d'intervention",
    "domaines d'intervention",
    'domaines',
    'thematiques',
  ],
  alignment: ['alignement', 'alignement 0 5'],
  potential: ['potentiel', 'potentiel 0 5'],
  power: ['pouvoir', 'influence'],
  interest: ['interet'],
  stage: ['statut du cycle', 'statut', 'etape', 'stade', 'etape du cycle'],
  owner: ['responsable interne', 'responsable', 'point focal interne', 'charge de partenariat', 'charge e de partenariat', 'suivi par'],
  nextAction: ['prochaine action', 'action suivante'],
  nextDue: ['prochaine echeance', 'echeance'],
  email: ['email', 'e mail', 'courriel', 'mail', 'adresse email', 'adresse e mail', 'adresse electronique'],
  phone: ['telephone', 'tel', 'numero de telephone', 'contact telephonique', 'portable', 'mobile', 'phone'],
  website: ['site web', 'site', 'site internet', 'url', 'web', 'website'],
  notes: ['notes', 'note', 'commentaire', 'commentaires', 'observations', 'remarques'],
};

/** Header text folded for comparison: accents, case, punctuation and "(0-5)"-style hints ignored. */
function foldHeader(text: string): string {
  return foldText(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const LOOKUP: Map<string, string> = (() => {
  const m = new Map<string, string>();
  // Pacte's own headers and keys first, then synonyms: an exact header always wins.
  for (const f of IMPORTABLE_FIELDS) {
    m.set(foldHeader(f.header), f.key);
    m.set(foldHeader(f.key), f.key);
  }
  for (const [key, words] of Object.entries(SYNONYMS)) for (const w of words) if (!m.has(foldHeader(w))) m.set(foldHeader(w), key);
  return m;
})();

/** Source headers made unique and non-empty, as the preview shows them ("Colonne 3", "Nom (2)"). */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const base = h.trim() || `Colonne ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** Source header → field key ('' = ignored). Each field is suggested for one column at most. */
export function suggestMapping(headers: readonly string[]): Record<string, string> {
  const used = new Set<string>();
  const out: Record<string, string> = {};
  for (const h of headers) {
    const key = LOOKUP.get(foldHeader(h)) ?? '';
    out[h] = key && !used.has(key) ? key : '';
    if (out[h]) used.add(key);
  }
  return out;
}

export class MappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MappingError';
  }
}

const fieldLabel = (key: string): string => IMPORTABLE_FIELDS.find((f) => f.key === key)?.header ?? key;

/**
 * The user's choices over the suggestion: headers they did not mention keep the suggestion
 * unless that field is already taken. Unknown headers or fields, and a field fed by two
 * columns, are refused in French.
 */
export function resolveMapping(headers: readonly string[], override?: Record<string, string>): Record<string, string> {
  const suggested = suggestMapping(headers);
  if (!override) return suggested;
  const known = new Set(IMPORTABLE_FIELDS.map((f) => f.key));
  const out: Record<string, string> = {};
  const owner = new Map<string, string>();
  for (const [h, key] of Object.entries(override)) {
    if (!headers.includes(h))
      throw new MappingError(
        `Correspondance des colonnes : la colonne « ${h} » n'existe pas dans la source (colonnes : ${headers.map((x) => `« ${x} »`).join(', ')}).`,
      );
    if (typeof key !== 'string' || (key !== '' && !known.has(key)))
      throw new MappingError(`Correspondance des colonnes : « ${key} » n'est pas un champ de Partenaires que l'on peut importer (colonne « ${h} »).`);
    if (key && owner.has(key))
      throw new MappingError(
        `Correspondance des colonnes : le champ « ${fieldLabel(key)} » est associé à deux colonnes, « ${owner.get(key)} » et « ${h} ». Choisissez-en une.`,
      );
    if (key) owner.set(key, h);
    out[h] = key;
  }
  for (const h of headers) {
    if (h in out) continue;
    const key = suggested[h];
    out[h] = key && !owner.has(key) ? key : '';
    if (out[h]) owner.set(key, h);
  }
  return out;
}

/** Required fields no column feeds, named in French (empty when the mapping is complete). */
export function missingRequired(mapping: Record<string, string>): string[] {
  const mapped = new Set(Object.values(mapping));
  return IMPORTABLE_FIELDS.filter((f) => f.required && !mapped.has(f.key)).map((f) => f.header);
}

/** Why an import with required fields left unmapped creates nothing. */
export function missingMappingMessage(missing: readonly string[]): string {
  return `Import impossible : associez une colonne ${missing.length > 1 ? 'aux champs obligatoires' : 'au champ obligatoire'} ${missing.map((m) => `« ${m} »`).join(', ')}. Rien n'a été importé.`;
}
