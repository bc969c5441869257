import { defineConfig, type Plugin } from "vite";

// Nothing the carer types may leave the browser. The built page says so to the browser too: it may
// load only its own files and may not connect or submit anywhere. Build only, because the dev
// server needs a websocket and inline styles for hot reloading.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "intake-web:content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

export default defineConfig({
  // Workspace packages are bundled from their TypeScript source (the `@carerkit/source` export
  // condition): the page works on a fresh clone without building the packages first, and the
  // bundle report can name every SDK source file that ends up in the page.
  resolve: { conditions: ["@carerkit/source", "module", "browser", "development|production"] },
  plugins: [contentSecurityPolicy()],
  build: { target: "es2022", assetsInlineLimit: 0 },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
});
