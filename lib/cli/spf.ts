import { checkSpf } from '../auth/spf';
import { resolverFrom } from './io';
import { parseOptions, UsageError } from './usage';

export async function runSpf(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    ip: { type: 'string' },
    sender: { type: 'string' },
    helo: { type: 'string' },
    'dns-zone': { type: 'string' },
    doh: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`, true);
  if (!values.ip) throw new UsageError('spf needs --ip', true);
  if (values.sender === undefined)
    throw new UsageError('spf needs --sender (an empty one means postmaster@helo)', true);
  if (!values.sender && !values.helo) throw new UsageError('an empty --sender needs --helo (RFC 7208 §2.4)');
  if (!/^[0-9a-fA-F:.]+$/.test(values.ip)) throw new UsageError(`--ip is not an IP address: "${values.ip}"`);
  const check = await checkSpf({
    ip: values.ip,
    helo: values.helo ?? null,
    sender: values.sender || null,
    resolver: resolverFrom(values),
  });
  if (values.json) {
    const { result, domain, mechanism, explanation, lookups } = check;
    process.stdout.write(`${JSON.stringify({ result, domain, mechanism, explanation, lookups }, null, 2)}\n`);
  } else {
    process.stdout.write(
      `spf=${check.result} domain=${check.domain} ip=${values.ip}` +
        `${check.mechanism ? ` mechanism=${check.mechanism}` : ''} lookups=${check.lookups}\n` +
        `${check.explanation ? `explanation: ${check.explanation}\n` : ''}${check.info ? `${check.info}\n` : ''}`,
    );
  }
  return 0;
}
