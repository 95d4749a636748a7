// A small static file server for dist/: used by `npm start` (https, port 3000) and the e2e tests.
// CommonJS, so that the ESM scripts and the Jest tests (compiled to CommonJS) can both load it.
"use strict";
const { createServer: createHttp } = require("node:http");
const { createServer: createHttps } = require("node:https");
const { readFile, stat } = require("node:fs/promises");
const { extname, join, normalize, resolve } = require("node:path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json",
};

/** Serves `root`; `tls` ({key, cert}) for https. Resolves once listening, with the base URL. */
async function serveDir(root, { port = 0, host = "127.0.0.1", tls } = {}) {
  const base = resolve(root);
  const handler = async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^([/\\])+/, "");
    const file = join(base, path || "taskpane.html");
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("没有这个文件");
    }
  };
  const server = tls ? createHttps(tls, handler) : createHttp(handler);
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const url = `${tls ? "https" : "http"}://${host === "0.0.0.0" ? "localhost" : host}:${address.port}/`;
  return { url, close: () => new Promise((ok) => server.close(() => ok())) };
}

module.exports = { serveDir };
