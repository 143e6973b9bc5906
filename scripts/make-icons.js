#!/usr/bin/env node
/**
 * Generates the add-in icons in assets/ (icon-16.png, icon-32.png, icon-64.png,
 * icon-80.png) with nothing but node's zlib: no image library, deterministic output.
 *
 * Glyph: a ceiling bar ("plafond") above three columns of different heights,
 * in the French State blue #000091 on a transparent background. The shapes are
 * snapped to the pixel grid of each size so that the small icons stay crisp.
 *
 *   node scripts/make-icons.js          (rewrites the files; commit the result)
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const BLUE = [0x00, 0x00, 0x91, 0xff]; // #000091, opaque
const CLEAR = [0xff, 0xff, 0xff, 0x00]; // transparent (white if alpha is ignored)

/** Shapes in unit coordinates [x0, y0, x1, y1], origin top left. */
const SHAPES = [
  [0.06, 0.1, 0.94, 0.22], // ceiling bar
  [0.12, 0.44, 0.32, 0.9], // column 1
  [0.4, 0.3, 0.6, 0.9], // column 2 (tallest, still below the ceiling)
  [0.68, 0.56, 0.88, 0.9], // column 3
];

/** RGBA pixels (row-major) of the glyph at `size` x `size`. */
function drawGlyph(size) {
  const pixels = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) pixels.set(CLEAR, i * 4);
  for (const [ux0, uy0, ux1, uy1] of SHAPES) {
    const x0 = Math.round(ux0 * size);
    const y0 = Math.round(uy0 * size);
    // at least one pixel wide/high whatever the size
    const x1 = Math.max(x0 + 1, Math.round(ux1 * size));
    const y1 = Math.max(y0 + 1, Math.round(uy1 * size));
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) pixels.set(BLUE, (y * size + x) * 4);
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC(type + data). */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit truecolour + alpha, no interlace). */
function encodePng(width, height, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    const png = encodePng(size, size, drawGlyph(size));
    fs.writeFileSync(file, png);
    console.log(`${path.relative(process.cwd(), file)} (${size}x${size}, ${png.length} bytes)`);
  }
}

if (require.main === module) main();

module.exports = { drawGlyph, encodePng, crc32, SIZES };
