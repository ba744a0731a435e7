import type { Analysis } from '../lib/types';
import {
  alignmentText,
  arcState,
  type CheckState,
  dkimState,
  dmarcAlignmentText,
  dmarcState,
  NOT_CHECKED_TEXT,
  spfState,
  stateWord,
} from './checked';
import { visibleText, wordTone } from './format';

interface Row {
  key: string;
  check: string;
  subject: string;
  /** "aligned" / "not aligned …" (every row says which, ARC excepted: it is not about From). */
  alignment: string | null;
  ours: CheckState;
  provider: string | null;
}

function rows(a: Analysis, dnsUnreachable: boolean): Row[] {
  const p = a.provider;
  const out: Row[] = [
    {
      key: 'spf',
      check: 'SPF',
      subject: a.spf.domain,
      alignment: a.spf.domain ? alignmentText(a, 'spf', a.spf.domain, a.spf.aligned) : null,
      ours: spfState(a, dnsUnreachable),
      provider: p?.spf ?? null,
    },
  ];
  a.dkim.forEach((d, i) => {
    const theirs = p?.dkim.find((x) => x.domain === d.domain && (!x.selector || x.selector === d.selector));
    out.push({
      key: `dkim-${i}`,
      check: 'DKIM',
      subject: `${d.domain} (s=${d.selector})`,
      alignment: alignmentText(a, 'dkim', d.domain, d.aligned),
      ours: dkimState(a, d, dnsUnreachable),
      provider: theirs?.result ?? null,
    });
  });
  if (a.dkim.length === 0) {
    // No signature in the message: that much is known even offline (it is read from the headers).
    out.push({
      key: 'dkim',
      check: 'DKIM',
      subject: 'no signature in the message',
      alignment: 'not aligned',
      ours: { checked: true, word: 'none' },
      provider: p?.dkim[0]?.result ?? null,
    });
  }
  out.push({
    key: 'dmarc',
    check: 'DMARC',
    subject: a.dmarc.domain + (a.dmarc.policy ? ` (p=${a.dmarc.policy})` : ''),
    alignment: dmarcAlignmentText(a),
    ours: dmarcState(a, dnsUnreachable),
    provider: p?.dmarc?.result ?? null,
  });
  out.push({
    key: 'arc',
    check: 'ARC',
    subject: a.arc.instances ? `${a.arc.instances} set(s): ${a.arc.sealers.join(', ')}` : 'no ARC sets',
    alignment: null,
    ours: arcState(a, dnsUnreachable),
    provider: p?.arc ?? null,
  });
  return out;
}

/** SPF, DKIM per signature, DMARC and ARC: what the user's provider recorded next to our re-check. */
export function AuthTable({
  analysis,
  dnsUnreachable = false,
}: {
  analysis: Analysis;
  dnsUnreachable?: boolean;
}) {
  const all = rows(analysis, dnsUnreachable);
  const reasons = [...new Set(all.flatMap((r) => (r.ours.checked ? [] : [r.ours.why])))];
  return (
    <section class="auth" aria-labelledby="auth-h">
      <h2 id="auth-h">Authentication</h2>
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
              HeaderLens
            </th>
            <th scope="col">Domain</th>
          </tr>
        </thead>
        <tbody>
          {all.map((r) => (
            <tr key={r.key} data-testid={`auth-${r.key}`}>
              <th scope="row">{r.check}</th>
              <td class={`word tone-${wordTone(r.provider)}`} data-testid="provider-result">
                {r.provider ?? (
                  <span class="muted" title="Your provider recorded no result for this check">
                    —<span class="sr-only"> not recorded</span>
                  </span>
                )}
              </td>
              <td
                class={`word ${r.ours.checked ? `tone-${wordTone(r.ours.word)}` : 'not-checked'}`}
                data-testid="our-result"
                data-checked={r.ours.checked ? 'yes' : 'no'}
              >
                {stateWord(r.ours)}
              </td>
              <td class="subject">
                {visibleText(r.subject, 300)}
                {r.alignment && (
                  <span
                    class={`align ${r.alignment.startsWith('aligned') ? 'tone-ok' : 'muted'}`}
                    data-testid="alignment"
                  >
                    {r.alignment}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {reasons.length > 0 && (
        <p class="small" data-testid="not-checked-why">
          Not checked: {reasons.map((w) => NOT_CHECKED_TEXT[w]).join('; ')}.
        </p>
      )}
      <p class="muted small">
        {analysis.provider
          ? `Provider: ${visibleText(analysis.provider.authservId, 80)}.`
          : 'No trusted Authentication-Results from your provider were found in this message.'}
      </p>
    </section>
  );
}
