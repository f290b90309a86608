/** The web app's build: web/ → dist/web, served by `gazette serve`. `npx vite web` runs it against a server on :8080. */
import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here("."),
  base: "/",
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  build: {
    outDir: here("../dist/web"),
    emptyOutDir: true,
    // The map and graph libraries are large but load once; say so only when it gets out of hand.
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: false,
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
