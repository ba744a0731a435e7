// Options → DNS → "Test" against a real DoH JSON server on 127.0.0.1 (test/helpers/doh-server).
import { afterEach, describe, expect, it } from 'vitest';
import { checkDohServer, DOH_TEST_NAME } from '../../../lib/ext/doh-check';
import { type DohServer, startDohServer } from '../../helpers/doh-server';

let server: DohServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('checkDohServer', () => {
  it('a server that answers works, even with "no such name"', async () => {
    server = await startDohServer({});
    const r = await checkDohServer(server.url);
    expect(r.ok).toBe(true);
    expect(server.queries).toEqual([{ name: DOH_TEST_NAME, type: 'A' }]);
  });

  it('a failing or silent server does not, and says how', async () => {
    server = await startDohServer({}, { failWith: 'servfail' });
    const bad = await checkDohServer(server.url);
    expect(bad).toEqual({ ok: false, problem: expect.stringMatching(/server failure/) });
    await server.close();
    server = await startDohServer({}, { failWith: 'timeout' });
    const silent = await checkDohServer(server.url, { timeoutMs: 300 });
    expect(silent).toEqual({ ok: false, problem: expect.stringMatching(/did not answer/) });
  });

  it('an address where nothing listens cannot be reached', async () => {
    const r = await checkDohServer('http://127.0.0.1:9/dns-query');
    expect(r).toEqual({ ok: false, problem: expect.stringMatching(/could not be reached/) });
  });
});
