/**
 * LibreOffice for the tests that print a workbook to PDF: Debian's headless Calc, and Carlito,
 * the font metric-compatible with Calibri (the workbooks' font, which Excel lays out with), so
 * that LibreOffice lays the columns out as Excel does. Installed by the test when absent and
 * running as root, as the browser tests do with Chromium.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"];
const CARLITO = "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf";
const PACKAGES = ["libreoffice-calc-nogui", "fonts-crosextra-carlito"];

export function libreOffice(): string {
  const found = () => SOFFICE.find((f) => fs.existsSync(f));
  if (!found() || !fs.existsSync(CARLITO)) {
    if (process.getuid?.() !== 0)
      throw new Error(`LibreOffice absent: apt-get install ${PACKAGES.join(" ")}`);
    execFileSync("apt-get", ["update"], { stdio: "ignore" });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...PACKAGES], {
      stdio: "ignore",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  }
  const soffice = found();
  if (!soffice) throw new Error("LibreOffice did not install");
  return soffice;
}

/** `file` exported to PDF by LibreOffice (every sheet), in `dir`; returns the PDF's path. */
export function toPdf(file: string, dir: string): string {
  const soffice = libreOffice();
  // A profile of its own: a LibreOffice already running for someone else is not disturbed.
  const profile = `file://${path.join(dir, "lo-profile")}`;
  const r = spawnSync(
    soffice,
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      file,
    ],
    { encoding: "utf8", timeout: 180_000 }
  );
  const pdf = path.join(dir, path.basename(file).replace(/\.[^.]+$/, ".pdf"));
  if (r.status !== 0 || !fs.existsSync(pdf)) throw new Error(`LibreOffice: ${r.stderr}`);
  return pdf;
}
