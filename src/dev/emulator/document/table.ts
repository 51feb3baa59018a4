/** Table, TableRow and TableCell. */
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException } from '../core/errors';
import { type ContainerMethods, ContainerView } from './container';
import { type DocCtx, type ElementMethods, ElementView, assertDetached, childIndexError, nodeOf, registerView } from './element';
import { type AnyNode, type CellNode, type RowNode, type TableNode, cellNode, insertCell, insertRow, plainText, rowNode, textNodesIn } from './model';
import type { RangeElement } from './range-element';
import { replaceInNodes } from './search';
import { findIn } from './text';

type Common = ElementMethods | 'getText' | 'replaceText' | 'findText' | 'getNumChildren' | 'getChild' | 'getChildIndex';

type TableApi = ApiSubset<
  GoogleAppsScript.Document.Table,
  | Common
  | 'getNumRows'
  | 'getRow'
  | 'getCell'
  | 'appendTableRow'
  | 'insertTableRow'
  | 'removeRow'
  | 'removeChild'
  | 'getBorderWidth'
  | 'setBorderWidth'
  | 'getBorderColor'
  | 'setBorderColor'
  | 'getAttributes'
  | 'asTable'
>;

function checkIndex(i: number, n: number, allowEnd = false): void {
  if (!Number.isInteger(i) || i < 0 || (allowEnd ? i > n : i >= n)) throw childIndexError(i, n);
}

export class Table extends ElementView implements TableApi {
  constructor(ctx: DocCtx, node: AnyNode) {
    super('Table', ctx, node);
  }

  private get t(): TableNode {
    return this._node as TableNode;
  }

  getText(): string {
    return plainText(this.t);
  }

  getNumRows(): number {
    return this.t.rows.length;
  }

  getNumChildren(): number {
    return this.t.rows.length;
  }

  getRow(rowIndex: number): TableRow {
    checkIndex(rowIndex, this.t.rows.length);
    return new TableRow(this._ctx, this.t.rows[rowIndex]);
  }

  getChild(childIndex: number): ElementView {
    return this.getRow(childIndex);
  }

  getChildIndex(child: GoogleAppsScript.Document.Element): number {
    const i = this.t.rows.indexOf(nodeOf(child) as RowNode);
    if (i < 0) throw new AppsScriptException('Element does not contain the specified child element.');
    return i;
  }

  getCell(rowIndex: number, cellIndex: number): TableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }

  appendTableRow(tableRow?: GoogleAppsScript.Document.TableRow | null): TableRow {
    return this.insertTableRow(this.t.rows.length, tableRow);
  }

  insertTableRow(childIndex: number, tableRow?: GoogleAppsScript.Document.TableRow | null): TableRow {
    checkIndex(childIndex, this.t.rows.length, true);
    const node = tableRow ? (nodeOf(tableRow) as RowNode) : rowNode([]);
    if (node.kind !== 'TABLE_ROW') throw new AppsScriptException('Invalid argument: tableRow');
    assertDetached(node);
    insertRow(this.t, childIndex, node);
    this._ctx.touch();
    return new TableRow(this._ctx, node);
  }

  removeRow(rowIndex: number): TableRow {
    checkIndex(rowIndex, this.t.rows.length);
    const [row] = this.t.rows.splice(rowIndex, 1);
    row.parent = null;
    this._ctx.touch();
    return new TableRow(this._ctx, row);
  }

  removeChild(child: GoogleAppsScript.Document.Element): Table {
    this.removeRow(this.getChildIndex(child));
    return this;
  }

  replaceText(searchPattern: string, replacement: string): Table {
    replaceInNodes(textNodesIn(this.t), searchPattern, replacement, this._ctx.replacement);
    this._ctx.touch();
    return this;
  }

  findText(searchPattern: string, from?: GoogleAppsScript.Document.RangeElement | null): RangeElement | null {
    return findIn(this._ctx, textNodesIn(this.t), searchPattern, (from ?? null) as unknown as RangeElement | null);
  }

  getBorderWidth(): number {
    return this.t.borderWidth;
  }

  setBorderWidth(width: number): Table {
    if (typeof width !== 'number' || width < 0) throw new AppsScriptException('Invalid argument: width');
    this.t.borderWidth = width;
    this._ctx.touch();
    return this;
  }

  getBorderColor(): string {
    return this.t.borderColor;
  }

  setBorderColor(color: string): Table {
    if (!/^#[0-9a-fA-F]{6}$/.test(color)) throw new AppsScriptException('Invalid argument: color');
    this.t.borderColor = color;
    this._ctx.touch();
    return this;
  }

  getAttributes(): Record<string, unknown> {
    return { BORDER_WIDTH: this.t.borderWidth, BORDER_COLOR: this.t.borderColor };
  }
}

type TableRowApi = ApiSubset<
  GoogleAppsScript.Document.TableRow,
  Common | 'getNumCells' | 'getCell' | 'appendTableCell' | 'insertTableCell' | 'removeCell' | 'removeChild' | 'getParentTable' | 'asTableRow'
>;

export class TableRow extends ElementView implements TableRowApi {
  constructor(ctx: DocCtx, node: AnyNode) {
    super('TableRow', ctx, node);
  }

  private get r(): RowNode {
    return this._node as RowNode;
  }

  getText(): string {
    return plainText(this.r);
  }

  getNumCells(): number {
    return this.r.cells.length;
  }

  getNumChildren(): number {
    return this.r.cells.length;
  }

  getCell(cellIndex: number): TableCell {
    checkIndex(cellIndex, this.r.cells.length);
    return new TableCell(this._ctx, this.r.cells[cellIndex]);
  }

  getChild(childIndex: number): ElementView {
    return this.getCell(childIndex);
  }

  getChildIndex(child: GoogleAppsScript.Document.Element): number {
    const i = this.r.cells.indexOf(nodeOf(child) as CellNode);
    if (i < 0) throw new AppsScriptException('Element does not contain the specified child element.');
    return i;
  }

  appendTableCell(textContentsOrCell?: string | GoogleAppsScript.Document.TableCell | null): TableCell {
    return this.insertTableCell(this.r.cells.length, textContentsOrCell);
  }

  insertTableCell(childIndex: number, textContentsOrCell?: string | GoogleAppsScript.Document.TableCell | null): TableCell {
    checkIndex(childIndex, this.r.cells.length, true);
    const node = typeof textContentsOrCell === 'object' && textContentsOrCell ? (nodeOf(textContentsOrCell) as CellNode) : cellNode(textContentsOrCell ?? '');
    assertDetached(node);
    insertCell(this.r, childIndex, node);
    this._ctx.touch();
    return new TableCell(this._ctx, node);
  }

  removeCell(cellIndex: number): TableCell {
    checkIndex(cellIndex, this.r.cells.length);
    const [cell] = this.r.cells.splice(cellIndex, 1);
    cell.parent = null;
    this._ctx.touch();
    return new TableCell(this._ctx, cell);
  }

  removeChild(child: GoogleAppsScript.Document.Element): TableRow {
    this.removeCell(this.getChildIndex(child));
    return this;
  }

  getParentTable(): Table | null {
    return this.r.parent ? new Table(this._ctx, this.r.parent) : null;
  }

  replaceText(searchPattern: string, replacement: string): TableRow {
    replaceInNodes(textNodesIn(this.r), searchPattern, replacement, this._ctx.replacement);
    this._ctx.touch();
    return this;
  }

  findText(searchPattern: string, from?: GoogleAppsScript.Document.RangeElement | null): RangeElement | null {
    return findIn(this._ctx, textNodesIn(this.r), searchPattern, (from ?? null) as unknown as RangeElement | null);
  }
}

type TableCellApi = ApiSubset<
  GoogleAppsScript.Document.TableCell,
  Common | ContainerMethods | 'getParentRow' | 'getParentTable' | 'getBackgroundColor' | 'setBackgroundColor' | 'asTableCell'
>;

export class TableCell extends ContainerView implements TableCellApi {
  constructor(ctx: DocCtx, node: AnyNode) {
    super('TableCell', ctx, node);
  }

  private get cell(): CellNode {
    return this._node as CellNode;
  }

  getParentRow(): TableRow | null {
    return this.cell.parent ? new TableRow(this._ctx, this.cell.parent) : null;
  }

  getParentTable(): Table | null {
    const row = this.cell.parent;
    return row?.parent ? new Table(this._ctx, row.parent) : null;
  }

  getBackgroundColor(): string {
    return this.cell.backgroundColor as string;
  }

  setBackgroundColor(color: string): TableCell {
    if (!/^#[0-9a-fA-F]{6}$/.test(color)) throw new AppsScriptException('Invalid argument: color');
    this.cell.backgroundColor = color;
    this._ctx.touch();
    return this;
  }

  override getAttributes(): Record<string, unknown> {
    return { BACKGROUND_COLOR: this.cell.backgroundColor };
  }
}

registerView('TABLE', (ctx, node) => new Table(ctx, node));
registerView('TABLE_ROW', (ctx, node) => new TableRow(ctx, node));
registerView('TABLE_CELL', (ctx, node) => new TableCell(ctx, node));
