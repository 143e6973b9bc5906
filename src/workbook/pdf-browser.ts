/**
 * pdfjs for the browser, on demand: its legacy build (older Safari and WebView2 included) in a
 * chunk of its own, fetched the first time the user opens a PDF, and its worker, a file of the
 * add-in's own server (never a CDN). The task pane's bundle holds only the worker's URL.
 */
import workerUrl from "pdfjs-dist/legacy/build/pdf.worker.min.mjs";

export async function loadPdfjs(): Promise<unknown> {
  const pdfjs = await import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.min.mjs");
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfjs;
}
