// A Markdown report of one page, for pasting into a review. Pure and
// DOM-free: the CLI's --markdown and the extension's "Copy report" share it.
// Page text is escaped so it cannot turn into links, HTML or formatting.

import {
  countsInWords,
  filterAttributions,
  kindInWords,
  scoreInWords,
  sentenceParts,
  sourcesInWords,
  type ReportFilter,
} from './common.ts';
import type { Analysis } from '../sourcing/types.ts';

export interface MarkdownReportInput {
  title?: string;
  url?: string;
  text: string;
  analysis: Analysis;
  filter?: ReportFilter;
}

/** Escapes Markdown and inline HTML in page text; squashes newlines. */
export function escapeMarkdown(s: string): string {
  return (
    s
      .replace(/\s+/g, ' ')
      .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      // Only at the start can these open a heading, list or quote.
      .replace(/^([#+\->!])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function analysisToMarkdown(input: MarkdownReportInput): string {
  const { summary } = input.analysis;
  const shown = filterAttributions(input.analysis.attributions, input.filter);
  const out: string[] = [];
  out.push(`## Sourcing report${input.title ? `: ${escapeMarkdown(input.title)}` : ''}`);
  const url = safeUrl(input.url);
  if (url) out.push('', `<${url}>`);
  out.push(
    '',
    `**Score:** ${scoreInWords(summary.score)} (${summary.band}): ${escapeMarkdown(summary.verdict)}`,
  );
  const counts = countsInWords(summary);
  out.push('', `**Attributions:** ${summary.total}${counts ? ` (${counts})` : ''}`);
  const roster = sourcesInWords(input.analysis);
  if (roster) {
    out.push(
      '',
      `**Sources:** ${escapeMarkdown(roster)}`,
      '',
      '| Source | Role | Kind | Claims |',
      '| --- | --- | --- | --- |',
    );
    for (const src of input.analysis.sources ?? []) {
      const cell = (t: string) => escapeMarkdown(t);
      out.push(
        `| ${cell(src.name)} | ${cell(src.role ?? '')} | ${src.kind} | ${src.attributions.length} |`,
      );
    }
  }
  if (shown.length !== input.analysis.attributions.length) {
    out.push(
      '',
      `_Showing ${shown.length} of ${input.analysis.attributions.length} after filters._`,
    );
  }
  if (shown.length) out.push('');
  shown.forEach((a, i) => {
    const s = sentenceParts(input.text, a);
    const sentence = `${escapeMarkdown(s.before)}${s.cue ? `**${escapeMarkdown(s.cue)}**` : ''}${escapeMarkdown(s.after)}`;
    const source = a.source?.text ? `, source: ${escapeMarkdown(a.source.text)}` : '';
    // only a web address the analysis credited, autolinked so it cannot break out
    const href = safeUrl(a.link?.href);
    const link = a.link && href ? `, links to ${escapeMarkdown(a.link.host)} <${href}>` : '';
    out.push(
      `${i + 1}. **${kindInWords(a)}**, ${a.band}, ${scoreInWords(a.score)}${source}${link}`,
    );
    out.push(`   > ${sentence}`);
    if (a.reasons?.length) {
      out.push('', `   Why: ${a.reasons.map(escapeMarkdown).join('; ')}`);
    }
    out.push('');
  });
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
