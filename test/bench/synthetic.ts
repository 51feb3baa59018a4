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

const STAGES = ['Cible', 'Contact', 'Note conceptuelle', 'Négociation', 'Signature'];

/** Opportunities spread over the first partners (IDs PAR-0001…), in the open stages. */
export function syntheticOpportunities(n: number, partners: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({
    partnerId: `PAR-${String((i % partners) + 1).padStart(4, '0')}`,
    title: `Projet d'appui n° ${i + 1} à la participation citoyenne des jeunes`,
    stage: STAGES[i % STAGES.length],
    amount: 1_000_000 * ((i % 50) + 1),
    currency: i % 7 === 0 ? 'EUR' : 'XOF',
    probability: 10 + (i % 9) * 10,
    decisionDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
    nextAction: 'Relancer le bailleur',
    nextDue: `2026-0${(i % 9) + 1}-0${(i % 9) + 1}`,
    owner: i % 2 ? 'awa.traore@ajcad-mali.org' : 'moussa.keita@ajcad-mali.org',
    axis: 'Gouvernance et citoyenneté active',
  }));
}

export function syntheticContacts(n: number, partners: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({
    partnerId: `PAR-${String((i % partners) + 1).padStart(4, '0')}`,
    name: `Contact ${i + 1}`,
    role: 'Chargé·e de programme',
    email: `contact${i + 1}@partenaire.org`,
    phone: '+223 76 00 00 00',
  }));
}
