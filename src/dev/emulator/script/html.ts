/** HtmlService and HtmlOutput: the pages shown in sidebars and dialogs (Ui reads them back). */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException } from '../core/errors';
import type { World } from '../core/world';
import { makeEnum } from './enums';

export interface HtmlData {
  content: string;
  title: string;
  width: number | null;
  height: number | null;
  sandboxMode: string;
  xFrameOptionsMode: string;
  faviconUrl: string | null;
  metaTags: { name: string; content: string }[];
}

type HtmlOutputApi = ApiSubset<
  GoogleAppsScript.HTML.HtmlOutput,
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'setTitle'
  | 'getTitle'
  | 'setWidth'
  | 'setHeight'
  | 'getWidth'
  | 'getHeight'
  | 'setXFrameOptionsMode'
  | 'setSandboxMode'
  | 'addMetaTag'
  | 'getMetaTags'
  | 'setFaviconUrl'
  | 'getFaviconUrl'
>;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export class HtmlOutputMetaTag extends Emulated implements ApiSubset<GoogleAppsScript.HTML.HtmlOutputMetaTag, 'getName' | 'getContent'> {
  constructor(
    world: World,
    private readonly tag: { name: string; content: string },
  ) {
    super('HtmlOutputMetaTag', world.log);
  }

  getName(): string {
    return this.tag.name;
  }

  getContent(): string {
    return this.tag.content;
  }
}

export class HtmlOutput extends Emulated implements HtmlOutputApi {
  constructor(
    private readonly world: World,
    readonly _data: HtmlData,
  ) {
    super('HtmlOutput', world.log);
  }

  getContent(): string {
    return this._data.content;
  }

  setContent(content: string): HtmlOutput {
    this._data.content = String(content);
    return this;
  }

  append(addedContent: string): HtmlOutput {
    this._data.content += String(addedContent);
    return this;
  }

  /** Appends text escaped for HTML, so user data cannot inject markup. */
  appendUntrusted(addedContent: string): HtmlOutput {
    this._data.content += escapeHtml(String(addedContent));
    return this;
  }

  clear(): HtmlOutput {
    this._data.content = '';
    return this;
  }

  setTitle(title: string): HtmlOutput {
    this._data.title = String(title);
    return this;
  }

  getTitle(): string {
    return this._data.title;
  }

  setWidth(width: number): HtmlOutput {
    this._data.width = width;
    return this;
  }

  setHeight(height: number): HtmlOutput {
    this._data.height = height;
    return this;
  }

  /** The width set with setWidth (0 when none was set: observed default not verified). */
  getWidth(): number {
    return this._data.width ?? 0;
  }

  getHeight(): number {
    return this._data.height ?? 0;
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    this._data.xFrameOptionsMode = String(mode);
    return this;
  }

  /** Reference: every mode is now served as IFRAME; the call is kept for old code. */
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    this._data.sandboxMode = String(mode);
    return this;
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    this._data.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }

  getMetaTags(): HtmlOutputMetaTag[] {
    return this._data.metaTags.map((t) => new HtmlOutputMetaTag(this.world, { ...t }));
  }

  setFaviconUrl(iconUrl: string): HtmlOutput {
    this._data.faviconUrl = String(iconUrl);
    return this;
  }

  getFaviconUrl(): string {
    return this._data.faviconUrl ?? '';
  }
}

type HtmlServiceApi = ApiSubset<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile'>;

export class HtmlService extends Emulated implements HtmlServiceApi {
  readonly SandboxMode = makeEnum<typeof GoogleAppsScript.HTML.SandboxMode>('EMULATED', 'IFRAME', 'NATIVE');
  readonly XFrameOptionsMode = makeEnum<typeof GoogleAppsScript.HTML.XFrameOptionsMode>('ALLOWALL', 'DEFAULT');

  constructor(private readonly world: World) {
    super('HtmlService', world.log);
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): HtmlOutput {
    let content = '';
    if (typeof html === 'string') content = html;
    else if (html && typeof html === 'object') content = html.getBlob().getDataAsString();
    return this._output(content);
  }

  /** Project files are named without extension in Apps Script; 'Sidebar' and 'Sidebar.html' both resolve. */
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const files = this.world.projectFiles;
    const bare = String(filename).replace(/\.html$/, '');
    const content = files.get(String(filename)) ?? files.get(bare) ?? files.get(bare + '.html');
    if (content === undefined) throw new AppsScriptException(`No HTML file named ${filename} was found.`);
    return this._output(content);
  }

  _output(content: string): HtmlOutput {
    return new HtmlOutput(this.world, {
      content,
      title: '',
      width: null,
      height: null,
      sandboxMode: 'IFRAME',
      xFrameOptionsMode: 'DEFAULT',
      faviconUrl: null,
      metaTags: [],
    });
  }
}
