/**
 * The command line's zlib codec sizes its output by what the compressed bytes can hold, never by
 * the size a part declares: a part declaring 1.4 GB for 1 MB of data gets a buffer of its data.
 */
import * as zlib from "zlib";
import { nodeZipCodec } from "../../../src/workbook/xlsx/codec-node";

function noise(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = 2463534242;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

test("a part that declares far more than it holds keeps a buffer of its own size", () => {
  const data = noise(1 << 20);
  const raw = zlib.deflateRawSync(data);
  const out = nodeZipCodec.inflate(raw, 1_400_000_000);
  expect(Buffer.from(out).equals(Buffer.from(data))).toBe(true);
  expect(out.buffer.byteLength).toBeLessThan(2 * data.length);
});

test("a sheet compressed far beyond 64 times is still read whole", () => {
  const data = new Uint8Array(8 << 20).fill(0x41); // 8 MB of one letter: about 1 000 times
  const raw = zlib.deflateRawSync(data);
  expect(raw.length * 64).toBeLessThan(data.length);
  const out = nodeZipCodec.inflate(raw, data.length);
  expect(out.length).toBe(data.length);
  expect(out.every((b) => b === 0x41)).toBe(true);
});
