/** DocumentApp: create and open Google Docs, and the document enums. */
import type { ApiSubset } from '../core/api-subset';
import { MimeTypes } from '../core/drive-store';
import { Emulated } from '../core/emulated';
import { AppsScriptException } from '../core/errors';
import type { World } from '../core/world';
import { canView } from '../drive/access';
import { Document } from './document';
import { DocumentModel } from './model';

type DocumentAppApi = ApiSubset<GoogleAppsScript.Document.DocumentApp, 'create' | 'openById' | 'openByUrl' | 'getActiveDocument'>;

function enumOf<K extends string>(...names: K[]): Readonly<Record<K, K>> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<K, K>);
}

export const DOCUMENT_ENUMS = {
  ParagraphHeading: enumOf('NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE'),
  HorizontalAlignment: enumOf('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'),
  TextAlignment: enumOf('NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT'),
  VerticalAlignment: enumOf('BOTTOM', 'CENTER', 'TOP'),
  GlyphType: enumOf('BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER'),
  ElementType: enumOf(
    'BODY_SECTION',
    'COMMENT_SECTION',
    'DATE',
    'DOCUMENT',
    'EQUATION',
    'EQUATION_FUNCTION',
    'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
    'EQUATION_SYMBOL',
    'FOOTER_SECTION',
    'FOOTNOTE',
    'FOOTNOTE_SECTION',
    'HEADER_SECTION',
    'HORIZONTAL_RULE',
    'INLINE_DRAWING',
    'INLINE_IMAGE',
    'LIST_ITEM',
    'PAGE_BREAK',
    'PARAGRAPH',
    'PERSON',
    'RICH_LINK',
    'TABLE',
    'TABLE_CELL',
    'TABLE_OF_CONTENTS',
    'TABLE_ROW',
    'TEXT',
    'UNSUPPORTED',
  ),
  Attribute: enumOf(
    'BACKGROUND_COLOR',
    'BOLD',
    'BORDER_COLOR',
    'BORDER_WIDTH',
    'CODE',
    'FONT_FAMILY',
    'FONT_SIZE',
    'FOREGROUND_COLOR',
    'HEADING',
    'HEIGHT',
    'HORIZONTAL_ALIGNMENT',
    'INDENT_END',
    'INDENT_FIRST_LINE',
    'INDENT_START',
    'ITALIC',
    'GLYPH_TYPE',
    'LEFT_TO_RIGHT',
    'LINE_SPACING',
    'LINK_URL',
    'LIST_ID',
    'MARGIN_BOTTOM',
    'MARGIN_LEFT',
    'MARGIN_RIGHT',
    'MARGIN_TOP',
    'NESTING_LEVEL',
    'MINIMUM_HEIGHT',
    'PADDING_BOTTOM',
    'PADDING_LEFT',
    'PADDING_RIGHT',
    'PADDING_TOP',
    'PAGE_HEIGHT',
    'PAGE_WIDTH',
    'SPACING_AFTER',
    'SPACING_BEFORE',
    'STRIKETHROUGH',
    'UNDERLINE',
    'VERTICAL_ALIGNMENT',
    'WIDTH',
  ),
};

export class DocumentAppState {
  /** The document a bound script / Docs add-on runs in; null for a Sheets add-on. */
  activeId: string | null = null;
}

export function documentState(world: World): DocumentAppState {
  return world.state('document', () => new DocumentAppState());
}

export class DocumentApp extends Emulated implements DocumentAppApi {
  readonly ParagraphHeading = DOCUMENT_ENUMS.ParagraphHeading;
  readonly HorizontalAlignment = DOCUMENT_ENUMS.HorizontalAlignment;
  readonly TextAlignment = DOCUMENT_ENUMS.TextAlignment;
  readonly VerticalAlignment = DOCUMENT_ENUMS.VerticalAlignment;
  readonly GlyphType = DOCUMENT_ENUMS.GlyphType;
  readonly ElementType = DOCUMENT_ENUMS.ElementType;
  readonly Attribute = DOCUMENT_ENUMS.Attribute;

  constructor(private readonly world: World) {
    super('DocumentApp', world.log);
  }

  /** A new Doc in the user's root folder, holding one empty paragraph. */
  create(name: string): Document {
    if (typeof name !== 'string' || name === '') throw new AppsScriptException('Invalid argument: name');
    const rec = this.world.drive.create(name, MimeTypes.DOCUMENT, this.world.execution.user || this.world.owner);
    rec.content = DocumentModel.blank(rec.id);
    return new Document(this.world, rec);
  }

  openById(id: string): Document {
    const rec = this.world.drive.get(String(id));
    if (!rec || rec.mimeType !== MimeTypes.DOCUMENT || !rec.content)
      throw new AppsScriptException("Document is missing (perhaps it was deleted, or you don't have read access?)");
    // Access is the effective user's: an installable trigger runs as its creator, whoever Session names
    // (https://developers.google.com/apps-script/guides/triggers/installable#restrictions).
    if (!canView(rec, this.world.execution.effectiveUser, this.world.drive))
      throw new AppsScriptException('You do not have permission to access the requested document.');
    return new Document(this.world, rec);
  }

  openByUrl(url: string): Document {
    const m = /\/document\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
    if (!m) throw new AppsScriptException('Invalid argument: url');
    return this.openById(m[1]);
  }

  getActiveDocument(): Document | null {
    const id = documentState(this.world).activeId;
    const rec = id ? this.world.drive.get(id) : undefined;
    return rec ? new Document(this.world, rec) : null;
  }
}
