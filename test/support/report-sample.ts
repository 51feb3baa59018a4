/** A sample report with two tables, one chart and an empty section (report publishing and rendering tests). */
import { bullets, chart, heading, paragraph, section, table, type ReportDocument } from '../../src/domain/reports/document';

export const REPORT_SAMPLE: ReportDocument = {
  title: {
    title: 'Rapport mensuel des partenariats',
    subtitle: 'Ressources, engagements et alertes',
    organisation: 'AJCAD Mali',
    period: 'mars 2026',
    date: '1er avril 2026',
    author: 'Awa Traoré',
  },
  blocks: [
    ...section('1. Synthèse', [
      paragraph('Les ressources mobilisées atteignent **45 %** de l’objectif annuel, en hausse de 12 points.'),
      bullets(['Trois conventions signées, dont **une** avec un bailleur institutionnel.', 'Deux engagements échus, dont un en retard.']),
    ]),
    ...section('2. Ressources mobilisées', [
      table({
        caption: 'Ressources mobilisées par partenaire',
        header: ['Partenaire', 'Type', 'Montant'],
        rows: [
          ['Fondation pour la jeunesse sahélienne', 'Fondation', '6 250 000 FCFA'],
          ['Ambassade des Pays-Bas', 'Bailleur', '3 500 000 FCFA'],
          ['Mairie de Mopti', 'Collectivité', '750 000 FCFA'],
        ],
        align: ['left', 'left', 'right'],
      }),
      heading(2, 'Par axe stratégique'),
      chart({
        caption: 'Ressources mobilisées par axe (FCFA)',
        chart: 'column',
        categories: ['Jeunesse', 'Paix', 'Gouvernance'],
        series: [
          { name: 'Reçu', values: [6250000, 3500000, 750000] },
          { name: 'Promis', values: [2000000, 1000000, 0] },
        ],
      }),
    ]),
    ...section('3. Engagements', [
      table({
        caption: 'Engagements échus',
        header: ['Engagement', 'Partie', 'Échéance', 'État'],
        rows: [
          ['Rapport intermédiaire', 'Nous', '15 mars 2026', 'En retard'],
          ['Seconde tranche', 'Partenaire', '31 mars 2026', 'Réalisé'],
        ],
        tones: ['red', null],
      }),
    ]),
    ...section('4. Alertes', [], 'Aucune alerte ce mois-ci.'),
  ],
};
