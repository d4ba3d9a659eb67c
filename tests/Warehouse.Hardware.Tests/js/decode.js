// Reads barcodes from PNG files with ZXing (an independent decoder) and prints one JSON line per file:
// {"file": ..., "format": "CODE_128" | "QR_CODE", "text": ...} or {"file": ..., "error": ...}
'use strict';
const fs = require('fs');
const { PNG } = require('pngjs');
const ZXing = require('@zxing/library');

const hints = new Map();
hints.set(ZXing.DecodeHintType.POSSIBLE_FORMATS, [ZXing.BarcodeFormat.CODE_128, ZXing.BarcodeFormat.QR_CODE]);
hints.set(ZXing.DecodeHintType.TRY_HARDER, true);
// Report FNC1 as GS (and a leading FNC1 as ]C1), as GS1 scanners do.
hints.set(ZXing.DecodeHintType.ASSUME_GS1, true);

for (const file of process.argv.slice(2)) {
  const png = PNG.sync.read(fs.readFileSync(file));
  const luminance = new Uint8ClampedArray(png.width * png.height);
  for (let i = 0; i < luminance.length; i++) {
    const [r, g, b] = [png.data[i * 4], png.data[i * 4 + 1], png.data[i * 4 + 2]];
    luminance[i] = (r * 299 + g * 587 + b * 114) / 1000;
  }
  const source = new ZXing.RGBLuminanceSource(luminance, png.width, png.height);
  const bitmap = new ZXing.BinaryBitmap(new ZXing.HybridBinarizer(source));
  try {
    const result = new ZXing.MultiFormatReader().decode(bitmap, hints);
    console.log(JSON.stringify({ file, format: ZXing.BarcodeFormat[result.getBarcodeFormat()], text: result.getText() }));
  } catch (e) {
    console.log(JSON.stringify({ file, error: String(e && e.message || e) }));
  }
}
