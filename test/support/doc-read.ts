/** Reading a generated Google Doc back in tests, as a user would see it. */

/** Every table of the body as rows of cell texts. */
export function tablesOf(body: GoogleAppsScript.Document.Body): string[][][] {
  return body.getTables().map((t) => {
    const table = t.asTable();
    return Array.from({ length: table.getNumRows() }, (_, r) => Array.from({ length: table.getRow(r).getNumCells() }, (_, c) => table.getCell(r, c).getText()));
  });
}
