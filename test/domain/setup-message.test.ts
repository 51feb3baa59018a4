/** What « Initialiser le classeur » tells the admin. */
import { setupMessage } from '../../src/domain/setup/setup-message';

describe('setupMessage', () => {
  it('names the dropdowns brought up to date beside the columns added', () => {
    expect(setupMessage({ createdSheets: [], addedColumns: ['Veille › Nature'], updatedDropdowns: ['Partenaires › Type', 'Veille › Décision'] }, '')).toBe(
      'Colonnes ajoutées : Veille › Nature.\nListes de choix mises à jour : Partenaires › Type, Veille › Décision.',
    );
    expect(setupMessage({ createdSheets: [], addedColumns: [] }, '')).toBe('Le classeur est déjà prêt : rien à ajouter.');
  });
});
