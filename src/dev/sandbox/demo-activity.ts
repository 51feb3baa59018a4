/**
 * Demo activity around the demo partners (by acronym): contacts, opportunities in every stage,
 * interactions, conventions and commitments — what a partnerships officer's workbook holds
 * after a few months of use. Dates are around the sandbox's "today" (12 mars 2026).
 */
export const DEMO_CONTACTS: [acronym: string, name: string, role: string, email: string, phone: string][] = [
  ['DUE', 'Claire Dubois', 'Chargée de programme société civile', 'claire.dubois@eeas.europa.eu', '+223 20 70 11 00'],
  ['NL Mali', 'Pieter van Dijk', 'Premier secrétaire gouvernance', 'pieter.vandijk@minbuza.nl', '+223 20 21 56 11'],
  ['AFD', 'Aminata Sow', 'Chargée de projets jeunesse', 'sowa@afd.fr', '+223 20 21 28 42'],
  ['DDC', 'Martin Keller', 'Chargé de programme gouvernance locale', 'martin.keller@eda.admin.ch', '+223 20 21 32 05'],
  ['PNUD', 'Oumar Diallo', 'Spécialiste gouvernance', 'oumar.diallo@undp.org', '+223 20 70 00 50'],
  ['ONU Femmes', 'Fatoumata Coulibaly', 'Chargée leadership féminin', 'fatoumata.coulibaly@unwomen.org', '+223 20 22 42 57'],
  ['OSIWA', 'Ndeye Fall', 'Responsable de programme', 'nfall@osiwa.org', '+221 33 869 10 24'],
  ['NED', 'Sarah Johnson', 'Program Officer West Africa', 'sarahj@ned.org', '+1 202 378 9700'],
  ['Oxfam', 'Ibrahim Maïga', 'Coordinateur gouvernance', 'ibrahim.maiga@oxfam.org', '+223 76 45 12 30'],
  ['CNJ', 'Moussa Traoré', 'Secrétaire général', 'sg@cnj-mali.org', '+223 66 12 34 56'],
  ['CIV', 'Adama Konaté', 'Maire adjoint chargé de la jeunesse', 'adama.konate@communeiv.ml', '+223 76 98 76 54'],
  ['MJS', 'Awa Keïta', 'Directrice nationale de la jeunesse', 'awa.keita@jeunesse.gouv.ml', '+223 20 22 45 67'],
  ['OCLEI', 'Boubacar Cissé', 'Chef de la communication', 'b.cisse@oclei.ml', '+223 20 29 12 12'],
  ['Studio Tamani', 'Mariam Sidibé', 'Rédactrice en chef', 'm.sidibe@studiotamani.org', '+223 65 00 11 22'],
  ['WILDAF', 'Kadiatou Sangaré', 'Coordinatrice', 'coordination@wildaf-mali.org', '+223 76 54 32 10'],
];

export type DemoOpportunity = [acronym: string, title: string, stage: string, amount: number, currency: string, decisionDate: string, nextAction: string, nextDue: string, owner: 'chargee' | 'charge', axis: string];

export const DEMO_OPPORTUNITIES: DemoOpportunity[] = [
  ['DUE', 'Jeunes observateurs des élections locales 2026', 'Négociation', 180_000_000, 'XOF', '2026-05-30', 'Envoyer le budget révisé', '2026-03-10', 'chargee', 'Gouvernance et citoyenneté active'],
  ['NL Mali', 'Redevabilité budgétaire des communes', 'Note conceptuelle', 95_000, 'EUR', '2026-06-15', 'Finaliser la note conceptuelle', '2026-03-16', 'chargee', 'Lutte contre la corruption'],
  ['AFD', 'Incubateur citoyen pour jeunes entrepreneurs', 'Contact', 250_000_000, 'XOF', '2026-09-30', 'Rendez-vous avec la chargée de projets', '2026-03-18', 'charge', 'Leadership des jeunes et des femmes'],
  ['DDC', 'Budgets participatifs à Ségou et Sikasso', 'Signature', 120_000_000, 'XOF', '2026-03-31', 'Faire signer la convention par le DG', '2026-03-13', 'chargee', 'Gouvernance et citoyenneté active'],
  ['PNUD', 'Dialogue intergénérationnel pour la paix', 'Cible', 60_000_000, 'XOF', '2026-10-31', 'Identifier le point focal', '2026-04-02', 'charge', 'Cohésion sociale et paix'],
  ['ONU Femmes', 'Femmes leaders dans les conseils communaux', 'Négociation', 75_000_000, 'XOF', '2026-04-30', 'Atelier de co-construction', '2026-03-20', 'chargee', 'Leadership des jeunes et des femmes'],
  ['OSIWA', 'Observatoire citoyen de la redevabilité (phase 2)', 'Signée', 48_000_000, 'XOF', '2026-02-15', '', '', 'chargee', 'Lutte contre la corruption'],
  ['NED', 'Clubs citoyens dans les lycées', 'Note conceptuelle', 85_000, 'USD', '2026-07-01', 'Soumettre sur le portail NED', '2026-03-09', 'chargee', 'Gouvernance et citoyenneté active'],
  ['FOM', 'Caravane numérique citoyenne', 'Contact', 15_000_000, 'XOF', '2026-06-30', 'Relancer par téléphone', '2026-03-05', 'charge', 'Accès aux services sociaux de base'],
  ['Oxfam', 'Suivi citoyen des services sociaux de base', 'Abandonnée', 30_000_000, 'XOF', '2026-01-31', '', '', 'charge', 'Accès aux services sociaux de base'],
  ['GIZ', 'Appui à la décentralisation : jeunes et conseils de cercle', 'Cible', 0, 'XOF', '2026-12-31', 'Cartographier les programmes GIZ', '2026-03-27', 'charge', 'Développement organisationnel'],
  ['Orange Mali', 'Parrainage RSE des OpenDays', 'Refusée', 5_000_000, 'XOF', '2026-02-28', '', '', 'charge', 'Développement organisationnel'],
];

export const DEMO_OPPORTUNITY_REASONS: Record<string, string> = {
  'Suivi citoyen des services sociaux de base': 'Fin du programme Oxfam au Mali',
  'Parrainage RSE des OpenDays': 'Budget RSE 2026 déjà engagé',
};

export const DEMO_INTERACTIONS: [acronym: string, date: string, type: string, summary: string, decisions: string, nextSteps: string, nextDue: string][] = [
  ['DUE', '2026-02-24', 'Rendez-vous', 'Présentation du projet d’observation électorale aux chargés de programme.', 'La DUE demande un budget révisé sous 15 jours.', 'Envoyer le budget révisé', '2026-03-10'],
  ['DDC', '2026-03-02', 'Atelier', 'Atelier de validation du cadre logique avec les communes.', 'Cadre logique validé ; convention en préparation.', 'Faire signer la convention par le DG', '2026-03-13'],
  ['ONU Femmes', '2026-03-04', 'Appel', 'Point téléphonique sur le calendrier.', '', 'Atelier de co-construction', '2026-03-20'],
  ['CNJ', '2026-02-10', 'Représentation', 'Participation au forum national de la jeunesse.', 'Accord de principe pour un protocole d’accord.', 'Rédiger le projet de MoU', '2026-03-25'],
  ['OSIWA', '2026-01-20', 'Mission', 'Mission de suivi à Bamako : revue du rapport narratif.', 'Rapport validé, phase 2 signée.', '', ''],
  ['CIV', '2026-03-06', 'Rendez-vous', 'Rencontre avec le maire adjoint sur les budgets participatifs.', '', 'Envoyer la note de présentation', '2026-03-16'],
];
