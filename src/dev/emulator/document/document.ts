/** Document: one Google Doc opened by DocumentApp (a view over the model stored in its Drive file). */
import type { ApiSubset } from '../core/api-subset';
import { Blob } from '../core/blob';
import type { DriveRecord } from '../core/drive-store';
import { Emulated } from '../core/emulated';
import { AppsScriptException } from '../core/errors';
import type { World } from '../core/world';
import { Body, FooterSection, HeaderSection } from './body';
import type { DocCtx } from './element';
import { documentToHtml } from './html';
import { type DocumentModel, sectionNode, appendBlock, paragraphNode } from './model';
import { documentToPdf } from './pdf';

type DocumentApi = ApiSubset<
  GoogleAppsScript.Document.Document,
  'getId' | 'getName' | 'setName' | 'getUrl' | 'getBody' | 'getHeader' | 'addHeader' | 'getFooter' | 'addFooter' | 'saveAndClose' | 'getAs' | 'getBlob'
>;

export function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

export function docCtx(world: World, rec: DriveRecord): DocCtx {
  return {
    log: world.log,
    model: rec.content as DocumentModel,
    touch: () => world.drive.touch(rec),
    replacement: world.docsReplacement,
    newListId: () =>
      `kix.${Math.floor(world.random() * 36 ** 10)
        .toString(36)
        .padStart(10, '0')}`,
  };
}

/** The PDF export Drive and Document share: a Blob named '<name>.pdf'. */
export function exportDocument(world: World, rec: DriveRecord, contentType: string): Blob {
  if (contentType !== 'application/pdf') throw new AppsScriptException(`Converting from ${rec.mimeType} to ${contentType} is not supported.`);
  const bytes = documentToPdf(rec.content as DocumentModel, rec.name);
  return new Blob(world.log, { bytes, contentType: 'application/pdf', name: `${rec.name}.pdf` });
}

export class Document extends Emulated implements DocumentApi {
  private closed = false;
  private readonly ctx: DocCtx;

  constructor(
    private readonly world: World,
    private readonly rec: DriveRecord,
  ) {
    super('Document', world.log);
    this.ctx = docCtx(world, rec);
  }

  private live(): DocumentModel {
    if (this.closed) throw new AppsScriptException('Document is closed, its contents cannot be updated.');
    return this.rec.content as DocumentModel;
  }

  getId(): string {
    return this.rec.id;
  }

  getName(): string {
    return this.rec.name;
  }

  setName(name: string): Document {
    this.live();
    this.rec.name = String(name);
    this.world.drive.touch(this.rec);
    return this;
  }

  getUrl(): string {
    return docUrl(this.rec.id);
  }

  getBody(): Body {
    return new Body(this.ctx, this.live().body);
  }

  getHeader(): HeaderSection | null {
    const h = this.live().header;
    return h ? new HeaderSection(this.ctx, h) : null;
  }

  /** Adds the header if there is none; returns the existing one otherwise. */
  addHeader(): HeaderSection {
    const m = this.live();
    if (!m.header) appendBlock((m.header = sectionNode('HEADER_SECTION')), paragraphNode(''));
    return new HeaderSection(this.ctx, m.header);
  }

  getFooter(): FooterSection | null {
    const f = this.live().footer;
    return f ? new FooterSection(this.ctx, f) : null;
  }

  addFooter(): FooterSection {
    const m = this.live();
    if (!m.footer) appendBlock((m.footer = sectionNode('FOOTER_SECTION')), paragraphNode(''));
    return new FooterSection(this.ctx, m.footer);
  }

  /** Flushes pending changes; this Document object cannot be edited afterwards. */
  saveAndClose(): void {
    this.live();
    this.closed = true;
  }

  getAs(contentType: string): Blob {
    return exportDocument(this.world, this.rec, contentType);
  }

  getBlob(): Blob {
    return exportDocument(this.world, this.rec, 'application/pdf');
  }

  /** Standalone HTML rendering of the document (emulator only; for screenshots and previews). */
  _toHtml(): string {
    return documentToHtml(this.rec.content as DocumentModel, this.rec.name);
  }
}
