import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const profile = mkdtempSync(join(tmpdir(), "huibiao-lo-profile-"));

/** LibreOffice's CSV export with UTF-8 (76) and one file per sheet (-1); plain csv turns Chinese into ?. */
export const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/**
 * Converts files with LibreOffice (a real spreadsheet program) in one process; returns the
 * output folder's files. LibreOffice must be installed (.ci/run installs it).
 */
export function convert(files: readonly string[], target: string, outdir: string): string[] {
  try {
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", target, "--outdir", outdir, ...files],
      {
        stdio: "pipe",
        timeout: 240_000,
      },
    );
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
    if (err.code === "ENOENT")
      throw new Error(
        "LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui fonts-noto-cjk",
      );
    throw new Error(`soffice failed: ${err.stderr?.toString() ?? err.message}`);
  }
  return readdirSync(outdir).map((f) => join(outdir, f));
}
