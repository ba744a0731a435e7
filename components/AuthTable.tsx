import type { Analysis } from '../lib/types';
import { visibleText, wordTone } from './format';

interface Row {
  key: string;
  check: string;
  subject: string;
  ours: string;
  provider: string | null;
}

function rows(a: Analysis): Row[] {
  const p = a.provider;
  const out: Row[] = [
    {
      key: 'spf',
      check: 'SPF',
      subject: a.spf.domain + (a.spf.aligned ? ' (aligned)' : ''),
      ours: a.spf.result,
      provider: p?.spf ?? null,
    },
  ];
  a.dkim.forEach((d, i) => {
    const theirs = p?.dkim.find((x) => x.domain === d.domain && (!x.selector || x.selector === d.selector));
    out.push({
      key: `dkim-${i}`,
      check: 'DKIM',
      subject: `${d.domain} (s=${d.selector})${d.aligned ? ' aligned' : ''}`,
      ours: d.result,
      provider: theirs?.result ?? null,
    });
  });
  if (a.dkim.length === 0) {
    out.push({
      key: 'dkim',
      check: 'DKIM',
      subject: 'no signature',
      ours: 'none',
      provider: p?.dkim[0]?.result ?? null,
    });
  }
  out.push({
    key: 'dmarc',
    check: 'DMARC',
    subject: a.dmarc.domain + (a.dmarc.policy ? ` (p=${a.dmarc.policy})` : ''),
    ours: a.dmarc.result,
    provider: p?.dmarc?.result ?? null,
  });
  out.push({
    key: 'arc',
    check: 'ARC',
    subject: a.arc.instances ? `${a.arc.instances} set(s): ${a.arc.sealers.join(', ')}` : '',
    ours: a.arc.result,
    provider: p?.arc ?? null,
  });
  return out;
}

/** SPF, DKIM per signature, DMARC and ARC: what the user's provider recorded next to our re-check. */
export function AuthTable({ analysis }: { analysis: Analysis }) {
  const offline = analysis.mode === 'offline';
  return (
    <section class="auth" aria-label="Authentication">
      <h2>Authentication</h2>
      <table data-testid="auth-table">
        <colgroup>
          <col class="col-check" />
          <col class="col-word" />
          <col class="col-word" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col" title="What your provider recorded (its Authentication-Results)">
              Provider
            </th>
            <th scope="col" title="HeaderLens's own check">
              {offline ? 'Ours*' : 'Ours'}
            </th>
            <th scope="col">Domain</th>
          </tr>
        </thead>
        <tbody>
          {rows(analysis).map((r) => (
            <tr key={r.key} data-testid={`auth-${r.key}`}>
              <th scope="row">{r.check}</th>
              <td class={`word tone-${wordTone(r.provider)}`} data-testid="provider-result">
                {r.provider ?? '—'}
              </td>
              <td class={`word tone-${wordTone(r.ours)}`} data-testid="our-result">
                {r.ours}
              </td>
              <td class="subject">{visibleText(r.subject, 300)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted small">
        {analysis.provider
          ? `Provider: ${visibleText(analysis.provider.authservId, 80)}.`
          : 'No trusted Authentication-Results from your provider were found in this message.'}
        {offline && ' *Offline: not re-checked, taken from your provider.'}
      </p>
    </section>
  );
}
