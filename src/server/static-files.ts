/**
 * The built web app (dist/web), served by the API's own process. Paths the app routes itself
 * (/events/12, /map?…) get index.html; hashed assets are cached for good, the page never.
 */
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export function webFiles(root: string): (pathname: string) => Promise<Response> {
  const base = normalize(root + sep);
  return async (pathname) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return new Response("bad path", { status: 400 });
    }
    const path = normalize(join(base, decoded));
    // normalize() resolves ".."; anything that lands outside the root is refused.
    if (!path.startsWith(base) || decoded.includes("\0")) return new Response("not found", { status: 404 });
    if (decoded !== "/" && (await isFile(path))) {
      const immutable = decoded.startsWith("/assets/");
      return new Response(await readFile(path), {
        headers: {
          "content-type": TYPES[extname(path)] ?? "application/octet-stream",
          "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
        },
      });
    }
    // A missing asset is an error; any other path is a view of the app (ids may contain dots).
    if (decoded.startsWith("/assets/")) return new Response("not found", { status: 404 });
    return new Response(await readFile(join(base, "index.html")), { headers: { "content-type": TYPES[".html"], "cache-control": "no-cache" } });
  };
}
