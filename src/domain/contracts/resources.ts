/** The register's vocabularies, for the sidebar's form (which imports the shared contracts only). */
export { IN_KIND_CATEGORIES, RESOURCE_STATUSES } from '../resources/tables';
