/** Errors the store raises, worded for the user (French) and naming the sheet concerned. */
export class SheetMissingError extends Error {
  constructor(sheetName: string) {
    super(`La feuille « ${sheetName} » est introuvable. Lancez Pacte → Initialiser le classeur pour la créer.`);
    this.name = 'SheetMissingError';
  }
}

export class RecordNotFoundError extends Error {
  constructor(sheetName: string, id: string) {
    super(`${sheetName} : aucun enregistrement avec l'ID « ${id} ».`);
    this.name = 'RecordNotFoundError';
  }
}
