/** Sheet.newChart(): EmbeddedChartBuilder, EmbeddedChart and the small objects they return. */
import { Emulated, NotEmulatedError } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import type { CallLog } from '../core/call-log';
import type { ChartSpec } from './model';
import type { SheetsContext } from './context';
import { asEnum } from './enums';
import type { Range } from './range';
import { Blob } from '../core/blob';
import { AppsScriptException } from '../core/errors';
import { chartData, chartPng } from './chart-image';

/** Sheets' size for a chart inserted without width/height options (pixels). */
const DEFAULT_SIZE = { width: 600, height: 371 };

type ChartType = GoogleAppsScript.Charts.ChartType;

export class ContainerInfo
  extends Emulated
  implements ApiSubset<GoogleAppsScript.Spreadsheet.ContainerInfo, 'getAnchorColumn' | 'getAnchorRow' | 'getOffsetX' | 'getOffsetY'>
{
  constructor(
    log: CallLog,
    private readonly spec: ChartSpec,
  ) {
    super('ContainerInfo', log);
  }

  getAnchorColumn(): number {
    return this.spec.anchorColumn;
  }

  getAnchorRow(): number {
    return this.spec.anchorRow;
  }

  getOffsetX(): number {
    return this.spec.offsetX;
  }

  getOffsetY(): number {
    return this.spec.offsetY;
  }
}

export class ChartOptions extends Emulated implements ApiSubset<GoogleAppsScript.Charts.ChartOptions, 'get'> {
  constructor(
    log: CallLog,
    private readonly options: Record<string, unknown>,
  ) {
    super('ChartOptions', log);
  }

  get(option: string): unknown {
    return option in this.options ? this.options[option] : null;
  }
}

type ChartApi = ApiSubset<
  GoogleAppsScript.Spreadsheet.EmbeddedChart,
  'getChartId' | 'getContainerInfo' | 'getOptions' | 'getRanges' | 'modify' | 'getBlob' | 'getAs'
>;

export class EmbeddedChart extends Emulated implements ChartApi {
  constructor(
    private readonly ctx: SheetsContext,
    /** Ranges as Range views (kept alongside the spec so getRanges returns ranges on the right sheets). */
    readonly _ranges: Range[],
    readonly _spec: ChartSpec,
  ) {
    super('EmbeddedChart', ctx.world.log);
  }

  /** null until the chart is inserted into a sheet, as in Google. */
  getChartId(): number | null {
    return this._spec.chartId > 0 ? this._spec.chartId : null;
  }

  getContainerInfo(): ContainerInfo {
    return new ContainerInfo(this.ctx.world.log, this._spec);
  }

  getOptions(): ChartOptions {
    return new ChartOptions(this.ctx.world.log, this._spec.options);
  }

  getRanges(): Range[] {
    return [...this._ranges];
  }

  /** The chart drawn as a PNG from its ranges' current values (options width/height, in pixels). */
  getBlob(): Blob {
    const size = (key: 'width' | 'height'): number => {
      const v = Number(this._spec.options[key]);
      return Number.isInteger(v) && v > 0 ? v : DEFAULT_SIZE[key];
    };
    const data = chartData(this._ranges.map((r) => r.getValues()));
    const bytes = chartPng(this._spec.type, data, size('width'), size('height'));
    return new Blob(this.ctx.world.log, { bytes, contentType: 'image/png', name: `${String(this._spec.options.title ?? 'Chart')}.png` });
  }

  /** Google converts to PDF, BMP, GIF, JPEG or PNG; the emulator draws PNG only and says so for the others. */
  getAs(contentType: string): Blob {
    if (contentType === 'image/png') return this.getBlob();
    if (['application/pdf', 'image/bmp', 'image/gif', 'image/jpeg'].includes(contentType)) throw new NotEmulatedError('EmbeddedChart', `getAs(${contentType})`);
    throw new AppsScriptException(`Converting from image/png to ${contentType} is not supported.`);
  }

  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.ctx, [...this._ranges], { ...this._spec, options: { ...this._spec.options } });
  }
}

type BuilderApi = ApiSubset<
  GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  'addRange' | 'build' | 'clearRanges' | 'getChartType' | 'getContainer' | 'getRanges' | 'removeRange' | 'setChartType' | 'setOption' | 'setPosition'
>;

export class EmbeddedChartBuilder extends Emulated implements BuilderApi {
  constructor(
    private readonly ctx: SheetsContext,
    private ranges: Range[],
    private readonly spec: ChartSpec,
  ) {
    super('EmbeddedChartBuilder', ctx.world.log);
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range): EmbeddedChartBuilder {
    this.ranges.push(range as unknown as Range);
    return this;
  }

  build(): EmbeddedChart {
    return new EmbeddedChart(this.ctx, [...this.ranges], { ...this.spec, ranges: this.ranges.map((r) => r._ref()), options: { ...this.spec.options } });
  }

  clearRanges(): EmbeddedChartBuilder {
    this.ranges = [];
    return this;
  }

  getChartType(): ChartType {
    return asEnum<ChartType>(this.spec.type);
  }

  getContainer(): ContainerInfo {
    return new ContainerInfo(this.ctx.world.log, this.spec);
  }

  getRanges(): Range[] {
    return [...this.ranges];
  }

  removeRange(range: GoogleAppsScript.Spreadsheet.Range): EmbeddedChartBuilder {
    const ref = (range as unknown as Range)._ref();
    this.ranges = this.ranges.filter((r) => JSON.stringify(r._ref()) !== JSON.stringify(ref));
    return this;
  }

  setChartType(type: ChartType): EmbeddedChartBuilder {
    this.spec.type = String(type);
    return this;
  }

  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    this.spec.options[option] = value;
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilder {
    Object.assign(this.spec, { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY });
    return this;
  }
}
