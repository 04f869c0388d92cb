/**
 * A static http server for dist/, standing in for the add-in's https host, plus
 * the npm copy of Office.js served where the page expects Microsoft's CDN.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { DIST, ROOT } from "./build";

export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const OFFICE_NPM_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Serve `dir` on a free loopback port. */
export function serveDirectory(dir: string = DIST): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = path.normalize(path.join(dir, pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** The local file that stands in for a CDN URL of Office.js, or null. */
export function officeFileFor(url: string): string | null {
  if (!url.startsWith(OFFICE_CDN)) return null;
  const rel = url.slice(OFFICE_CDN.length).split("?")[0];
  const file = path.normalize(path.join(OFFICE_NPM_DIST, rel));
  return file.startsWith(OFFICE_NPM_DIST) && fs.existsSync(file) ? file : null;
}
