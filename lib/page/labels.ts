// Words and symbols the overlay shows for kinds and bands: the badge's short
// label, the tooltip's plain words and the accessible name a screen reader
// announces. One table per concept so the popup's wording can follow it.
// Words for readers, not for experts: no "cue" and no "chain" here (the CLI
// and the Markdown report keep the analyzer's own terms).
import { reasonEffect, type Effect, type ReasonEffect } from '../sourcing/reason-effects';
import type { Attribution, Band, Kind } from '../sourcing/types';

export interface KindLabel {
  /** One letter on the badge (never colour alone). */
  letter: string;
  /** Plain words for the tooltip and the accessible name. */
  name: string;
  /** One sentence saying what this kind means for the reader. */
  explain: string;
}

export const KIND_LABELS: Record<Kind, KindLabel> = {
  named: {
    letter: 'N',
    name: 'Named source',
    explain: 'A named person speaking on the record.',
  },
  official: {
    letter: 'O',
    name: 'Official source',
    explain: 'A named institution or its spokesperson, on the record.',
  },
  document: {
    letter: 'D',
    name: 'Document',
    explain: 'A report, filing, study or dataset that can be looked up.',
  },
  secondhand: {
    letter: 'S',
    name: 'Second-hand report',
    explain: "Another outlet's reporting, not the article's own.",
  },
  anonymous: {
    letter: 'A',
    name: 'Anonymous source',
    explain: 'Unnamed people; the reader cannot check who they are.',
  },
  vague: {
    letter: 'V',
    name: 'Vague attribution',
    explain: 'A hedge that names nobody identifiable.',
  },
  'non-response': {
    letter: '—',
    name: 'No response',
    explain: 'A source that would not or could not say; neither supports nor refutes the claim.',
  },
};

export interface BandLabel {
  name: string;
  /** The underline style of its highlight: a pattern, so colour is not the only cue. */
  underline: 'solid' | 'dashed' | 'dotted' | 'wavy';
}

export const BAND_LABELS: Record<Band, BandLabel> = {
  strong: { name: 'strong', underline: 'solid' },
  moderate: { name: 'moderate', underline: 'dashed' },
  weak: { name: 'weak', underline: 'dotted' },
  none: { name: 'no score', underline: 'wavy' },
};

/** The badge's visible text: "N 86", "A 22", or "—" for a non-response. */
export function badgeText(a: Pick<Attribution, 'kind' | 'score'>): string {
  const letter = KIND_LABELS[a.kind]?.letter ?? '?';
  if (a.kind === 'non-response' || a.score === null) return letter === '—' ? '—' : letter;
  return `${letter} ${Math.round(a.score)}`;
}

/** "weak, 22 of 100" or "no score"; `slash`: "weak, 22/100". */
export function strengthText(a: Pick<Attribution, 'band' | 'score'>, slash = false): string {
  const band = BAND_LABELS[a.band]?.name ?? a.band;
  if (a.score === null) return band;
  const n = Math.round(a.score);
  return `${band}, ${slash ? `${n}/100` : `${n} of 100`}`;
}

/** Collapses whitespace and trims: page text can hold newlines and runs of spaces. */
export function tidy(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Who is speaking, as the reader sees it: the source, else the cue phrase. */
export function sourceText(a: Pick<Attribution, 'cue' | 'source'>): string {
  return tidy(a.source?.text || a.cue.text || '');
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An unnamed person or group as the source text names them ("a senior political source"). */
const PERSON =
  /\b(?:sources?|people|persons?|officials?|insiders?|aides?|someone|employees?|staff(?:ers)?|diplomats?|advis[eo]rs?|executives?|lawmakers?|residents?|engineers?|officers?)\b/i;
/** The relaying outlet or its report ("a Wall Street Journal report", "the newspaper"). */
const OUTLET =
  /\b(?:report(?:s|ing)?|story|stories|article|newspaper|paper|outlet|magazine|agency|broadcast(?:er)?|network|journal|times|post|news|wire)\b/i;

/**
 * Who the attributed words come from, with what kind of source that is, in a
 * reader's words: "A Wall Street Journal report citing unnamed sources".
 */
export function sourcePhrase(a: Attribution): string {
  const src = a.source?.text ? tidy(a.source.text, 90) : '';
  const cue = tidy(a.cue.text, 60);
  const S = capital(src);
  const earlier = a.reasons.includes('refers back to a source named earlier')
    ? ' (named earlier)'
    : '';
  const chain = a.kinds.length > 1;
  switch (a.kind) {
    case 'named':
      return src ? `${S}${earlier}, named, on the record` : 'A named person, on the record';
    case 'official':
      return src ? `${S}${earlier}, on the record` : 'An institution, on the record';
    case 'document':
      return src ? `${S}, which can be looked up` : 'A document that can be looked up';
    case 'secondhand':
      if (chain) return src ? `${S}, relayed by another outlet` : 'Relayed by another outlet';
      return src ? `${S}, another outlet’s reporting` : 'Another outlet’s reporting';
    case 'anonymous':
      if (chain && a.kinds.includes('secondhand')) {
        if (!src) return 'Unnamed sources, via another outlet';
        return PERSON.test(src) && !OUTLET.test(src)
          ? `${S}, not named, via another outlet`
          : `${S} citing unnamed sources`;
      }
      return src ? `${S}, not named` : 'Unnamed sources';
    case 'vague':
      return `${src ? S : `“${capital(cue)}”`} (nobody identifiable)`;
    case 'non-response':
      if (!src) return `No response (“${cue}”)`;
      return cue.toLowerCase().includes(src.toLowerCase()) ? capital(cue) : `${S} ${cue}`;
    default:
      return S || capital(cue);
  }
}

/**
 * The tooltip's first line, one sentence a non-expert reads:
 * "A Wall Street Journal report citing unnamed sources: weak, 28/100".
 */
export function headline(a: Attribution, slash = true): string {
  return `${sourcePhrase(a)}: ${strengthText(a, slash)}`;
}

/**
 * What a screen reader announces on the badge: its visible text (so a reader
 * who speaks "A 22" to a voice control finds it), then the headline with
 * "of 100": "A 22 — Sources familiar with the matter, not named: weak, 22 of 100".
 */
export function accessibleName(a: Attribution): string {
  const visible = badgeText(a);
  const sentence = headline(a, false);
  return visible === '—' ? sentence : `${visible} — ${sentence}`;
}

const KIND_NOUN: Record<Kind, string> = {
  named: 'a named person',
  official: 'an institution',
  document: 'a document',
  secondhand: 'another outlet',
  anonymous: 'unnamed people',
  vague: 'nobody identifiable',
  'non-response': 'no response',
};

/** A reason in a reader's words (the analyzer's words when it is one we do not know). */
export function reasonWords(r: ReasonEffect, raw: string): string {
  switch (r.id) {
    case 'kind:named':
      return 'A named person, on the record';
    case 'role':
      return 'A named person, with their role given';
    case 'kind:official':
      return 'A named institution, on the record';
    case 'spokesperson':
      return 'Speaks for a named institution';
    case 'kind:document':
      return 'A document, data or a study that can be looked up';
    case 'kind:secondhand':
      return 'Another outlet’s reporting, not the article’s own';
    case 'kind:anonymous':
      return 'Not named: you cannot check who they are';
    case 'kind:vague':
      return 'Names nobody you could identify';
    case 'vague-documents':
      return 'Unspecified reports or studies';
    case 'kind:non-response':
      return 'Would not or could not comment';
    case 'no-score':
      return 'No score: it neither supports nor refutes the claim';
    case 'custom-cue':
      return 'Found by one of your own phrases';
    case 'learned':
      return 'Found by a pattern learned from news articles marked up by people';
    case 'backref':
      return 'Refers to someone named earlier in the article';
    case 'described':
      return 'The unnamed source is described';
    case 'undescribed':
      return 'Neither named nor described';
    case 'several':
      return 'Several sources';
    case 'outlet-named':
      return 'The other outlet is named';
    case 'outlet-unnamed':
      return 'The other outlet is not named';
    case 'publisher':
      return 'Its publisher is named';
    case 'quotation':
      return 'Quoted directly';
    case 'confirmation':
      return 'Confirmed by the source';
    case 'channel': {
      const m = r.medium ?? 'statement';
      return `On the record, in ${/^[aeiou]/i.test(m) ? 'an' : 'a'} ${m}`;
    }
    case 'hedge-verb':
      return 'A hedging verb (“suggests”, “believes”)';
    case 'modal':
      return 'Hedged with “could”, “may” or “would”';
    case 'chain':
      return `Passed from hand to hand (${(r.kinds ?? []).map((k) => KIND_NOUN[k]).join(', ')})`;
    default:
      return capital(tidy(raw, 200));
  }
}

export interface PlainReason {
  effect: Effect;
  text: string;
}

/**
 * The reasons in a reader's words, what raised the score first, then what
 * lowered it, then what only explains; a line the headline already says is
 * left out.
 */
export function plainReasons(a: Pick<Attribution, 'kind' | 'reasons'>): PlainReason[] {
  const effects = a.reasons.map((raw) => ({ raw, r: reasonEffect(raw) }));
  const hasChain = effects.some((e) => e.r.id === 'chain');
  const out: PlainReason[] = [];
  for (const { raw, r } of effects) {
    // the hand-to-hand line already names the other outlet
    if (hasChain && r.id === 'kind:secondhand' && a.kind !== 'secondhand') continue;
    // "declined to comment: no score" is the headline
    if (r.id === 'kind:non-response') continue;
    const text = reasonWords(r, raw);
    if (!out.some((o) => o.text === text)) out.push({ effect: r.effect, text });
  }
  const order: Record<Effect, number> = { raise: 0, lower: 1, note: 2 };
  return out.sort((x, y) => order[x.effect] - order[y.effect]);
}
