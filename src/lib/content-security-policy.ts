// The site's Content-Security-Policy: everything from this origin only, no inline script, no eval except
// WebAssembly compilation (Pagefind's search runs in WASM), no plugin, no <base>, and Trusted Types required for
// every HTML and script sink (innerHTML, script.src …): the site's scripts build their DOM from elements and
// text nodes, so none needs a policy, and a string that reaches a sink is blocked, not parsed. Every page carries
// it as <meta http-equiv>; public/_headers sends the same policy as a header, plus frame-ancestors, which a
// <meta> cannot carry (tests/e2e/csp.spec.ts holds the two together). The policy is in every page's 12 KB
// budget, so it names only what differs from default-src (styles, fetches, fonts fall back to 'self') and leaves
// out the optional space after each ";".
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  // data: is the empty favicon (<link rel="icon" href="data:,">), which saves a request.
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
].join(';');

/** The <meta> element, written as it is: an attribute would escape every ' as &#39; (bytes on every page). */
export const contentSecurityPolicyMeta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`;
