/**
 * InlineImage, and making one from a blob as Body.appendImage / Paragraph.appendInlineImage do.
 * Google refuses what is no PNG, JPEG or GIF, 50 MB or more, or over 25 megapixels (Docs API,
 * InsertInlineImageRequest.uri: "Images must be less than 50MB in size, cannot exceed 25
 * megapixels, and must be in one of PNG, JPEG, or GIF format"); the message is the one scripts see.
 */
import type { ApiSubset } from '../core/api-subset';
import { Blob } from '../core/blob';
import { AppsScriptException } from '../core/errors';
import { imageInfo } from '../core/png';
import { type DocCtx, type ElementMethods, ElementView, assertDetached, registerView } from './element';
import type { AnyNode, ImageNode } from './model';

export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 25_000_000;

/** A detached image node from a BlobSource, or from an InlineImage (which must be detached). */
export function imageNodeFrom(image: unknown): ImageNode {
  const own = (image as { _node?: AnyNode } | null)?._node;
  if (own) {
    if (own.kind !== 'INLINE_IMAGE') throw new AppsScriptException('Invalid argument: image');
    assertDetached(own);
    return own;
  }
  const blob = (image as { getBlob?: () => unknown } | null)?.getBlob?.();
  if (!(blob instanceof Object) || !('_data' in blob)) throw new AppsScriptException('Invalid argument: image');
  const data = (blob as Blob)._data;
  const info = imageInfo(data.bytes);
  if (!info || data.bytes.length >= MAX_IMAGE_BYTES || info.width * info.height > MAX_IMAGE_PIXELS || info.width === 0 || info.height === 0)
    throw new AppsScriptException('Invalid image data.');
  return {
    kind: 'INLINE_IMAGE',
    parent: null,
    bytes: data.bytes.slice(),
    contentType: info.contentType,
    name: data.name,
    width: info.width,
    height: info.height,
    altTitle: null,
    altDescription: null,
    linkUrl: null,
  };
}

type InlineImageApi = ApiSubset<
  GoogleAppsScript.Document.InlineImage,
  | ElementMethods
  | 'getWidth'
  | 'setWidth'
  | 'getHeight'
  | 'setHeight'
  | 'getBlob'
  | 'getAs'
  | 'getAltTitle'
  | 'setAltTitle'
  | 'getAltDescription'
  | 'setAltDescription'
  | 'getLinkUrl'
  | 'setLinkUrl'
>;

export class InlineImage extends ElementView implements InlineImageApi {
  constructor(ctx: DocCtx, node: AnyNode) {
    super('InlineImage', ctx, node);
  }

  private get img(): ImageNode {
    return this._node as ImageNode;
  }

  private size(key: 'width' | 'height', value: number): this {
    if (!Number.isInteger(value) || value < 0) throw new AppsScriptException(`Invalid argument: ${key}`);
    this.img[key] = value;
    this._ctx.touch();
    return this;
  }

  /** Displayed width in pixels. */
  getWidth(): number {
    return this.img.width;
  }
  setWidth(width: number): this {
    return this.size('width', width);
  }
  getHeight(): number {
    return this.img.height;
  }
  setHeight(height: number): this {
    return this.size('height', height);
  }

  /** The bytes as inserted (the displayed size does not resample them). */
  getBlob(): Blob {
    return new Blob(this._ctx.log, { bytes: this.img.bytes.slice(), contentType: this.img.contentType, name: this.img.name });
  }
  getAs(contentType: string): Blob {
    return this.getBlob().getAs(contentType);
  }

  /** null until set, as Google returns for an image without alt text. */
  getAltTitle(): string {
    return this.img.altTitle as string;
  }
  setAltTitle(title: string): this {
    this.img.altTitle = String(title);
    this._ctx.touch();
    return this;
  }
  getAltDescription(): string {
    return this.img.altDescription as string;
  }
  setAltDescription(description: string): this {
    this.img.altDescription = String(description);
    this._ctx.touch();
    return this;
  }
  getLinkUrl(): string {
    return this.img.linkUrl as string;
  }
  setLinkUrl(url: string): this {
    this.img.linkUrl = url === '' ? null : String(url);
    this._ctx.touch();
    return this;
  }

  override copy(): InlineImage {
    return new InlineImage(this._ctx, { ...this.img, parent: null });
  }
}

registerView('INLINE_IMAGE', (ctx, node) => new InlineImage(ctx, node));
