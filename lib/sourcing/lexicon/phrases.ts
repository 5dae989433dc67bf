// Multi-word cue phrases, one line each, matched word by word (cues/phrase-cues.ts):
// "according to", "declined to comment", "reportedly", "in a statement".
// A phrase's role says what follows it.
import { type VerbInfo } from './verbs.ts';

/** Multi-word cues, matched word by word; `kind` overrides the source's kind. */
export interface PhraseCue {
  phrase: string;
  role:
    | 'according' // "according to" + source after it
    | 'citing' // "citing" + source: a link in a chain
    | 'nonresponse' // the source would not or could not say
    | 'hedge' // vague on its own: "reportedly"
    | 'verb' // a multi-word reporting verb: "pointed out", "was quoted as saying"
    | 'medium' // "in a statement": the channel of an earlier cue
    | 'by'; // passive agent: "was announced by" + source
  info?: VerbInfo;
}

/** "did not give details", "could not provide further information": a source
 * that had nothing to give. Every modal, verb and object combined. */
function unanswered(): PhraseCue[] {
  const out: PhraseCue[] = [];
  const refusals = ['could not', 'would not', 'did not', 'declined to', 'refused to'];
  const verbs = ['provide', 'give', 'offer', 'share', 'disclose', 'release'];
  const objects = [
    'details',
    'further details',
    'more details',
    'any details',
    'information',
    'further information',
    'more information',
    'a direct answer',
    'a clear answer',
    'an answer',
    'an explanation',
    'a comment',
  ];
  for (const r of refusals)
    for (const v of verbs)
      for (const o of objects) out.push({ phrase: `${r} ${v} ${o}`, role: 'nonresponse' });
  // "gave no details", "offered no explanation"
  for (const v of ['gave', 'offered', 'provided', 'gives', 'offers', 'provides'])
    for (const o of ['details', 'further details', 'explanation', 'information', 'answer'])
      out.push({ phrase: `${v} no ${o}`, role: 'nonresponse' });
  return out;
}

/** "expressed concern", "issued a warning": a stance or a statement put out
 * on the record, with its subject before it like any reporting verb. */
function stanceStatements(): PhraseCue[] {
  const out: PhraseCue[] = [];
  const express = ['express', 'expresses', 'expressed', 'voice', 'voices', 'voiced'];
  const feelings = [
    'concern',
    'concerns',
    'regret',
    'hope',
    'doubt',
    'doubts',
    'alarm',
    'outrage',
    'support',
    'confidence',
    'sympathy',
    'condolences',
    'frustration',
    'disappointment',
    'dismay',
    'optimism',
    'skepticism',
    'scepticism',
    'anger',
    'fears',
    'reservations',
    'opposition',
  ];
  for (const v of express)
    for (const f of feelings) out.push({ phrase: `${v} ${f}`, role: 'verb' });
  const issue = ['issue', 'issues', 'issued', 'put out', 'puts out', 'released', 'releases'];
  const statements = [
    'a plea',
    'an appeal',
    'a warning',
    'a statement',
    'an apology',
    'a denial',
    'a rebuttal',
    'a call',
    'an ultimatum',
  ];
  for (const v of issue)
    for (const n of statements) out.push({ phrase: `${v} ${n}`, role: 'verb' });
  return out;
}

/** Every cue phrase, one line each; the role says what follows it (see PhraseCue). */
export const PHRASES: readonly PhraseCue[] = [
  // "according to" and its variants introduce the source after them
  { phrase: 'according to', role: 'according' },
  { phrase: 'as reported by', role: 'according' },
  { phrase: 'as first reported by', role: 'according' },
  { phrase: 'as told to', role: 'according' },
  { phrase: 'per', role: 'according' },
  // "citing" links a second source into a chain
  { phrase: 'citing', role: 'citing' },
  { phrase: 'quoting', role: 'citing' },
  { phrase: 'based on', role: 'citing' },
  // non-responses
  { phrase: 'declined to comment', role: 'nonresponse' },
  { phrase: 'declined comment', role: 'nonresponse' },
  { phrase: 'declined to discuss', role: 'nonresponse' },
  { phrase: 'declined to elaborate', role: 'nonresponse' },
  { phrase: 'declined to say', role: 'nonresponse' },
  { phrase: 'declined to provide', role: 'nonresponse' },
  { phrase: 'declined to answer', role: 'nonresponse' },
  { phrase: 'declined to be interviewed', role: 'nonresponse' },
  { phrase: 'declined to respond', role: 'nonresponse' },
  { phrase: 'refused to comment', role: 'nonresponse' },
  { phrase: 'would not comment', role: 'nonresponse' },
  { phrase: "wouldn't comment", role: 'nonresponse' },
  { phrase: 'would not say', role: 'nonresponse' },
  { phrase: 'did not respond', role: 'nonresponse' },
  { phrase: "didn't respond", role: 'nonresponse' },
  { phrase: 'did not immediately respond', role: 'nonresponse' },
  { phrase: 'did not return', role: 'nonresponse' },
  { phrase: 'did not immediately return', role: 'nonresponse' },
  { phrase: 'did not reply', role: 'nonresponse' },
  { phrase: 'has not responded', role: 'nonresponse' },
  { phrase: 'have not responded', role: 'nonresponse' },
  { phrase: 'had not responded', role: 'nonresponse' },
  { phrase: 'has yet to respond', role: 'nonresponse' },
  { phrase: 'could not be reached', role: 'nonresponse' },
  { phrase: "couldn't be reached", role: 'nonresponse' },
  { phrase: 'could not immediately be reached', role: 'nonresponse' },
  { phrase: 'not available for comment', role: 'nonresponse' },
  { phrase: 'not immediately available for comment', role: 'nonresponse' },
  { phrase: 'no information to offer', role: 'nonresponse' },
  { phrase: 'no comment', role: 'nonresponse' },
  { phrase: 'no immediate comment', role: 'nonresponse' },
  { phrase: 'declined an interview', role: 'nonresponse' },
  { phrase: 'declined interview requests', role: 'nonresponse' },
  { phrase: 'declined requests for an interview', role: 'nonresponse' },
  { phrase: 'declined a request for an interview', role: 'nonresponse' },
  // "Efforts to reach the family were unsuccessful": who did not answer
  // comes after, and is not read (a badge of its own, with no source)
  { phrase: 'efforts to reach', role: 'nonresponse' },
  { phrase: 'attempts to reach', role: 'nonresponse' },
  { phrase: 'efforts to contact', role: 'nonresponse' },
  { phrase: 'attempts to contact', role: 'nonresponse' },
  { phrase: 'has not commented', role: 'nonresponse' },
  { phrase: 'have not commented', role: 'nonresponse' },
  { phrase: 'had not commented', role: 'nonresponse' },
  { phrase: "hasn't commented", role: 'nonresponse' },
  { phrase: 'has not publicly commented', role: 'nonresponse' },
  { phrase: 'has yet to comment', role: 'nonresponse' },
  { phrase: 'have yet to comment', role: 'nonresponse' },
  { phrase: 'did not comment', role: 'nonresponse' },
  { phrase: "didn't comment", role: 'nonresponse' },
  { phrase: 'did not immediately comment', role: 'nonresponse' },
  { phrase: 'unavailable for comment', role: 'nonresponse' },
  { phrase: 'not available to comment', role: 'nonresponse' },
  { phrase: 'refused to say', role: 'nonresponse' },
  { phrase: 'refused to answer', role: 'nonresponse' },
  { phrase: 'refused to discuss', role: 'nonresponse' },
  { phrase: 'refused to confirm', role: 'nonresponse' },
  { phrase: 'declined to confirm', role: 'nonresponse' },
  { phrase: 'would not confirm', role: 'nonresponse' },
  { phrase: 'could not confirm', role: 'nonresponse' },
  { phrase: 'would not discuss', role: 'nonresponse' },
  { phrase: 'would not elaborate', role: 'nonresponse' },
  { phrase: 'did not elaborate', role: 'nonresponse' },
  { phrase: "wouldn't say", role: 'nonresponse' },
  { phrase: 'did not answer', role: 'nonresponse' },
  { phrase: 'did not directly answer', role: 'nonresponse' },
  { phrase: 'would not answer', role: 'nonresponse' },
  { phrase: 'gave no answer', role: 'nonresponse' },
  { phrase: 'did not say whether', role: 'nonresponse' },
  { phrase: 'did not say why', role: 'nonresponse' },
  { phrase: 'did not say how', role: 'nonresponse' },
  { phrase: 'would not say whether', role: 'nonresponse' },
  ...unanswered(),
  { phrase: 'for comment', role: 'nonresponse' },
  // hedges: nobody identifiable stands behind the claim
  { phrase: 'reportedly', role: 'hedge' },
  { phrase: 'allegedly', role: 'hedge' },
  { phrase: 'purportedly', role: 'hedge' },
  { phrase: 'supposedly', role: 'hedge' },
  { phrase: 'rumored', role: 'hedge' },
  { phrase: 'rumoured', role: 'hedge' },
  { phrase: 'it is believed', role: 'hedge' },
  { phrase: 'it is understood', role: 'hedge' },
  { phrase: 'it is thought', role: 'hedge' },
  { phrase: 'it is said', role: 'hedge' },
  { phrase: 'it is alleged', role: 'hedge' },
  { phrase: 'it is claimed', role: 'hedge' },
  { phrase: 'it was reported', role: 'hedge' },
  { phrase: 'it has been reported', role: 'hedge' },
  { phrase: 'it was announced', role: 'hedge' },
  { phrase: 'it has been suggested', role: 'hedge' },
  { phrase: 'is said to', role: 'hedge' },
  { phrase: 'are said to', role: 'hedge' },
  { phrase: 'was said to', role: 'hedge' },
  { phrase: 'is believed to', role: 'hedge' },
  { phrase: 'are believed to', role: 'hedge' },
  { phrase: 'is thought to', role: 'hedge' },
  { phrase: 'is understood to', role: 'hedge' },
  { phrase: 'widely believed', role: 'hedge' },
  { phrase: 'rumor has it', role: 'hedge' },
  { phrase: 'word is', role: 'hedge' },
  { phrase: 'there are reports', role: 'hedge' },
  { phrase: 'there were reports', role: 'hedge' },
  { phrase: 'there have been reports', role: 'hedge' },
  // an allegation or a reputation nobody stands behind
  { phrase: 'suspected of', role: 'hedge' },
  // "the minister accused of fraud": the active voice always has an object
  // between ("accused X of"), so "accused of" is an agentless passive
  { phrase: 'accused of', role: 'hedge' },
  { phrase: 'is accused of', role: 'hedge' },
  { phrase: 'are accused of', role: 'hedge' },
  { phrase: 'was accused of', role: 'hedge' },
  { phrase: 'were accused of', role: 'hedge' },
  { phrase: 'been accused of', role: 'hedge' },
  { phrase: 'reputed', role: 'hedge' },
  { phrase: 'reputedly', role: 'hedge' },
  { phrase: 'speculation that', role: 'hedge' },
  { phrase: 'amid speculation', role: 'hedge' },
  { phrase: 'fuelling speculation', role: 'hedge' },
  { phrase: 'fueling speculation', role: 'hedge' },
  { phrase: 'fuelled speculation', role: 'hedge' },
  { phrase: 'fueled speculation', role: 'hedge' },
  // stance stated as a state of mind: "the council is concerned the laws..."
  { phrase: 'is concerned', role: 'verb' },
  { phrase: 'are concerned', role: 'verb' },
  { phrase: 'is adamant', role: 'verb' },
  { phrase: 'are adamant', role: 'verb' },
  { phrase: 'is confident', role: 'verb' },
  { phrase: 'are confident', role: 'verb' },
  { phrase: 'is convinced', role: 'verb' },
  { phrase: 'are convinced', role: 'verb' },
  { phrase: 'is worried', role: 'verb' },
  { phrase: 'are worried', role: 'verb' },
  // passive voice of stance verbs, with the agent after "by"
  { phrase: 'criticized by', role: 'by' },
  { phrase: 'criticised by', role: 'by' },
  { phrase: 'condemned by', role: 'by' },
  { phrase: 'praised by', role: 'by' },
  { phrase: 'disputed by', role: 'by' },
  { phrase: 'denied by', role: 'by' },
  { phrase: 'rejected by', role: 'by' },
  { phrase: 'welcomed by', role: 'by' },
  { phrase: 'cited by', role: 'by' },
  { phrase: 'quoted by', role: 'by' },
  { phrase: 'confirmed by', role: 'by' },
  { phrase: 'announced by', role: 'by' },
  { phrase: 'reported by', role: 'by' },
  { phrase: 'revealed by', role: 'by' },
  { phrase: 'estimated by', role: 'by' },
  // a view put into words by someone: "a concern expressed by some lawmakers"
  { phrase: 'expressed by', role: 'by' },
  { phrase: 'voiced by', role: 'by' },
  { phrase: 'echoed by', role: 'by' },
  // multi-word reporting verbs
  { phrase: 'pointed out', role: 'verb' },
  { phrase: 'points out', role: 'verb' },
  { phrase: 'point out', role: 'verb' },
  { phrase: 'summed up', role: 'verb' },
  { phrase: 'made clear', role: 'verb' },
  { phrase: 'went on to say', role: 'verb' },
  { phrase: 'was quoted as saying', role: 'verb' },
  { phrase: 'were quoted as saying', role: 'verb' },
  { phrase: 'is quoted as saying', role: 'verb' },
  ...stanceStatements(),
  // the channel of a statement (scored as part of the cue before it)
  { phrase: 'in a statement', role: 'medium' },
  { phrase: 'in an interview', role: 'medium' },
  { phrase: 'in a blog post', role: 'medium' },
  { phrase: 'in a letter', role: 'medium' },
  { phrase: 'in a memo', role: 'medium' },
  { phrase: 'in an internal memo', role: 'medium' },
  { phrase: 'in a filing', role: 'medium' },
  { phrase: 'in a speech', role: 'medium' },
  { phrase: 'in a tweet', role: 'medium' },
  { phrase: 'in a post', role: 'medium' },
  { phrase: 'in an email', role: 'medium' },
  { phrase: 'in a press release', role: 'medium' },
  // passive voice with its agent after "by"
  { phrase: 'was announced by', role: 'by' },
  { phrase: 'were announced by', role: 'by' },
  { phrase: 'was confirmed by', role: 'by' },
  { phrase: 'was reported by', role: 'by' },
  { phrase: 'were reported by', role: 'by' },
  { phrase: 'was revealed by', role: 'by' },
  { phrase: 'was disclosed by', role: 'by' },
  { phrase: 'was released by', role: 'by' },
  { phrase: 'was published by', role: 'by' },
  { phrase: 'was stated by', role: 'by' },
  { phrase: 'has been confirmed by', role: 'by' },
];
