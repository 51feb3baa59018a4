import { HELP_VIEWS, PAGE_VIEWS, VIEW_HELP, type HelpView } from './view-help';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One view of the sidebar: what it is for, then its usual steps. */
const viewSection = (view: HelpView): string => {
  const help = VIEW_HELP[view];
  return `<h4>${escape(help.title)}</h4>\n<p>${escape(help.summary)}</p>\n<ul>${help.steps.map((s) => `<li>${escape(s)}</li>`).join('')}</ul>`;
};

/** The help dialog's content: static French text (no user data is ever inserted here), every view of the sidebar included. */
export const HELP_HTML = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
body{font:13px/1.5 Roboto,Arial,sans-serif;color:#202124;margin:0 4px}h3{font-size:14px;margin:14px 0 4px}h4{font-size:13px;margin:10px 0 2px}p{margin:2px 0}ul{margin:2px 0;padding-left:20px}li{margin:2px 0}
</style></head><body>
<h3>Premiers pas</h3>
<ol>
<li><b>Initialiser le classeur</b> crée les feuilles de Pacte (Partenaires, Contacts, Opportunités, Interactions, Analyses, Conventions, Engagements…). La personne qui l'exécute en premier devient administratrice.</li>
<li><b>Configuration</b> ouvre la feuille Paramètres : attribuez un rôle à chaque collègue (admin, chargé, juridique, DAF, DG, SG, lecteur), adaptez les axes stratégiques et les pondérations du score de priorité.</li>
<li><b>Ouvrir Pacte</b> affiche la barre latérale : partenaires, pipeline, conventions, enquêtes, « Ma semaine », cartographie et import.</li>
</ol>
<h3>Les vues de la barre latérale</h3>
${[...HELP_VIEWS, ...PAGE_VIEWS].map(viewSection).join('\n')}
<h3>Bon à savoir</h3>
<ul>
<li>Vous pouvez trier, filtrer, masquer ou déplacer les colonnes et ajouter les vôtres : Pacte retrouve ses colonnes par leur titre.</li>
<li>Ne renommez pas les titres des colonnes de Pacte ; si une colonne a disparu, relancez « Initialiser le classeur ».</li>
<li>Chaque création et modification est tracée dans la feuille Journal (qui, quand, avant → après).</li>
<li>Dates au format JJ/MM/AAAA, montants en FCFA (1 EUR = 655,957 FCFA).</li>
</ul>
</body></html>`;
