// The SPF part of the mailauth adapter (lib/auth/mailauth.ts re-exports it), in a file of its own
// so that `headerlens spf` loads mailauth's SPF module and not its DKIM verifier (issue 19 §3):
// importing lib/auth/mailauth.ts evaluates every protocol module it names.
import './shims/globals';

export { spf } from 'mailauth/lib/spf';
