// analyze() as the extension and the CLI run it: the rules and the learned
// tagger of public/tagger.bin. Tests that predict what a page shows use this.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/sourcing';
import { loadModel, MODEL_FILE, type TaggerModel } from '../../lib/sourcing/learned';
import type { Analysis } from '../../lib/sourcing/types';

let model: TaggerModel | null = null;

export function analyzeAsShipped(text: string): Analysis {
  model ??= loadModel(readFileSync(join(import.meta.dirname, '../..', MODEL_FILE)), (line) => {
    throw new Error(line);
  });
  return analyze(text, { model: model ?? undefined });
}
