/**
 * Minutes attached to a convention (PV, note de synthèse, arbitrage): what the schema cannot
 * check in the sidebar's input, and the values a PV or a note's template is filled with.
 */
import type { CheckedParamsOf } from '../contracts/api';
import type { DataRecord } from '../schema/field';
import { text } from '../records/coerce';
import { formatDateFr } from '../format/french';
import { parseFrenchDate } from '../format/local-date';
import type { TemplateData } from '../templates/engine';
import type { TemplateKey } from '../templates/defaults';
import type { AttachmentKind } from './tables';
import type { CheckedDraft } from './convention';

export interface MinutesInput {
  kind: AttachmentKind;
  title: string;
  date: string;
  body: string;
  url: string;
}

/** The date's reading, the link's form, one of link or content. */
export function checkMinutes(o: CheckedParamsOf<'attachMinutes'>[1]): MinutesInput {
  const date = parseFrenchDate(o.date);
  if (!date) throw new Error(`Pièce jointe, champ « Date » : « ${o.date} » n'est pas une date valide (attendu : une date au format JJ/MM/AAAA).`);
  const body = (o.body ?? '').replace(/\r\n?/g, '\n').trim();
  const url = o.url ?? '';
  if (url && !/^https:\/\/\S+$/i.test(url)) throw new Error(`Pièce jointe, champ « Lien » : « ${url} » n'est pas un lien https:// valide.`);
  if (url && body) throw new Error('Pièce jointe : donnez soit un lien vers un fichier existant, soit un contenu pour générer le document, pas les deux.');
  return { kind: o.kind, title: o.title, date, body, url };
}

/** The template a generated PV or note is made from. */
export const minutesTemplate = (kind: AttachmentKind): TemplateKey => (kind === 'PV' ? 'pv' : 'note-synthese');

/** The generated Doc's name: « CONV-0001 — PV — Comité — 12/03/2026 ». */
export const minutesName = (conventionId: string, m: MinutesInput): string => `${conventionId} — ${m.kind} — ${m.title} — ${formatDateFr(m.date)}`;

/** The convention's values with the document's own (type, title, date, content as paragraphs). */
export function minutesData(base: TemplateData, m: MinutesInput): TemplateData {
  return {
    ...base,
    values: {
      ...base.values,
      'document.type': m.kind,
      'document.titre': m.title,
      'document.date': formatDateFr(m.date),
      'document.contenu': m.body.replace(/\n/g, '\r'),
    },
  };
}

/** The convention row as a checked draft (for the convention.* values of a PV or a note). */
export function draftFromRow(row: DataRecord): CheckedDraft {
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    id: text(row.id),
    partnerId: text(row.partnerId),
    opportunityId: text(row.opportunityId),
    type: text(row.type),
    templateKey: 'convention',
    startDate: text(row.startDate),
    endDate: text(row.endDate),
    amount: num(row.amount),
    currency: text(row.currency) || 'XOF',
    inKind: num(row.inKind),
    inKindDescription: text(row.inKindDescription),
    purpose: text(row.purpose),
    amends: text(row.amends),
    commitments: [],
  };
}
