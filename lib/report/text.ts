// The CLI's readable report. Pure: colour comes in as a `paint` function so
// the same code prints plain text (pipes, NO_COLOR) and ANSI on a terminal.

import {
  countsInWords,
  filterAttributions,
  sourcesInWords,
  kindInWords,
  scoreInWords,
  sentenceParts,
  type ReportFilter,
} from './common.ts';
import type { Analysis, Band } from '../sourcing/types.ts';

export type Style = 'bold' | 'dim' | 'cue' | 'title' | `band-${Band}`;
export type Paint = (style: Style, text: string) => string;

/** No colour: the cue goes in [brackets] so it still stands out. */
export const plain: Paint = (style, text) => (style === 'cue' ? `[${text}]` : text);

export interface TextReportInput {
  file: string;
  title?: string;
  url?: string;
  text: string;
  analysis: Analysis;
  filter?: ReportFilter;
  paint?: Paint;
}

export function analysisToText(input: TextReportInput): string {
  const paint = input.paint ?? plain;
  const { summary } = input.analysis;
  const shown = filterAttributions(input.analysis.attributions, input.filter);
  const lines: string[] = [];
  lines.push(paint('title', input.file));
  if (input.title) lines.push(`  ${input.title}`);
  if (input.url) lines.push(paint('dim', `  ${input.url}`));
  const band = paint(`band-${summary.band}`, summary.band);
  lines.push(`  Score ${paint('bold', scoreInWords(summary.score))} (${band}): ${summary.verdict}`);
  const counts = countsInWords(summary);
  const total = `${summary.total} attribution${summary.total === 1 ? '' : 's'}`;
  lines.push(`  ${total}${counts ? `: ${counts}` : ''}`);
  const roster = sourcesInWords(input.analysis);
  if (roster) {
    lines.push(`  ${roster}`);
    for (const src of input.analysis.sources ?? []) {
      const n = src.attributions.length;
      const role = src.role ? paint('dim', ` (${src.role})`) : '';
      lines.push(
        `    ${src.name.replace(/\s+/g, ' ')}${role} · ${src.kind} · ${n} claim${n === 1 ? '' : 's'}`,
      );
    }
  }
  if (shown.length !== input.analysis.attributions.length) {
    lines.push(paint('dim', `  showing ${shown.length} after filters`));
  }
  shown.forEach((a, i) => {
    lines.push('');
    const head = [
      paint('bold', kindInWords(a)),
      paint(`band-${a.band}`, a.band),
      scoreInWords(a.score),
    ].join(' · ');
    lines.push(`  ${String(i + 1).padStart(2)}. ${head}`);
    const s = sentenceParts(input.text, a);
    lines.push(`      ${s.before}${s.cue ? paint('cue', s.cue) : ''}${s.after}`);
    if (a.source?.text)
      lines.push(`      ${paint('dim', 'source:')} ${a.source.text.replace(/\s+/g, ' ')}`);
    if (a.reasons?.length) lines.push(`      ${paint('dim', 'why:')} ${a.reasons.join('; ')}`);
    if (a.link)
      lines.push(`      ${paint('dim', 'links to')} ${a.link.host} ${paint('dim', a.link.href)}`);
  });
  return lines.join('\n') + '\n';
}
