// Public shapes of the sourcing library. Names follow
// ../shared/docs/sourcing-taxonomy.md; every consumer (content script, popup,
// CLI, benchmarks, tests) speaks in these types.
import type { TaggerModel } from './learned/model.ts';

/** The seven kinds of sourcing, strongest first as a reader would rank them. */
export const KINDS = [
  'named',
  'official',
  'document',
  'secondhand',
  'anonymous',
  'vague',
  'non-response',
] as const;
export type Kind = (typeof KINDS)[number];

/** Strength bands; `none` is for non-responses, which carry no score. */
export const BANDS = ['strong', 'moderate', 'weak', 'none'] as const;
export type Band = (typeof BANDS)[number];

/** A run of the analysed text; offsets are UTF-16 indices into it. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface Attribution {
  /** The weakest link of a chain (what the badge shows). */
  kind: Kind;
  /** Every link of the chain, strongest first. */
  kinds: Kind[];
  /** 0–100, or null for `non-response`. */
  score: number | null;
  band: Band;
  /** The whole attribution phrase: cue and source together. */
  start: number;
  end: number;
  cue: TextSpan;
  source: TextSpan | null;
  sentence: { start: number; end: number };
  /** Why the score is what it is, in a reader's words. */
  reasons: string[];
  /** The voice it comes from: an id of `Analysis.sources`, when it names one. */
  sourceId?: number;
  /** The link its source, cue or (for a document) sentence carries, when it
   * is one a reader can open to check it (links.ts). */
  link?: { href: string; host: string };
}

/** A link of the analysed text: the span it covers and where it points. */
export interface TextLink {
  start: number;
  end: number;
  href: string;
}

/** One voice of the article: every attribution that comes from it. */
export interface Source {
  id: number;
  /** Its kind where it is first named. */
  kind: Kind;
  /** The name as first given ("Guo Jiakun", "a Wall Street Journal report"). */
  name: string;
  /** The role given with the name ("Foreign Ministry spokesperson"). */
  role?: string;
  /** Indexes into `Analysis.attributions`, in order. */
  attributions: number[];
  /** Why later mentions were taken as this voice ("“Guo” is Guo Jiakun, …"). */
  reasons: string[];
}

export interface Summary {
  /** Number of attributions. */
  total: number;
  counts: Record<Kind, number>;
  bands: Record<Band, number>;
  /** Page score 0–100, or null when nothing scorable was found. */
  score: number | null;
  band: Band;
  /** One line a reader understands, e.g. "Mostly on-record sourcing". */
  verdict: string;
  /** How many attributions link to their source (links.ts); absent when none. */
  linked?: number;
}

export interface Analysis {
  attributions: Attribution[];
  summary: Summary;
  /** Who is speaking: the distinct voices, in the order they are first heard.
   * analyze() always gives it; an analysis put together from pieces (the
   * page's block-by-block runs) has it once the pieces' rosters are joined. */
  sources?: Source[];
}

/** A reader's own cue phrase, added from the options page. */
export interface CustomCue {
  phrase: string;
  kind: Kind;
}

export interface AnalyzeOptions {
  customCues?: readonly CustomCue[];
  /** The learned tagger (learned/index.ts, loadModel): its cues are added
   * where the rules found none. Without it, the rules alone. */
  model?: TaggerModel;
  /** The text's links; attributions that link to their source score higher. */
  links?: readonly TextLink[];
  /** The page's own site (a host or URL): its section, tag and author pages
   * are no source. */
  site?: string;
}
