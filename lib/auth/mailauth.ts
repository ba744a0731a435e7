// The only file that imports mailauth (STYLE.md). We load the protocol modules, not the package
// root: the root pulls in BIMI and undici, which crash on Node 20 and bloat the worker bundle.
// In the extension build, wxt.config.ts aliases the Node built-ins these modules use to
// browser-safe shims (lib/auth/shims/).
export { arc } from 'mailauth/lib/arc';
export { dkimVerify } from 'mailauth/lib/dkim/verify';
export { dmarc } from 'mailauth/lib/dmarc';
export { spf } from 'mailauth/lib/spf';
