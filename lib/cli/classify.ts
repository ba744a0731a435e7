import { loadIpTablesFromDisk } from '../../scripts/ip-tables-node';
import { createClassifier, parseIpOrError } from '../relay/classify';
import { parseOptions, UsageError } from './usage';

export async function runClassify(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean' } });
  if (positionals.length === 0) throw new UsageError('classify needs at least one IP address', true);
  for (const ip of positionals) {
    const parsed = parseIpOrError(ip);
    if (!parsed.ok) throw new UsageError(parsed.error);
  }
  let classify: ReturnType<typeof createClassifier>;
  try {
    classify = createClassifier(await loadIpTablesFromDisk());
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const rows = positionals.map((ip) => {
    const c = classify(ip)!;
    return {
      ip,
      asn: c.asn,
      org: c.org,
      hosting: c.hosting,
      esp: c.esp,
      ...(c.embeddedIpv4 ? { embeddedIpv4: c.embeddedIpv4 } : {}),
    };
  });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    for (const r of rows) {
      const kind = r.esp
        ? `email service provider: ${r.esp}`
        : r.hosting
          ? `hosted server on ${r.hosting.provider}`
          : 'not a known hosting or email provider';
      // The network named is the IPv4 host's an IPv6 address carries (NAT64, 6to4, Teredo).
      const host = r.embeddedIpv4 ? ` (IPv4 ${r.embeddedIpv4.ip} via ${r.embeddedIpv4.via})` : '';
      process.stdout.write(`${r.ip}${host}\tAS${r.asn ?? '?'} ${r.org ?? 'unknown organisation'}\t${kind}\n`);
    }
  }
  return 0;
}
