/** What a new partner starts with: the fiche's prefilled values, and what an import gives a partner whose file leaves them empty. In the schema so that the sidebar's fiche and the server's import share it. */
export const NEW_PARTNER_DEFAULTS: Readonly<Record<string, string>> = { country: 'Mali' };
