// References back to earlier sources: "he said", "they said", "it found",
// "the report said" take the kind of the source they point to.
import type { Kind } from './types.ts';
import { withFields, type SourceInfo } from './classify.ts';

interface Seen {
  kind: Kind;
  at: number;
  /** Its voice in the article's roster (voices.ts), when it was a source. */
  voice: number | undefined;
}

/** How many sentences back a pronoun may reach. */
const REACH = { person: 8, plural: 5, thing: 3, report: 12 } as const;

/** What the article has named so far, for the references back to it. A
 * plain object from one literal rather than a class instance: the engine
 * holds the shape that a constructor's field definitions build only weakly,
 * and each full collection that found no instance alive threw away the
 * optimised code built on it (all of the analysis loop). */
export interface Memory {
  person: Seen | undefined;
  /** The last person "he" may mean (not a woman by her words), and "she". */
  he: Seen | undefined;
  she: Seen | undefined;
  plural: Seen | undefined;
  thing: Seen | undefined;
  report: Seen | undefined;
  /** The last outlet named as a source: "the paper said" may be it. */
  outlet: Seen | undefined;
}

export function newMemory(): Memory {
  return {
    person: undefined,
    he: undefined,
    she: undefined,
    plural: undefined,
    thing: undefined,
    report: undefined,
    outlet: undefined,
  };
}

/** A document was mentioned (not necessarily as a source): "it found" may refer to it. */
export function mentionDocument(m: Memory, at: number): void {
  m.thing = { kind: 'document', at, voice: undefined };
  m.report = m.report && m.report.at === at ? m.report : { kind: 'document', at, voice: undefined };
}

/** Resolve a pronoun or definite reference; null when it points nowhere. */
export function resolveSource(m: Memory, src: SourceInfo, at: number): SourceInfo | null {
  if (src.pronoun && src.antecedent) {
    return withFields(src, { kind: src.antecedent.kind, backref: true, antecedent: undefined });
  }
  if (src.pronoun === 'person') {
    const p = personFor(m, src);
    if (p && at - p.at <= REACH.person) return withFields(src, { kind: p.kind, backref: true });
    return withFields(src, { kind: 'named', backref: true, role: false, specific: false });
  }
  if (src.pronoun === 'plural') {
    const p = m.plural;
    if (p && at - p.at <= REACH.plural)
      return withFields(src, { kind: p.kind, backref: true, plural: true });
    return null;
  }
  if (src.pronoun === 'thing') {
    const p = m.thing;
    if (p && at - p.at <= REACH.thing) return withFields(src, { kind: p.kind, backref: true });
    return null;
  }
  // "The Tribune reported ... the paper said": a newspaper met after any study
  const o = m.outlet;
  if (
    src.paper &&
    o &&
    at - o.at <= REACH.report &&
    (!m.report || m.report.kind === 'secondhand' || o.at >= m.report.at)
  )
    return withFields(src, { kind: 'secondhand', outletNamed: true, report: false });
  if (src.report && src.backref && m.report && at - m.report.at <= REACH.report) {
    return withFields(src, { kind: m.report.kind });
  }
  return src;
}

/** The person a person pronoun may point back to: "he" the last one who may
 * be a man, "she" a woman, "I" anyone. */
export function personFor(m: Memory, src: SourceInfo): Seen | undefined {
  return src.gender === 'm' ? m.he : src.gender === 'f' ? m.she : m.person;
}

/** Remember a resolved source (and its voice) for later references. */
export function remember(m: Memory, src: SourceInfo, at: number, voice?: number): void {
  const seen: Seen = { kind: src.kind, at, voice };
  if (src.kind === 'non-response') return;
  if (src.plural) m.plural = seen;
  else if (src.kind === 'named' || (src.kind === 'anonymous' && !src.pronoun)) {
    m.person = seen;
    if (src.gender !== 'f') m.he = seen;
    if (src.gender !== 'm') m.she = seen;
  }
  if (src.kind === 'official' || src.kind === 'document' || src.kind === 'secondhand') {
    if (!src.plural || src.report) m.thing = seen;
    if (src.plural && !src.report) m.plural = seen;
  }
  if (src.report) m.report = seen;
  if (src.kind === 'secondhand' && src.outletNamed) m.outlet = seen;
}
