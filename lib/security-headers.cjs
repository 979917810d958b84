// The security headers of every answer: Next adds them to pages and its routes (next.config.js), the API
// router's answers carry them from lib/api/respond.ts. CommonJS, so that next.config.js can require it.

/**
 * The Content-Security-Policy. Next's App Router streams its payload in inline <script> tags whose
 * text differs per page, so without per-request nonces (which would need proxy.ts to mint one and
 * every page to render dynamically) scripts need 'unsafe-inline'; script-src-attr 'none' still
 * refuses inline event handlers (onclick="…"), and nothing loads from another origin. Styles are
 * files; only style attributes (React's style={…}) are inline. Payments and sign-ins with an outside
 * provider (next-auth's signIn()) leave through window.location, which form-action does not govern
 * (Chromium applies it to a form post's redirects too), so forms post to this origin only.
 * Only `next dev` (its phase, not a NODE_ENV a build might inherit) gets eval for React Refresh, inline <style> for hot CSS and a WebSocket for HMR.
 */
/**
 * With the S3 storage driver, browsers upload to the bucket and load previews from it (signed
 * redirects): its origins, path-style and virtual-hosted, read from the environment at build and start.
 */
function storageOrigins(source = process.env) {
  if (source.STORAGE_DRIVER !== "s3") return [];
  const bucket = source.S3_BUCKET ?? "";
  const region = source.S3_REGION || "us-east-1";
  try {
    const endpoint = new URL(source.S3_ENDPOINT || `https://s3.${region}.amazonaws.com`);
    return [endpoint.origin, ...(bucket ? [`${endpoint.protocol}//${bucket}.${endpoint.host}`] : [])];
  } catch {
    return [];
  }
}

/**
 * The two <style> elements React Aria (the skill picker's ComboBox) adds to <head> at run time: the
 * pressable touch-action rule and the scroll lock's overscroll rule. Their text is fixed, so their
 * hashes allow exactly them (tests/unit/csp-style-hashes.test.ts recomputes them from the library).
 */
const LIBRARY_STYLE_HASHES = ["'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='", "'sha256-gYiS/BvZvRcK27JIXTuwhZ3hs2+VJ1X+2gUlE+farlg='"];

function contentSecurityPolicy({ isDevelopment }) {
  const storage = storageOrigins();
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
    "script-src-attr": ["'none'"],
    "style-src": ["'self'", ...LIBRARY_STYLE_HASHES, ...(isDevelopment ? ["'unsafe-inline'"] : [])],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", ...storage],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...storage, ...(isDevelopment ? ["ws:", "wss:"] : [])],
    "frame-src": ["'none'"],
    "worker-src": ["'self'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "object-src": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

const securityHeaders = ({ isDevelopment }) => [
  { key: "Content-Security-Policy", value: contentSecurityPolicy({ isDevelopment }) },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // Links that open new tabs already use rel="noopener"; this keeps any opened window from reaching back.
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

module.exports = { securityHeaders };
