// Types of grouping.mjs, for the tests written in TypeScript.
export class SourcesError extends Error {}

interface Span {
  start: number;
  end: number;
}
export interface LabelledVoice {
  name: string;
  kind: string;
  why?: string;
  attributions: { sentence: number; mention?: string }[];
}
export interface SourcesFile {
  doc?: string;
  article_sha1?: string;
  labels_sha1?: string;
  sources: LabelledVoice[];
}
export interface LabelsFile {
  sentences: ({ text: string } | { start: number; end: number })[];
}
export interface Gold {
  spans: Span[];
  attributions: { sentence: number; span: Span; mention?: Span; voice: number; kind: string }[];
  voices: LabelledVoice[];
}
export interface FoundAttribution extends Span {
  source?: Span & { text?: string };
  sourceId?: number;
}
export interface Report {
  attributions: FoundAttribution[];
  sources?: { id: number; name: string }[];
}
export interface Figures {
  p: number;
  r: number;
  f1: number;
}
export interface ArticleGrouping {
  name: string;
  labelled: number;
  matched: number;
  merged: string[];
  split: string[];
  namedMerges: string[];
}
export interface Grouping extends Figures {
  measure: 'B-cubed';
  baselines: { alone: Figures; sameWords: Figures };
  matched: number;
  labelled: number;
  articles: number;
  namedMerges: string[];
  merged: string[];
  split: string[];
}
export function goldOf(name: string, text: string, labels: LabelsFile, sources: SourcesFile): Gold;
export function groupArticle(name: string, gold: Gold, report: Report): ArticleGrouping;
export function total(articles: ArticleGrouping[]): Grouping;
export function headline(t: Grouping): string;
