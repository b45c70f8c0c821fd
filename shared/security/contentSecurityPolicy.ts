// The Content-Security-Policy both hosts send as a header (the app:// protocol in Electron, the
// loopback web host in a browser); renderer/index.html carries the same policy as a meta
// fallback, and a test keeps the two equal. Nothing remote, no inline script, no eval.

// React Aria injects one fixed <style> element ([data-react-aria-pressable] touch-action) when
// the first pressable mounts. Allowing exactly that text by hash keeps inline styles otherwise
// forbidden; if the library changes the text, the e2e console check fails and names the new hash.
const REACT_ARIA_PRESSABLE_STYLE = "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='";

const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${REACT_ARIA_PRESSABLE_STYLE}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/** The policy as an HTTP header. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** The policy as a <meta> tag carries it (browsers ignore frame-ancestors there). */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.join('; ');
