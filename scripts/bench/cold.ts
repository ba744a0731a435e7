// Cold analysis (nothing cached) with 50 ms per DNS query, against the bound "critical-path depth
// × latency". The message's DNS has an SPF include chain of depth 2 (TXT → include TXT), a DKIM
// key (1) and a DMARC record (1), so independent lookups in parallel give a bound of 2 × 50 ms.
import { analyzeMessage } from '../../lib/analyze';
import { ZoneResolver } from '../../lib/dns';
import { scenario } from '../../test/helpers/scenarios';
import { LatencyResolver } from './latency';
import { type BenchRow, middle, row } from './rows';

const LATENCY = 50;
const DEPTH = 2;

export async function benchCold(): Promise<BenchRow[]> {
  const s = await scenario('authenticated');
  const zone = {
    ...s.zone,
    'northbank.example': { TXT: ['v=spf1 include:_spf.northbank.example -all'] },
    '_spf.northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  };
  const times: number[] = [];
  let queries = 0;
  let verdict = '';
  for (let i = 0; i < 5; i++) {
    const resolver = new LatencyResolver(ZoneResolver.fromJson(zone), LATENCY);
    const t = performance.now();
    const a = await analyzeMessage(s.raw, { resolver, trustedAuthservIds: [s.authservId] });
    times.push(performance.now() - t);
    queries = resolver.queries;
    verdict = a.verdict;
  }
  const bound = DEPTH * LATENCY;
  return [
    row(
      'cold analysis, 50 ms/query',
      middle(times),
      'ms',
      bound,
      `bound = depth ${DEPTH} × ${LATENCY} ms; ${queries} queries; verdict ${verdict}; goal ≤ 1.2×`,
    ),
  ];
}
