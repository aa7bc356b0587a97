import { describe, expect, it } from 'vitest';
import {
  adviceForFailedRead,
  classifyTab,
  describeFailure,
  describeSource,
  explainScriptingError,
} from '../../extension/lib/sources';

describe('classifyTab', () => {
  it.each([
    ['https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit', 'google-doc'],
    ['https://www.thenational.academy/teachers/lessons/fractions', 'web-page'],
    ['http://127.0.0.1:8080/plan.html', 'web-page'],
    ['https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOp/edit', 'unreadable'],
    ['https://docs.google.com/presentation/d/1AbCdEfGhIjKlMnOp/edit', 'unreadable'],
    ['chrome://extensions', 'unreadable'],
    ['chrome-extension://abc/sidepanel.html', 'unreadable'],
    ['about:blank', 'unreadable'],
    ['https://chromewebstore.google.com/detail/x', 'unreadable'],
    ['file:///home/teacher/plan.html', 'unreadable'],
    [undefined, 'web-page'],
  ])('%s is %s', (url, kind) => {
    expect(classifyTab(url).kind).toBe(kind);
  });

  it('carries the document id of a Doc', () => {
    expect(classifyTab('https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit')).toEqual({
      kind: 'google-doc',
      docId: '1AbCdEfGhIjKlMnOp',
    });
  });
});

describe('explainScriptingError', () => {
  it('tells the teacher how to grant access to a page', () => {
    const help = explainScriptingError(
      'Cannot access contents of the page. Extension manifest must request permission.',
    );
    expect(help.what).toMatch(/not given Trajectory access/);
    expect(help.advice).toMatch(/toolbar/);
  });

  it('says when Chrome never allows reading a page', () => {
    expect(explainScriptingError('Cannot access a chrome:// URL').what).toMatch(/does not let extensions/);
  });
});

describe('describing the read', () => {
  it('names the path used', () => {
    expect(describeSource({ kind: 'google-doc', path: 'export', failures: [] })).toMatch(/export/);
    expect(describeSource({ kind: 'google-doc', path: 'mobilebasic', failures: [] })).toMatch(/basic HTML/);
    expect(describeSource({ kind: 'web-page' })).toMatch(/main text/);
    expect(describeSource({ kind: 'selection' })).toMatch(/selected/);
  });

  it('says which path failed and why', () => {
    expect(describeFailure({ path: 'export', reason: 'redirected', detail: 'Docs redirected.' })).toBe(
      'The document export failed: Docs redirected.',
    );
  });

  it.each([
    { reasons: ['sign-in', 'sign-in'], details: ['', ''], advice: /Sign in/ },
    {
      reasons: ['http-error', 'http-error'],
      details: ['Docs answered 403: x', 'Docs answered 403: x'],
      advice: /can open/,
    },
    { reasons: ['empty', 'empty'], details: ['', ''], advice: /empty/ },
    { reasons: ['blocked', 'blocked'], details: ['', ''], advice: /signed in to Google .* online/ },
    {
      reasons: ['http-error', 'http-error'],
      details: ['Docs answered 500: x', 'Docs answered 500: x'],
      advice: /in a minute/,
    },
  ] as const)('advises on $reasons', ({ reasons, details, advice }) => {
    const failures = reasons.map((reason, index) => ({
      path: index === 0 ? ('export' as const) : ('mobilebasic' as const),
      reason,
      detail: details[index] ?? '',
    }));
    expect(adviceForFailedRead({ ok: false, failures })).toMatch(advice);
    // Docs does not share its selection, so the advice never sends the teacher to "Use selection".
    expect(adviceForFailedRead({ ok: false, failures })).not.toMatch(/selection/i);
  });
});
