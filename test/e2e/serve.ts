import { serveDir } from "../../scripts/static-server.cjs";

/** dist/ over HTTP, as any intranet web server would serve the built page. */
export function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
  return serveDir(root);
}
