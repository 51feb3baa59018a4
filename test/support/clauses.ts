/** A convention template's added text: three dated obligations and a closing formula that is none. */
export const CLAUSES = [
  'Le Partenaire versera une première tranche de 5 000 000 FCFA au plus tard le 30 avril 2026.',
  'Le Partenaire s’engage à produire un rapport narratif et financier trimestriel.',
  'L’Organisation s’engage à transmettre le chronogramme des activités dans un délai de 30 jours à compter de la signature.',
  'Fait à Bamako le 12 mars 2026.',
];
