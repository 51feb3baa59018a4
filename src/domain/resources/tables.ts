/**
 * « Ressources »: each contribution a partner pledged or handed over — cash in its currency, or in
 * kind valued in FCFA with the grid of Paramètres › Valorisation — linked to its partner, its
 * convention or opportunity, and a strategic axis. Rows fed from conventions and signed
 * opportunities carry their source, so the register never counts one contribution twice.
 */
import { defineTable, withInputLimits } from '../schema/field';
import { CURRENCIES, RESOURCE_KINDS } from '../schema/vocabulary';

export const RESOURCE_STATUSES = ['Promise', 'Reçue'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

/** What an in-kind contribution is, each valued by its line of Paramètres › Valorisation. */
export const IN_KIND_CATEGORIES = ['Temps de personnel', 'Locaux', 'Équipement', 'Médias', 'Transport', 'Autre'] as const;

export const RESOURCES = defineTable(
  'resources',
  'Ressources',
  'RES',
  withInputLimits([
    { key: 'partnerId', header: 'ID partenaire', type: 'ref', ref: 'partners', required: true },
    { key: 'date', header: 'Date', type: 'date', required: true },
    { key: 'kind', header: 'Nature', type: 'enum', values: RESOURCE_KINDS, required: true },
    { key: 'label', header: 'Libellé', type: 'text', maxLength: 500 },
    { key: 'amount', header: 'Montant', type: 'money', min: 0, required: true },
    { key: 'currency', header: 'Devise', type: 'currency', values: CURRENCIES },
    { key: 'partnerName', header: 'Partenaire', type: 'text', system: true, addedLater: true },
    { key: 'status', header: 'Statut', type: 'enum', values: RESOURCE_STATUSES, addedLater: true },
    { key: 'conventionId', header: 'ID convention', type: 'ref', ref: 'conventions', addedLater: true },
    { key: 'opportunityId', header: 'ID opportunité', type: 'ref', ref: 'opportunities', addedLater: true },
    { key: 'axis', header: 'Axe stratégique', type: 'text', addedLater: true },
    { key: 'inKindCategory', header: 'Catégorie (en nature)', type: 'enum', values: IN_KIND_CATEGORIES, addedLater: true },
    // Units of the valuation grid's line (days of staff time, days of a venue, km…), when valued by it.
    { key: 'quantity', header: 'Quantité', type: 'number', min: 0, addedLater: true },
    // The amount in FCFA at the rate of its date, written with the row so reports never re-convert old rows.
    { key: 'amountXof', header: 'Montant (FCFA)', type: 'money', system: true, addedLater: true },
    // « Convention CONV-3 », « Opportunité OPP-2 » or empty when typed by hand: the row's origin.
    { key: 'source', header: 'Source', type: 'text', system: true, addedLater: true },
    { key: 'archivedAt', header: 'Archivé le', type: 'datetime', system: true, addedLater: true },
  ]),
);
