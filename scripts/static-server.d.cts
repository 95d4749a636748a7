export declare function serveDir(
  root: string,
  options?: { port?: number; host?: string; tls?: { key: string | Buffer; cert: string | Buffer } },
): Promise<{ url: string; close(): Promise<void> }>;
