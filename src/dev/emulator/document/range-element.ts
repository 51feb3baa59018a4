/** RangeElement: what findText returns — a text element and the matched offsets in it. */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { type DocCtx, type ElementView, wrap } from './element';
import type { TextNode } from './model';

type RangeElementApi = ApiSubset<GoogleAppsScript.Document.RangeElement, 'getElement' | 'getStartOffset' | 'getEndOffsetInclusive' | 'isPartial'>;

export class RangeElement extends Emulated implements RangeElementApi {
  constructor(
    private readonly ctx: DocCtx,
    readonly _node: TextNode,
    private readonly start: number,
    private readonly endInclusive: number,
  ) {
    super('RangeElement', ctx.log);
  }

  getElement(): ElementView {
    return wrap(this.ctx, this._node);
  }

  getStartOffset(): number {
    return this.start;
  }

  getEndOffsetInclusive(): number {
    return this.endInclusive;
  }

  /** True when the match covers only part of the element's text. */
  isPartial(): boolean {
    return this.start > 0 || this.endInclusive < this._node.chars.length - 1;
  }
}
