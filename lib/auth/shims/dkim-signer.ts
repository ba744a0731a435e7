// mailauth's DKIM signer, in its place: its ARC code imports it only to seal (createSeal), which the
// worker never does; verifying an ARC chain or a DKIM signature does not touch it. Sealing through
// this stand-in fails loudly instead of signing with shimmed crypto.
export class DkimSigner {
  constructor() {
    throw new Error('HeaderLens: mailauth’s DKIM signer (ARC sealing) is not part of the worker build');
  }
}
export default { DkimSigner };
