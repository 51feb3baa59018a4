/** Generated partners for benchmarks: varied, valid, and as long as real entries. */
import { PARTNER_CATEGORIES, PARTNER_TYPES } from '../../src/domain/schema/vocabulary';

const REGIONS = ['Bamako', 'Kayes', 'Koulikoro', 'Sikasso', 'Ségou', 'Mopti', 'Tombouctou', 'Gao', 'Kidal', 'Ménaka', 'Taoudénit'];

export function syntheticPartners(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `Organisation partenaire n° ${i + 1} pour la jeunesse et la citoyenneté`,
    acronym: `OP${i + 1}`,
    type: PARTNER_TYPES[i % PARTNER_TYPES.length],
    category: PARTNER_CATEGORIES[i % PARTNER_CATEGORIES.length],
    country: 'Mali',
    region: REGIONS[i % REGIONS.length],
    sectors: 'Gouvernance, jeunesse',
    alignment: i % 6,
    potential: (i * 7) % 6,
    power: ['Faible', 'Moyen', 'Élevé'][i % 3],
    interest: ['Élevé', 'Moyen', 'Faible'][i % 3],
    stage: 'Identification',
    owner: 'awa.traore@ajcad-mali.org',
    nextAction: 'Relancer pour un rendez-vous',
    nextDue: `2026-0${(i % 9) + 1}-1${i % 10}`,
  }));
}
