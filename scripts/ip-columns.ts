// Every shard of the format-4 data read back into columns: the tables as format 3 held them, for
// the round-trip checks (tests) and the side-by-side benchmark against the single-file reader.
import { asnFlagsOfIndex, asnOfIndex, type IpTables, loadAllShards } from '../lib/relay/tables';
import type { IpColumns } from './ip-format-write';

export async function columnsOfShards(t: IpTables): Promise<IpColumns> {
  if (!(await loadAllShards(t)))
    throw new Error(`IP data incomplete: ${[...t.failed].map(([n, f]) => `${n}: ${f.error}`).join('; ')}`);
  const asns: number[] = [];
  const orgs: string[] = [];
  const hostIdx: number[] = [];
  for (let i = 0; i < t.nAsns; i++) {
    const a = asnOfIndex(t, i)!;
    asns.push(a.asn);
    orgs.push(a.org);
    if (asnFlagsOfIndex(t, i)!.hosting) hostIdx.push(i);
  }
  // The name table of formats 2 and 3: sorted, de-duplicated (format 4 keeps a name per ASN).
  const names = [...new Set(orgs)].sort();
  const nameIndex = new Map(names.map((n, i) => [n, i]));
  const seg = (kind: 'v4' | 'v6') =>
    t[kind].flatMap((s) => {
      const out: Array<{ start: bigint; idx: number }> = [];
      for (let i = 0; i < s!.asn.length; i++) {
        const w = [...s!.starts.subarray(i * s!.width, (i + 1) * s!.width)];
        while (w.length < (kind === 'v4' ? 1 : 4)) w.push(0);
        const start = w.reduce((acc, x) => (acc << 32n) | BigInt(x), 0n);
        out.push({ start, idx: s!.asn[i]! });
      }
      return out;
    });
  return {
    meta: t.meta,
    names,
    asns,
    asnNameIndex: orgs.map((o) => nameIndex.get(o)!),
    seg4: seg('v4'),
    seg6: seg('v6'),
    hostIdx,
  };
}
