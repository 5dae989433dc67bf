// References back to earlier sources: "he said", "they said", "it found",
// "the report said" take the kind of the source they point to.
import type { Kind } from './types.ts';
import type { SourceInfo } from './classify.ts';

interface Seen {
  kind: Kind;
  at: number;
}

/** How many sentences back a pronoun may reach. */
const REACH = { person: 8, plural: 5, thing: 3, report: 12 } as const;

export class Memory {
  private person?: Seen;
  private plural?: Seen;
  private thing?: Seen;
  private report?: Seen;
  /** The last outlet named as a source: "the paper said" may be it. */
  private outlet?: Seen;

  /** A document was mentioned (not necessarily as a source): "it found" may refer to it. */
  mentionDocument(at: number): void {
    this.thing = { kind: 'document', at };
    this.report = this.report && this.report.at === at ? this.report : { kind: 'document', at };
  }

  /** Resolve a pronoun or definite reference; null when it points nowhere. */
  resolve(src: SourceInfo, at: number): SourceInfo | null {
    if (src.pronoun && src.antecedent) {
      return { ...src, kind: src.antecedent.kind, backref: true, antecedent: undefined };
    }
    if (src.pronoun === 'person') {
      const p = this.person;
      if (p && at - p.at <= REACH.person) return { ...src, kind: p.kind, backref: true };
      return { ...src, kind: 'named', backref: true, role: false, specific: false };
    }
    if (src.pronoun === 'plural') {
      const p = this.plural;
      if (p && at - p.at <= REACH.plural)
        return { ...src, kind: p.kind, backref: true, plural: true };
      return null;
    }
    if (src.pronoun === 'thing') {
      const p = this.thing;
      if (p && at - p.at <= REACH.thing) return { ...src, kind: p.kind, backref: true };
      return null;
    }
    // "The Tribune reported ... the paper said": a newspaper met after any study
    const o = this.outlet;
    if (
      src.paper &&
      o &&
      at - o.at <= REACH.report &&
      (!this.report || this.report.kind === 'secondhand' || o.at >= this.report.at)
    )
      return { ...src, kind: 'secondhand', outletNamed: true, report: false };
    if (src.report && src.backref && this.report && at - this.report.at <= REACH.report) {
      return { ...src, kind: this.report.kind };
    }
    return src;
  }

  /** Remember a resolved source for later references. */
  remember(src: SourceInfo, at: number): void {
    const seen = { kind: src.kind, at };
    if (src.kind === 'non-response') return;
    if (src.plural) this.plural = seen;
    else if (src.kind === 'named' || (src.kind === 'anonymous' && !src.pronoun)) this.person = seen;
    if (src.kind === 'official' || src.kind === 'document' || src.kind === 'secondhand') {
      if (!src.plural || src.report) this.thing = seen;
      if (src.plural && !src.report) this.plural = seen;
    }
    if (src.report) this.report = seen;
    if (src.kind === 'secondhand' && src.outletNamed) this.outlet = seen;
  }
}
