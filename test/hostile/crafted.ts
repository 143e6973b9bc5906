/**
 * Inputs built byte by byte: zip bombs (cheap to build, tiny on disk), OLE compound files (what
 * a password-protected .xlsx and an Excel 97-2003 .xls both are), an OpenDocument spreadsheet.
 */
import { crc32, constants, createDeflateRaw } from "zlib";
import { strToU8, unzipSync, zipSync } from "fflate";

/** A zip entry as it goes on disk: its data already compressed (method 8) or stored (0). */
export interface RawEntry {
  readonly name: string;
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  readonly crc: number;
  /** The uncompressed size the entry declares (may lie); above 4 GB it is written as zip64. */
  readonly size: number;
}

const le16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const le32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const le64 = (n: number) => [...le32(n % 0x100000000), ...le32(Math.floor(n / 0x100000000))];

/** A zip archive of the given entries, in order (zip64 extra fields for sizes of 4 GB or more). */
export function writeRawZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: number[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const big = e.size >= 0xffffffff;
    const extra = big ? [...le16(1), ...le16(16), ...le64(e.size), ...le64(e.data.length)] : [];
    const sizes = big
      ? [...le32(0xffffffff), ...le32(0xffffffff)]
      : [...le32(e.data.length), ...le32(e.size)];
    const common = [
      ...le16(big ? 45 : 20),
      ...le16(0),
      ...le16(e.method),
      ...le16(0),
      ...le16(0x5021),
      ...le32(e.crc),
      ...sizes,
      ...le16(name.length),
      ...le16(extra.length),
    ];
    const local = Uint8Array.from([...le32(0x04034b50), ...common, ...name, ...extra]);
    central.push(
      ...le32(0x02014b50),
      ...le16(big ? 45 : 20),
      ...common,
      ...le16(0),
      ...le16(0),
      ...le16(0),
      ...le32(0),
      ...le32(offset),
      ...name,
      ...extra
    );
    chunks.push(local, e.data);
    offset += local.length + e.data.length;
  }
  const eocd = [
    ...le32(0x06054b50),
    ...le16(0),
    ...le16(0),
    ...le16(entries.length),
    ...le16(entries.length),
    ...le32(central.length),
    ...le32(offset),
    ...le16(0),
  ];
  chunks.push(Uint8Array.from(central), Uint8Array.from(eocd));
  return Buffer.concat(chunks);
}

/** The entries of a package as written by fflate, re-compressed one by one, in order. */
export function entriesOf(pkg: Uint8Array): RawEntry[] {
  return Object.entries(unzipSync(pkg)).map(([name, data]) => ({
    name,
    data: zipSyncRaw(data),
    method: 8 as const,
    crc: crc32(data),
    size: data.length,
  }));
}

function zipSyncRaw(data: Uint8Array): Uint8Array {
  // fflate's zip of one entry holds the raw deflate stream after its 30-byte header and name.
  const one = zipSync({ p: [data, { level: 6 }] });
  const nameLen = one[26] | (one[27] << 8);
  const extraLen = one[28] | (one[29] << 8);
  const compressed = one[18] | (one[19] << 8) | (one[20] << 16) | (one[21] << 24);
  return one.slice(30 + nameLen + extraLen, 30 + nameLen + extraLen + (compressed >>> 0));
}

/**
 * A raw deflate stream of `prefix`, then `megabytes` MB of "A", then `suffix`, built in a few
 * milliseconds without ever holding the inflated text: after a sync flush, each further
 * megabyte of "A" compresses to the same bytes, which are repeated. About 1 KB per MB.
 */
export async function bombStream(
  prefix: string,
  megabytes: number,
  suffix: string
): Promise<{ data: Uint8Array; crc: number; size: number }> {
  const unit = Buffer.alloc(1 << 20, 65);
  const deflate = createDeflateRaw({ level: 9 });
  let pending: Buffer[] = [];
  deflate.on("data", (c: Buffer) => pending.push(c));
  const push = async (b: Buffer) => {
    deflate.write(b);
    await new Promise<void>((resolve) => deflate.flush(constants.Z_SYNC_FLUSH, () => resolve()));
    const out = Buffer.concat(pending);
    pending = [];
    return out;
  };
  const head = [await push(Buffer.from(prefix)), await push(unit), await push(unit)];
  const segment = await push(unit);
  if (!segment.equals(await push(unit))) throw new Error("the deflate segment is not stable");
  deflate.destroy();
  const tail = Buffer.from(suffix);
  // A final stored block: BFINAL=1, BTYPE=00, then LEN and NLEN (the stream is byte-aligned).
  const stored = Buffer.from([1, ...le16(tail.length), ...le16(~tail.length & 0xffff)]);
  const parts = [...head, ...new Array<Buffer>(megabytes - 2).fill(segment), stored, tail];
  let crc = crc32(Buffer.from(prefix));
  for (let i = 0; i < megabytes; i++) crc = crc32(unit, crc);
  crc = crc32(tail, crc);
  return {
    data: Buffer.concat(parts),
    crc,
    size: prefix.length + megabytes * unit.length + tail.length,
  };
}

/** A shared-strings part holding one string of `megabytes` MB. */
export const SST_PREFIX =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>';
export const SST_SUFFIX = "</t></si></sst>";

/** `pkg` with its entry `name` replaced by `entry` (same position). */
export function replaceEntry(
  pkg: Uint8Array,
  name: string,
  entry: Omit<RawEntry, "name">
): Uint8Array {
  return writeRawZip(entriesOf(pkg).map((e) => (e.name === name ? { name, ...entry } : e)));
}

// --- OLE compound files (CFB v3, 512-byte sectors; streams of 4 KB so no mini stream) ---

const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;

function dirEntry(
  name: string,
  type: 1 | 2 | 5,
  child: number,
  right: number,
  start: number,
  size: number
): number[] {
  const nameBytes = [...Buffer.from(name + "\0", "utf16le")];
  const out = new Array<number>(128).fill(0);
  nameBytes.forEach((b, i) => (out[i] = b));
  const set = (at: number, bytes: number[]) => bytes.forEach((b, i) => (out[at + i] = b));
  set(64, le16(nameBytes.length));
  out[66] = type;
  out[67] = 1; // black
  set(68, le32(FREESECT)); // left sibling
  set(72, le32(right));
  set(76, le32(child));
  set(116, le32(start));
  set(120, le32(size));
  return out;
}

/** A compound file whose root holds the given streams (each padded to 4 096 bytes). */
export function cfbFile(streams: ReadonlyArray<[string, Uint8Array]>): Uint8Array {
  const SECTOR = 512;
  const perStream = 8;
  const header = new Array<number>(SECTOR).fill(0);
  const put = (at: number, bytes: number[]) => bytes.forEach((b, i) => (header[at + i] = b));
  put(0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  put(24, [...le16(0x3e), ...le16(3), ...le16(0xfffe), ...le16(9), ...le16(6)]);
  put(44, le32(1)); // FAT sectors
  put(48, le32(1)); // first directory sector
  put(56, [...le32(0x1000), ...le32(ENDOFCHAIN), ...le32(0), ...le32(ENDOFCHAIN), ...le32(0)]);
  put(76, le32(0));
  for (let i = 1; i < 109; i++) put(76 + 4 * i, le32(FREESECT));
  const fat = new Array<number>(128).fill(FREESECT);
  fat[0] = FATSECT;
  fat[1] = ENDOFCHAIN;
  streams.forEach((_, s) => {
    const first = 2 + s * perStream;
    for (let k = 0; k < perStream; k++)
      fat[first + k] = k === perStream - 1 ? ENDOFCHAIN : first + k + 1;
  });
  const dir = [...dirEntry("Root Entry", 5, 1, FREESECT, ENDOFCHAIN, 0)];
  streams.forEach(([name], s) =>
    dir.push(
      ...dirEntry(
        name,
        2,
        FREESECT,
        s + 1 < streams.length ? s + 2 : FREESECT,
        2 + s * perStream,
        perStream * SECTOR
      )
    )
  );
  while (dir.length < SECTOR) {
    const unused = new Array<number>(128).fill(0);
    [68, 72, 76].forEach((at) => le32(FREESECT).forEach((b, i) => (unused[at + i] = b)));
    dir.push(...unused);
  }
  const body = streams.map(([, data]) => {
    const padded = new Uint8Array(perStream * SECTOR);
    padded.set(data.subarray(0, padded.length));
    return padded;
  });
  return Buffer.concat([
    Uint8Array.from(header),
    Uint8Array.from(fat.flatMap(le32)),
    Uint8Array.from(dir.slice(0, SECTOR)),
    ...body,
  ]);
}

/** What Excel writes for a workbook with an opening password: the package, encrypted (agile). */
export function encryptedXlsx(): Uint8Array {
  const info = Buffer.concat([
    Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]),
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></encryption>'
    ),
  ]);
  const pkg = Buffer.alloc(4096, 0x5a);
  pkg.writeUInt32LE(4000, 0);
  return cfbFile([
    ["EncryptionInfo", info],
    ["EncryptedPackage", pkg],
  ]);
}

/** An Excel 97-2003 workbook: a "Workbook" stream opening with a BIFF8 BOF record. */
export function legacyXls(): Uint8Array {
  const bof = Buffer.from([
    0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0x54, 0x38, 0xcd, 0x07, 0xc1, 0xc0, 0x00, 0x00,
    0x06, 0x03, 0x00, 0x00,
  ]);
  return cfbFile([
    ["Workbook", bof],
    ["\u0005SummaryInformation", Buffer.from([0xfe, 0xff, 0, 0])],
  ]);
}

/** A LibreOffice spreadsheet: `mimetype` stored first, then the manifest and content. */
export function odsFile(): Uint8Array {
  const content =
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">' +
    '<office:body><office:spreadsheet><table:table table:name="Convention"><table:table-row><table:table-cell office:value-type="string"><text:p>Référence</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>';
  return zipSync({
    mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
    "META-INF/manifest.xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    ),
    "content.xml": strToU8(content),
  });
}
