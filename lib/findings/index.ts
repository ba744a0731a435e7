// All finding rules, in the order their findings are shown (then sorted by severity).

import { msg } from '../i18n/message';
import type { Finding, Severity } from '../types';
import { arcRule } from './arc';
import { attachedRule } from './attached';
import { brandFreemailRule } from './brand-freemail';
import { broadSpfRule } from './broad-spf';
import { displayNameRule } from './display-name';
import { dkimRule } from './dkim';
import { dmarcRule } from './dmarc';
import { fromAddressRule } from './from-address';
import { gatewayRule, sharedGatewayNetworkRule } from './gateway';
import { hostedServerRule } from './hosted-server';
import { limitsRule } from './limits';
import { listRule } from './list';
import { loginRule } from './login';
import { lookalikeRule } from './lookalike';
import { memoryRule } from './memory';
import { addedFieldRule, checkModeRule, messageProblemsRule } from './message-problems';
import { ownDomainRule } from './own-domain';
import { platformUnsignedRule } from './platform-unsigned';
import { providerRule } from './provider';
import { receivedRule } from './received';
import { receiverRecordRule } from './receiver-record';
import { replyToRule } from './reply-to';
import type { FindingRule, RuleContext } from './rule';
import { senderRule } from './sender';
import { sharedHostAccountRule } from './shared-host-account';
import { spfRule } from './spf';
import { subjectRule } from './subject';
import { texts } from './text';
import { timingRule } from './timing';

export const FINDING_RULES: FindingRule[] = [
  dmarcRule,
  hostedServerRule,
  broadSpfRule,
  platformUnsignedRule,
  sharedHostAccountRule,
  attachedRule,
  loginRule,
  fromAddressRule,
  displayNameRule,
  brandFreemailRule,
  lookalikeRule,
  memoryRule,
  spfRule,
  dkimRule,
  arcRule,
  listRule,
  gatewayRule,
  sharedGatewayNetworkRule,
  receiverRecordRule,
  ownDomainRule,
  providerRule,
  receivedRule,
  replyToRule,
  subjectRule,
  senderRule,
  timingRule,
  messageProblemsRule,
  addedFieldRule,
  limitsRule,
  checkModeRule,
];

export const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

/** Runs every rule; a rule that throws (a bug) becomes an info finding instead of breaking the analysis. */
export function runFindingRules(ctx: RuleContext, rules: FindingRule[] = FINDING_RULES): Finding[] {
  // One list per severity, each in rule order: the same order as a stable sort by severity, with
  // no sort and no wrapper objects.
  const bySeverity: [Finding[], Finding[], Finding[], Finding[]] = [[], [], [], []];
  for (const rule of rules) {
    let found: Finding[];
    try {
      found = rule(ctx);
    } catch (err) {
      found = [
        {
          id: 'rule-error',
          severity: 'info',
          ...texts(
            msg('finding_rule_error_title', { rule: rule.name || 'rule' }),
            msg('finding_rule_error_detail', { error: err instanceof Error ? err.message : String(err) }),
          ),
          evidence: [],
        },
      ];
    }
    for (const f of found) bySeverity[SEVERITY_ORDER[f.severity]]!.push(f);
  }
  const [high, medium, low, info] = bySeverity;
  return high.concat(medium, low, info);
}

export type { FindingRule, RuleContext } from './rule';
export { decideVerdict, IMPERSONATION_IDS, VERDICT_RULES } from './verdict';
