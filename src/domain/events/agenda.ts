/**
 * The « Ordre du jour » template's placeholders and the values an event gives them: title, type,
 * date (in French), time, place, the partners invited and the agenda's items, one per line.
 */
import type { TemplateCatalogue, TemplateData } from '../templates/engine';
import { formatDateFr } from '../format/french';

const v = (name: string, label: string, whenEmpty?: string) => ({ name, label, ...(whenEmpty !== undefined ? { whenEmpty } : {}) });

export const AGENDA_CATALOGUE: TemplateCatalogue = {
  title: 'Ordre du jour',
  values: [
    v('organisation.nom', 'le nom de l’organisation'),
    v('evenement.titre', 'l’intitulé de l’événement'),
    v('evenement.type', 'le type d’événement'),
    v('evenement.date', 'la date de l’événement'),
    v('evenement.heure', 'l’heure', 'heure à préciser'),
    v('evenement.lieu', 'le lieu', 'lieu à préciser'),
    v('evenement.responsable', 'le responsable', '—'),
    v('partenaires', 'les partenaires invités, séparés par des virgules', 'aucun partenaire invité'),
  ],
  conditions: [
    { name: 'points', label: 'au moins un point à l’ordre du jour' },
    { name: 'sans_points', label: 'aucun point à l’ordre du jour' },
  ],
  collections: {
    point: [v('point.numero', 'le numéro du point'), v('point.texte', 'le point de l’ordre du jour')],
  },
};

export interface AgendaFacts {
  organisation: string;
  title: string;
  type: string;
  date: string;
  time: string;
  place: string;
  owner: string;
  partnerNames: readonly string[];
  /** One item per line. */
  items: string;
}

export function agendaData(f: AgendaFacts): TemplateData {
  const items = f.items
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-•*]|\d+[.)])\s*/, '').trim())
    .filter(Boolean);
  return {
    values: {
      'organisation.nom': f.organisation,
      'evenement.titre': f.title,
      'evenement.type': f.type,
      'evenement.date': formatDateFr(f.date),
      'evenement.heure': f.time,
      'evenement.lieu': f.place,
      'evenement.responsable': f.owner,
      partenaires: f.partnerNames.join(', '),
    },
    flags: { points: items.length > 0, sans_points: items.length === 0 },
    collections: { point: items.map((t, i) => ({ 'point.numero': String(i + 1), 'point.texte': t })) },
  };
}
