/**
 * The two pdfjs files the pane bundles (webpack.config.js): the library as an ES module, in a
 * chunk of its own, and its worker as a file of the add-in's server, whose URL the import gives.
 * Only the part src/workbook/pdf.ts uses is declared.
 */
declare module "pdfjs-dist/legacy/build/pdf.min.mjs" {
  export const GlobalWorkerOptions: { workerSrc: string };
  export function getDocument(options: Record<string, unknown>): { promise: Promise<unknown> };
}

declare module "pdfjs-dist/legacy/build/pdf.worker.min.mjs" {
  /** The worker's URL on the add-in's own server (webpack's asset/resource rule). */
  const url: string;
  export default url;
}
