// The analyzer for every tab (lib/page/analysis-client.ts sends a page's
// text here): lib/sourcing with the learned model, both loaded once, at the
// first request, and warmed up in the same go, so the first page pays for
// it only while the background is new and later pages not at all. Replies
// are JSON strings; nothing here rejects: a request it cannot read gets ''
// (the page then analyses its text itself).
import { analyze, prepare } from '../sourcing';
import { warmUp } from '../sourcing/warm-up';
import type { TaggerModel } from '../sourcing/learned';
import type { AnalyzeOptions, CustomCue, TextLink } from '../sourcing/types';

export interface AnalysisService {
  /** One Analysis per piece, as JSON; '' for a request that is not a list of pieces. */
  handle(pieces: unknown): Promise<string>;
}

/** The options a page may send (its links, its site, the reader's own cues), and the model. */
function optionsOf(sent: unknown, model: TaggerModel | null): AnalyzeOptions {
  const o = (sent && typeof sent === 'object' ? sent : {}) as Record<string, unknown>;
  const options: AnalyzeOptions = {};
  if (Array.isArray(o.customCues)) options.customCues = o.customCues as CustomCue[];
  if (Array.isArray(o.links)) options.links = o.links as TextLink[];
  if (typeof o.site === 'string') options.site = o.site;
  if (model) options.model = model;
  return options;
}

export function createAnalysisService(
  /** The learned model, or null for the rules alone (never rejects: learned-model.ts). */
  loadModel: () => Promise<TaggerModel | null>,
): AnalysisService {
  let ready: Promise<TaggerModel | null> | null = null;
  const start = async () => {
    prepare();
    const model = await loadModel();
    warmUp(model ? { model } : undefined);
    return model;
  };
  return {
    async handle(pieces) {
      try {
        if (!Array.isArray(pieces)) return '';
        const model = await (ready ??= start());
        return JSON.stringify(
          pieces.map((p: { text?: unknown; options?: unknown } | null) =>
            analyze(typeof p?.text === 'string' ? p.text : '', optionsOf(p?.options, model)),
          ),
        );
      } catch {
        return '';
      }
    },
  };
}
