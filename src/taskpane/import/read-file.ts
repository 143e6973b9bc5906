/**
 * A convention's file, as the user chose it, to text: a PDF through pdfjs (loaded on demand),
 * a text in UTF-8, UTF-16 or Windows-1252 (an older Windows editor's). Anything else is refused
 * in French, with the file's name.
 */
import { decodeText } from "../../workbook/csv";
import { extractPdfText, PdfReadError } from "../../workbook/pdf";
import { MSG_FILE_BINARY, MSG_FILE_EMPTY, MSG_FILE_PDF } from "./messages";

/** Gives pdfjs (the browser's bundled build; tests give Node's). */
export type PdfLoader = () => Promise<unknown>;

const isPdf = (name: string, bytes: Uint8Array) =>
  new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).includes("%PDF-") ||
  /\.pdf$/i.test(name);

const hasBom16 = (b: Uint8Array) => b[0] === 0xff && b[1] === 0xfe;

export async function conventionText(
  name: string,
  bytes: Uint8Array,
  loadPdf: PdfLoader
): Promise<string> {
  if (bytes.length === 0) throw new Error(MSG_FILE_EMPTY(name));
  let text: string;
  if (isPdf(name, bytes)) {
    try {
      text = await extractPdfText(bytes, loadPdf);
    } catch (e) {
      if (e instanceof PdfReadError) throw new Error(MSG_FILE_PDF(name, e.message));
      throw e;
    }
  } else {
    // A NUL byte in a file without UTF-16 mark: a spreadsheet, an image, a Word file…
    if (!hasBom16(bytes) && bytes.subarray(0, 8192).includes(0))
      throw new Error(MSG_FILE_BINARY(name));
    text = decodeText(bytes).text;
  }
  if (text.trim() === "") throw new Error(MSG_FILE_EMPTY(name));
  return text;
}
