// Stand-in for Node modules the worker must never use: `dns` and `https` (DNS goes through the
// injected DoH resolver), undici and @postalsys/vmc (BIMI, never loaded). A call that slips
// through fails like an unreachable DNS server (ECONNREFUSED), which mailauth reports as
// temperror: never a false "fail", and never a crash at import time.
function unavailable(what: string): Error & { code: string } {
  return Object.assign(new Error(`${what} is not available in the HeaderLens worker: pass a resolver`), {
    code: 'ECONNREFUSED',
  });
}

const reject = (what: string) => () => Promise.reject(unavailable(what));
const thrower = (what: string) => () => {
  throw unavailable(what);
};

export const promises = {
  resolve: reject('dns.resolve'),
  resolveTxt: reject('dns.resolveTxt'),
  resolveMx: reject('dns.resolveMx'),
  resolve4: reject('dns.resolve4'),
  resolve6: reject('dns.resolve6'),
  reverse: reject('dns.reverse'),
};
export const resolve = thrower('dns.resolve');
export const request = thrower('https.request');
export const get = thrower('https.get');
export const fetch = reject('undici.fetch');
export class Agent {
  constructor() {
    throw unavailable('undici.Agent');
  }
}
export const validateVMC = reject('BIMI');
export const bimi = reject('BIMI');
export default { promises, resolve, request, get, fetch, Agent, validateVMC, bimi };
