// Every kind of the taxonomy, on sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { analyze, type Kind } from '../../../lib/sourcing/index.ts';

/** The kinds found in a text, weakest link of each attribution, in order. */
const kindsOf = (text: string) => analyze(text).attributions.map((a) => a.kind);

describe('named', () => {
  test.each([
    [
      'Maria Lopez, a nurse at the clinic, said the ward had been closed for a week.',
      'Maria Lopez',
    ],
    ['"We ran out of beds by noon," said Daniel Okafor, the chief of staff.', 'Daniel Okafor'],
    ['Tom Baker told reporters that the season was over.', 'Tom Baker'],
    ['Ms. Chen acknowledged that mistakes were made.', 'Ms. Chen'],
    ['Prime Minister Anna Holm warned that the winter would be hard.', 'Prime Minister Anna Holm'],
    [
      'The ministry’s spokesperson Karl Weiss said the border stays shut.',
      'The ministry’s spokesperson Karl Weiss',
    ],
  ])('%s', (text, source) => {
    const [a] = analyze(text).attributions;
    expect(a?.kind).toBe('named');
    expect(a?.source?.text).toBe(source);
  });
});

describe('official', () => {
  test.each([
    ['The transport ministry said in a statement that the bridge would reopen in May.'],
    ['Police said the driver had been arrested on Tuesday.'],
    ['A spokeswoman for the city council confirmed that the budget had been cut.'],
    ['The Pentagon announced on Friday that it would send more troops.'],
    ['The utility says the outage will last two days.'],
    ['Norway has insisted that the fishing quota stays.'],
    ['The results were announced by the electoral commission.'],
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual(['official']);
  });
});

describe('document', () => {
  test.each([
    ['Court filings show that the company owed creditors $4 million.'],
    ['A report released by the state auditor found that the program wasted money.'],
    ['According to data from the Bureau of Labor Statistics, unemployment fell to 3.9 percent.'],
    ['According to a study published in the journal Nature, the ice is melting faster.'],
    ['Data from the Census Bureau shows the population grew.'],
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual(['document']);
  });
});

describe('secondhand', () => {
  test.each([
    ['According to a Reuters report, the deal collapsed last week.'],
    ['The Guardian reported that the minister had resigned.'],
    ['As first reported by Axios, the company plans to cut jobs.'],
    ['The Herald first broke the story. The newspaper reported that the mayor resigned.'],
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual(['secondhand']);
  });
});

describe('anonymous', () => {
  test.each([
    ['The deal collapsed, according to people familiar with the talks.'],
    ['A senior official, who spoke on condition of anonymity, said the talks had stalled.'],
    ['Two officials briefed on the negotiations said a deal was close.'],
    ['Sources said the mayor would not run again.'],
    ['Officials said the talks had stalled.'],
    ['City hall officials say the budget is short.'],
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual(['anonymous']);
  });
});

describe('vague', () => {
  test.each([
    ['The mayor reportedly plans to resign.'],
    ['The plan is allegedly worth $2 billion.'],
    ['Some experts say the policy will backfire.'],
    ['Critics argue that the law goes too far.'],
    ['It is believed that the ship sank within minutes.'],
    ['Previous reports suggest the number was higher.'],
    ['A number of economists say rates will rise.'],
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual(['vague']);
  });
});

describe('non-response', () => {
  test.each([
    ['The company declined to comment.'],
    ['Officials did not respond to a request for comment.'],
    ['The senator could not be reached on Monday.'],
    ['A spokesman for the airline said he had no comment.'],
    ['The firm did not immediately respond to a request for comment.'],
    ['When asked, a spokesperson for the agency said she had “no information to offer.”'],
  ])('%s', (text) => {
    const as = analyze(text).attributions;
    expect(as.map((a) => a.kind)).toEqual(['non-response']);
    expect(as[0].score).toBeNull();
    expect(as[0].band).toBe('none');
  });
});

describe('not attributions', () => {
  test.each([
    ['Trump spoke with Putin on Tuesday.'],
    ['He told the story of his first job.'],
    ['She wrote a letter to her sister.'],
    ['The report was 40 pages long.'],
    ['The meeting is on Monday.'],
    ['No group claimed responsibility for the attack.'],
    ['Prices rose by 3.5 percent in the U.S. last year.'],
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

test('each kind can be found in one article', () => {
  const text = [
    'Anna Berg said the plant would close.',
    'The ministry confirmed the closure.',
    'Court filings show the debts.',
    'The Guardian reported that the plant had lost money.',
    'People familiar with the plans said 200 jobs would go.',
    'Critics argue that the closure was rushed.',
    'The owners declined to comment.',
  ].join(' ');
  const found = new Set<Kind>(kindsOf(text));
  expect([...found].sort()).toEqual(
    ['named', 'official', 'document', 'secondhand', 'anonymous', 'vague', 'non-response'].sort(),
  );
});
