// One finding rule per file in lib/findings/; each is a pure function of what the engine found.
import type { Analysis, AnalyzeOptions, Finding, ParsedMessage } from '../types';

/** Everything a rule may look at: the analysis so far (without verdict/summary/findings). */
export interface RuleContext {
  analysis: Omit<Analysis, 'verdict' | 'summary' | 'findings'>;
  message: ParsedMessage;
  options: AnalyzeOptions;
}

export type FindingRule = (ctx: RuleContext) => Finding[];
