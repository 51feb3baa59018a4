/**
 * Rasterises an embedded chart's data for EmbeddedChart.getBlob(): bars, columns, lines or a
 * pie in Google's default palette on white, no text (Sheets draws labels; a test only needs an
 * image whose shapes follow the data). The first column gives the categories, the others the
 * series; a first row of text is the header.
 */
import { encodePng } from '../core/png';

/** Google Charts' default series colours. */
const PALETTE: readonly [number, number, number][] = [
  [0x42, 0x85, 0xf4],
  [0xdb, 0x44, 0x37],
  [0xf4, 0xb4, 0x00],
  [0x0f, 0x9d, 0x58],
  [0xab, 0x47, 0xbc],
  [0x00, 0xac, 0xc1],
];
const AXIS: [number, number, number] = [0x33, 0x33, 0x33];

class Canvas {
  readonly rgb: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.rgb = new Uint8Array(width * height * 3).fill(255);
  }
  set(x: number, y: number, c: readonly number[]): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (Math.floor(y) * this.width + Math.floor(x)) * 3;
    this.rgb[i] = c[0];
    this.rgb[i + 1] = c[1];
    this.rgb[i + 2] = c[2];
  }
  rect(x0: number, y0: number, x1: number, y1: number, c: readonly number[]): void {
    for (let y = Math.round(Math.min(y0, y1)); y < Math.round(Math.max(y0, y1)); y++)
      for (let x = Math.round(Math.min(x0, x1)); x < Math.round(Math.max(x0, x1)); x++) this.set(x, y, c);
  }
  line(x0: number, y0: number, x1: number, y1: number, c: readonly number[]): void {
    const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0), 1);
    for (let s = 0; s <= steps; s++)
      this.rect(x0 + ((x1 - x0) * s) / steps - 1, y0 + ((y1 - y0) * s) / steps - 1, x0 + ((x1 - x0) * s) / steps + 2, y0 + ((y1 - y0) * s) / steps + 2, c);
  }
}

export interface ChartData {
  categories: string[];
  series: number[][];
}

/** Columns side by side of every range; header row dropped when the first row is text. */
export function chartData(ranges: unknown[][][]): ChartData {
  const height = Math.max(0, ...ranges.map((r) => r.length));
  const table = Array.from({ length: height }, (_, i) => ranges.flatMap((r) => r[i] ?? []));
  const rows = table.length > 0 && table[0].slice(1).some((v) => typeof v === 'string') ? table.slice(1) : table;
  const columns = rows[0]?.length ?? 0;
  return {
    categories: rows.map((r) => String(r[0] ?? '')),
    series: Array.from({ length: Math.max(0, columns - 1) }, (_, s) => rows.map((r) => (typeof r[s + 1] === 'number' ? (r[s + 1] as number) : 0))),
  };
}

function drawBars(cv: Canvas, d: ChartData, horizontal: boolean): void {
  const pad = 30;
  const max = Math.max(1, ...d.series.flat());
  const n = Math.max(1, d.categories.length);
  const along = (horizontal ? cv.height : cv.width) - 2 * pad;
  const across = (horizontal ? cv.width : cv.height) - 2 * pad;
  const slot = along / n;
  const bar = (slot * 0.7) / Math.max(1, d.series.length);
  d.series.forEach((values, s) =>
    values.forEach((v, i) => {
      const start = pad + i * slot + slot * 0.15 + s * bar;
      const len = (Math.max(0, v) / max) * across;
      if (horizontal) cv.rect(pad, start, pad + len, start + bar, PALETTE[s % PALETTE.length]);
      else cv.rect(start, cv.height - pad - len, start + bar, cv.height - pad, PALETTE[s % PALETTE.length]);
    }),
  );
  cv.line(pad, cv.height - pad, cv.width - pad, cv.height - pad, AXIS);
  cv.line(pad, pad, pad, cv.height - pad, AXIS);
}

function drawLines(cv: Canvas, d: ChartData): void {
  const pad = 30;
  const max = Math.max(1, ...d.series.flat());
  const n = d.categories.length;
  const x = (i: number): number => pad + (n > 1 ? (i * (cv.width - 2 * pad)) / (n - 1) : (cv.width - 2 * pad) / 2);
  const y = (v: number): number => cv.height - pad - (Math.max(0, v) / max) * (cv.height - 2 * pad);
  d.series.forEach((values, s) => values.forEach((v, i) => i > 0 && cv.line(x(i - 1), y(values[i - 1]), x(i), y(v), PALETTE[s % PALETTE.length])));
  cv.line(pad, cv.height - pad, cv.width - pad, cv.height - pad, AXIS);
  cv.line(pad, pad, pad, cv.height - pad, AXIS);
}

function drawPie(cv: Canvas, d: ChartData): void {
  const values = (d.series[0] ?? []).map((v) => Math.max(0, v));
  const total = values.reduce((a, b) => a + b, 0);
  if (total === 0) return;
  const cx = cv.width / 2;
  const cy = cv.height / 2;
  const r = Math.min(cv.width, cv.height) / 2 - 20;
  const ends = values.map((_, i) => values.slice(0, i + 1).reduce((a, b) => a + b, 0) / total);
  for (let y = Math.floor(cy - r); y <= cy + r; y++)
    for (let x = Math.floor(cx - r); x <= cx + r; x++) {
      if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) continue;
      // Clockwise from twelve o'clock, as Sheets draws slices.
      const turn = (Math.atan2(x - cx, cy - y) / (2 * Math.PI) + 1) % 1;
      const slice = ends.findIndex((e) => turn < e);
      cv.set(x, y, PALETTE[(slice < 0 ? values.length - 1 : slice) % PALETTE.length]);
    }
}

/** The chart as a PNG of `width` × `height` pixels. */
export function chartPng(type: string, data: ChartData, width: number, height: number): Uint8Array {
  const cv = new Canvas(width, height);
  if (type === 'PIE') drawPie(cv, data);
  else if (type === 'LINE' || type === 'AREA') drawLines(cv, data);
  else drawBars(cv, data, type === 'BAR');
  return encodePng(width, height, cv.rgb);
}
