// The ::highlight() rules the content script ships as CSS must be the ones the
// highlighter would otherwise add at run time: same names, same palettes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import {
  HIGHLIGHT_NAMES,
  HIGHLIGHT_NAMES_DARK,
  PALETTES,
  highlightCss,
  staticHighlightCss,
} from '../../lib/page/highlighter';

const FILE = resolve(import.meta.dirname, '../../entrypoints/content/highlights.css');

/** Rules only: comments and every space dropped (a formatter may re-indent the file). */
function rules(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '');
}

test('the shipped CSS holds exactly the generated rules for both palettes', () => {
  expect(rules(readFileSync(FILE, 'utf8'))).toBe(rules(staticHighlightCss()));
});

test('each palette styles its own names, with its own colours', () => {
  const light = highlightCss('light');
  const dark = highlightCss('dark');
  for (const name of Object.values(HIGHLIGHT_NAMES)) {
    expect(light).toContain(`::highlight(${name})`);
    expect(dark).not.toContain(`::highlight(${name})`);
  }
  for (const name of Object.values(HIGHLIGHT_NAMES_DARK))
    expect(dark).toContain(`::highlight(${name})`);
  expect(light).toContain(PALETTES.light.strong.fill);
  expect(dark).toContain(PALETTES.dark.strong.line);
});
