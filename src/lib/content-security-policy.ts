// The site's Content-Security-Policy: everything from this origin only, no inline script, no eval except
// WebAssembly compilation (Pagefind's search runs in WASM). Every page carries it as <meta http-equiv>;
// public/_headers sends the same policy as a header, plus frame-ancestors, which a <meta> cannot carry
// (tests/e2e/csp.spec.ts holds the two together).
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // data: is the empty favicon (<link rel="icon" href="data:,">), which saves a request.
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
