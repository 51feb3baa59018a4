/**
 * DocumentApp images and SpreadsheetApp chart images: a chart's PNG (EmbeddedChart.getBlob /
 * getAs) inserted into a Doc (Body.appendImage, Paragraph.appendInlineImage) as an InlineImage.
 */
import { inflateSync } from 'node:zlib';
import { installEmulator } from '../../src/dev/emulator';
import { encodePng, imageInfo } from '../../src/dev/emulator/core/png';

beforeEach(() => {
  installEmulator(globalThis);
});

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const bytesOf = (blob: GoogleAppsScript.Base.Blob): Buffer => Buffer.from(blob.getBytes().map((b) => b & 0xff));
/** A PNG that declares w × h pixels in its header (one grey pixel of data: Docs reads the size from IHDR). */
function pngBlob(w: number, h: number): GoogleAppsScript.Base.Blob {
  const bytes = Buffer.from(encodePng(1, 1, Uint8Array.of(200, 200, 200)));
  bytes.writeUInt32BE(w, 16);
  bytes.writeUInt32BE(h, 20);
  return Utilities.newBlob(
    Array.from(bytes, (b) => (b > 127 ? b - 256 : b)),
    'image/png',
    'test.png',
  );
}

function chartOn(type: GoogleAppsScript.Charts.ChartType): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  const sheet = SpreadsheetApp.create('Graphiques').getSheets()[0];
  sheet.getRange('A1:C4').setValues([
    ['Axe', 'Prévu', 'Reçu'],
    ['Jeunesse', 10, 30],
    ['Paix', 20, 5],
    ['Santé', 0, 12],
  ]);
  const chart = sheet
    .newChart()
    .setChartType(type)
    .addRange(sheet.getRange('A1:C4'))
    .setOption('width', 400)
    .setOption('height', 250)
    .setPosition(1, 5, 0, 0)
    .build();
  sheet.insertChart(chart);
  return sheet.getCharts()[0];
}

/** The decoded RGB pixels of an 8-bit RGB PNG (one IDAT chunk, filter 0 rows, as the emulator writes them). */
function pixels(png: Buffer): { width: number; height: number; at(x: number, y: number): string } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  let i = 8;
  const idat: Buffer[] = [];
  while (i < png.length) {
    const len = png.readUInt32BE(i);
    if (png.toString('latin1', i + 4, i + 8) === 'IDAT') idat.push(png.subarray(i + 8, i + 8 + len));
    i += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return {
    width,
    height,
    at: (x, y) => {
      const o = y * (width * 3 + 1) + 1 + x * 3;
      return `#${raw.subarray(o, o + 3).toString('hex')}`;
    },
  };
}

// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getAs(String)
// ("For images in BMP, GIF, JPEG, or PNG format, any of 'image/bmp', 'image/gif', 'image/jpeg', or 'image/png' are also valid")
describe('EmbeddedChart as an image', () => {
  it('draws a column chart as a PNG of the width and height options, bars in the series colours', () => {
    const blob = chartOn(Charts.ChartType.COLUMN).getBlob();
    expect(blob.getContentType()).toBe('image/png');
    const png = bytesOf(blob);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    const img = pixels(png);
    expect([img.width, img.height]).toEqual([400, 250]);
    const colours = new Set<string>();
    for (let x = 0; x < img.width; x += 2) colours.add(img.at(x, img.height - 35));
    // First series blue, second red (Google's palette), the axis dark grey, on white.
    expect(colours).toEqual(new Set(['#ffffff', '#333333', '#4285f4', '#db4437']));
  });

  it('draws pie and line charts, and getAs("image/png") is the same image; other conversions are refused or not emulated', () => {
    const pie = chartOn(Charts.ChartType.PIE);
    const img = pixels(bytesOf(pie.getAs('image/png')));
    // Jeunesse 10 of 30: the slice from twelve o'clock clockwise is the first colour.
    expect(img.at(img.width / 2 + 20, 40)).toBe('#4285f4');
    expect(img.at(img.width / 2 - 20, 40)).not.toBe('#4285f4');
    expect(imageInfo(new Uint8Array(bytesOf(chartOn(Charts.ChartType.LINE).getBlob())))).toEqual({ contentType: 'image/png', width: 400, height: 250 });
    expect(() => pie.getAs('text/plain')).toThrow('Converting from image/png to text/plain is not supported.');
    expect(() => pie.getAs('image/jpeg')).toThrow('Not emulated: EmbeddedChart.getAs(image/jpeg)');
  });

  it('uses Sheets’ default size without options and follows the cells as they are now', () => {
    const sheet = SpreadsheetApp.create('G').getSheets()[0];
    sheet.getRange('A1:B2').setValues([
      ['a', 1],
      ['b', 2],
    ]);
    const chart = sheet.newChart().addRange(sheet.getRange('A1:B2')).build();
    const before = bytesOf(chart.getBlob());
    expect(imageInfo(new Uint8Array(before))).toMatchObject({ width: 600, height: 371 });
    sheet.getRange('B2').setValue(0);
    expect(bytesOf(chart.getBlob()).equals(before)).toBe(false);
  });
});

// https://developers.google.com/apps-script/reference/document/body#appendImage(BlobSource)
// https://developers.google.com/apps-script/reference/document/inline-image
describe('InlineImage', () => {
  it('appends a chart image to the body in a paragraph of its own, with its size, bytes and alt text', () => {
    const doc = DocumentApp.create('Rapport');
    const body = doc.getBody();
    const chartBlob = chartOn(Charts.ChartType.BAR).getBlob();
    const img = body.appendImage(chartBlob);
    expect(img.getType()).toBe(DocumentApp.ElementType.INLINE_IMAGE);
    expect(img.getParent().getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(body.getNumChildren()).toBe(2);
    expect([img.getWidth(), img.getHeight()]).toEqual([400, 250]);
    expect(img.getAltTitle()).toBeNull();
    img.setWidth(300).setHeight(188).setAltTitle('Graphique 1').setAltDescription('Montants par axe');
    const again = body.getChild(1).asParagraph().getChild(0).asInlineImage();
    expect([again.getWidth(), again.getHeight(), again.getAltTitle(), again.getAltDescription()]).toEqual([300, 188, 'Graphique 1', 'Montants par axe']);
    expect(bytesOf(again.getBlob()).equals(bytesOf(chartBlob))).toBe(true);
    expect(body.getText()).toBe('\n');
    const html = (doc as unknown as { _toHtml(): string })._toHtml();
    expect(html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" width="300" height="188" alt="Graphique 1"/);
  });

  it('inserts images at an index and inside a paragraph, next to its text', () => {
    const body = DocumentApp.create('R').getBody();
    body.appendParagraph('Fin');
    body.insertImage(0, pngBlob(10, 20));
    expect(body.getChild(0).asParagraph().getChild(0).getType()).toBe(DocumentApp.ElementType.INLINE_IMAGE);
    const p = body.appendParagraph('Logo : ');
    p.appendInlineImage(pngBlob(30, 10));
    p.insertInlineImage(0, pngBlob(5, 5));
    expect(p.getNumChildren()).toBe(3);
    expect(p.getText()).toBe('Logo : ');
    expect(p.getChild(2).asInlineImage().getWidth()).toBe(30);
    expect(() => p.insertInlineImage(9, pngBlob(5, 5))).toThrow('Child index (9) must be less than the number of child elements (3).');
  });

  it('refuses what is not a PNG, JPEG or GIF image, and images over 25 megapixels; unknown methods still throw', () => {
    const body = DocumentApp.create('R').getBody();
    expect(() => body.appendImage(Utilities.newBlob('pas une image', 'image/png', 'x.png'))).toThrow('Invalid image data.');
    expect(() => body.appendImage(pngBlob(5001, 5000))).toThrow('Invalid image data.');
    expect(body.appendImage(pngBlob(5000, 5000)).getWidth()).toBe(5000);
    const gif = Utilities.newBlob([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 3, 0, 2, 0, 0, 0, 0], 'image/gif', 'g.gif');
    expect([body.appendImage(gif).getWidth(), body.appendImage(gif).getHeight()]).toEqual([3, 2]);
    const img = body.appendImage(pngBlob(2, 2));
    expect(() => (img as unknown as { merge(): void }).merge()).toThrow('Not emulated: InlineImage.merge');
    expect(() => img.setWidth(-1)).toThrow('Invalid argument: width');
  });
});
