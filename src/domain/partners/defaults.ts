/** What a new partner starts with: the fiche's prefilled values, and what an import gives a partner whose file leaves them empty. */
export const NEW_PARTNER_DEFAULTS: Readonly<Record<string, string>> = { country: 'Mali' };
