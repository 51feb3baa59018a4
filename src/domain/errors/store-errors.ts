/** Errors any store raises, worded for the user (French) and naming the sheet concerned. */
export class SheetMissingError extends Error {
  constructor(sheetName: string) {
    super(`La feuille « ${sheetName} » est introuvable. Lancez Pacte → Initialiser le classeur pour la créer.`);
    this.name = 'SheetMissingError';
  }
}

export class MissingColumnsError extends Error {
  constructor(sheetName: string, headers: string[]) {
    super(
      `Feuille « ${sheetName} » : ${headers.length > 1 ? 'colonnes introuvables' : 'colonne introuvable'} en ligne 1 : ${headers
        .map((h) => `« ${h} »`)
        .join(', ')}. Lancez Pacte → Initialiser le classeur pour ${headers.length > 1 ? 'les' : 'la'} recréer (les autres données ne sont pas modifiées).`,
    );
    this.name = 'MissingColumnsError';
  }
}

export class RecordNotFoundError extends Error {
  constructor(sheetName: string, id: string) {
    super(`${sheetName} : aucun enregistrement avec l'ID « ${id} ».`);
    this.name = 'RecordNotFoundError';
  }
}
