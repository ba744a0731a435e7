// Warm analysis (DNS answered from memory) of a 50 KB and a 5 MB signed message, against
// mailauth's own spf + dkimVerify + dmarc called directly on the same bytes and answers.
import { analyzeMessage } from '../../lib/analyze';
import { dkimVerify, dmarc, spf } from '../../lib/auth/mailauth';
import { ZoneResolver } from '../../lib/dns';
import { scenario } from '../../test/helpers/scenarios';
import { type BenchRow, medianPair, row } from './rows';

export function bodyOfSize(bytes: number): string {
  const line = 'The quick brown fox jumps over the lazy dog, and the statement is attached below.\r\n';
  return line.repeat(Math.ceil(bytes / line.length));
}

export async function benchWarm(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [label, size, runs] of [
    ['50 KB', 50_000, 100],
    ['5 MB', 5_000_000, 7],
  ] as const) {
    const s = await scenario('authenticated', { body: bodyOfSize(size) });
    const bytes = new TextEncoder().encode(s.raw);
    const zone = ZoneResolver.fromJson(s.zone);
    const resolve = (name: string, type: string) => zone.resolve(name, type as 'TXT');
    const ours = () => analyzeMessage(bytes, { resolver: zone, trustedAuthservIds: [s.authservId] });
    const direct = async () => {
      const buf = Buffer.from(bytes);
      const [spfRes, dkimRes] = await Promise.all([
        spf({
          ip: '192.0.2.10',
          sender: 'bounce@northbank.example',
          helo: 'mail.northbank.example',
          resolver: resolve,
          mta: 'bench',
        } as never),
        dkimVerify(buf, { resolver: resolve } as never),
      ]);
      const spfPass =
        (spfRes as { status: { result: string } }).status.result === 'pass'
          ? [{ domain: 'northbank.example', aligned: true }]
          : [];
      const dkimPass = (
        (dkimRes as { results: Array<{ status: { result: string }; signingDomain: string }> }).results ?? []
      )
        .filter((r) => r.status.result === 'pass')
        .map((r) => ({ domain: r.signingDomain, aligned: true }));
      await dmarc({
        headerFrom: 'alerts@northbank.example',
        spfDomains: spfPass,
        dkimDomains: dkimPass,
        resolver: resolve,
      } as never);
    };
    // Warmed up as long as measured: steady state, not which side the JIT compiled first.
    const [oursMs, directMs] = await medianPair(runs, ours, direct, runs);
    rows.push(
      row(
        `warm analysis ${label}`,
        oursMs,
        'ms',
        directMs,
        'baseline: mailauth spf + dkimVerify + dmarc directly; goal ≤ 1.2×',
      ),
    );
  }
  return rows;
}
