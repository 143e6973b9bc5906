/**
 * A convention's file, as the user gives it, to text — the same for `plafond import` and the
 * pane: a PDF through the host's PDF reader, else a text in UTF-8, UTF-16 (with its mark) or
 * Windows-1252. Anything else is refused in French, naming the file.
 */
import { decodeText, hasUtf16Bom, UnreadableInput } from "../grid";

/** Extracts a PDF's text (pdfjs, locally); throws an UnreadableInput saying why it cannot. */
export type PdfTextReader = (bytes: Uint8Array) => Promise<string>;

export const MSG_FILE_EMPTY = (file: string) => `${file} est vide : aucune convention à lire.`;
export const MSG_FILE_BINARY = (file: string) =>
  `${file} n'est ni un PDF ni un fichier texte : enregistrez la convention en PDF ou en texte (.txt).`;
export const MSG_FILE_PDF = (file: string, why: string) => `${file} : ${why}.`;

export function isPdf(name: string, bytes: Uint8Array): boolean {
  return (
    new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).includes("%PDF-") ||
    /\.pdf$/i.test(name)
  );
}

/** The text of a convention's file; throws an UnreadableInput with a French sentence. */
export async function conventionFileText(
  name: string,
  bytes: Uint8Array,
  readPdf: PdfTextReader
): Promise<string> {
  if (bytes.length === 0) throw new UnreadableInput(MSG_FILE_EMPTY(name));
  let text: string;
  if (isPdf(name, bytes)) {
    try {
      text = await readPdf(bytes);
    } catch (e) {
      if (e instanceof UnreadableInput) throw new UnreadableInput(MSG_FILE_PDF(name, e.message));
      throw e;
    }
  } else {
    // A NUL byte in a file without UTF-16 mark: a spreadsheet, an image, a Word file…
    if (!hasUtf16Bom(bytes) && bytes.subarray(0, 8192).includes(0))
      throw new UnreadableInput(MSG_FILE_BINARY(name));
    text = decodeText(bytes).text;
  }
  if (text.trim() === "") throw new UnreadableInput(MSG_FILE_EMPTY(name));
  return text;
}
