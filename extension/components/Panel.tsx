import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LessonAnalysis, QuestionLadder } from '../../shared/lesson/types';
import { showQuoteInTab } from '../browser/highlight';
import { forgetSelection, readSelection, readTab, type TabInfo, type TabRead } from '../browser/read-tab';
import { loadSettings, onSettingsChanged } from '../browser/settings-store';
import { analysePlan, laddersFor } from '../lib/analysis';
import { isTabGrantedNotice, selectionKey } from '../lib/messages';
import { type PlanContent, sameContent } from '../lib/plan-blocks';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings';
import { classifyTab, describeFailure, describeSource, type PlanSource } from '../lib/sources';
import { FirstRunTip } from './FirstRunTip';
import { PlanReport } from './PlanReport';

type PanelState =
  | { kind: 'starting' }
  | { kind: 'nothing'; message: string }
  | { kind: 'reading'; step: string }
  | { kind: 'failed'; what: string; advice: string; details: string[] }
  | {
      kind: 'ready';
      title: string;
      content: PlanContent;
      source: PlanSource;
      clipped: boolean;
      analysis: LessonAnalysis;
      ladders: QuestionLadder[];
    };

/** A fresh read when the panel regains focus at most this often: each is a request to Docs. */
const RECHECK_AFTER_MS = 2000;

const NOTHING_OPEN =
  'Open a lesson plan in Google Docs, or select some text on a web page and press "Use selection".';

function readingStep(tab: TabInfo): string {
  return classifyTab(tab.url).kind === 'google-doc' ? 'Reading the Google Doc…' : 'Reading the page…';
}

function analysed(read: TabRead, settings: Settings): PanelState {
  if (read.kind === 'nothing') return { kind: 'nothing', message: read.message };
  if (read.kind === 'failed') return read;
  const analysis = analysePlan(read.content, settings);
  return {
    kind: 'ready',
    title: read.title,
    content: read.content,
    source: read.source,
    clipped: read.clipped,
    analysis,
    ladders: laddersFor(analysis, read.content, read.source.kind === 'selection'),
  };
}

/**
 * The side panel: follows the tab it sits beside, reads its plan (Doc, page or selection),
 * runs the lesson engine locally and shows the result. All decisions live in lib/.
 */
export function Panel() {
  const [state, setState] = useState<PanelState>({ kind: 'starting' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const settingsRef = useRef<Settings>(DEFAULT_SETTINGS);
  const target = useRef<TabInfo | null>(null);
  const latestRead = useRef<TabRead | null>(null);
  const readCount = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** A read newer than the report shown: the Doc has changed since. */
  const [newerRead, setNewerRead] = useState<TabRead | null>(null);
  const lastCheck = useRef(0);

  const show = async (tab: TabInfo, reader: (tab: TabInfo) => Promise<TabRead> = readTab) => {
    target.current = tab;
    const thisRead = ++readCount.current;
    if (tab.status === 'loading') {
      // Read once it has loaded (onUpdated), when the Docs content script is there to answer.
      setState({ kind: 'reading', step: 'Waiting for the page to load…' });
      return;
    }
    setState({ kind: 'reading', step: readingStep(tab) });
    const read = await reader(tab);
    // The teacher may have switched tabs while this one was being read.
    if (thisRead !== readCount.current) return;
    latestRead.current = read;
    setNewerRead(null);
    setState(analysed(read, settingsRef.current));
  };

  /**
   * Back in the panel after editing the Doc: read it again quietly and, if it has changed
   * (its words or their layout), say so rather than swap the report under the teacher's eyes.
   */
  const checkForChanges = async () => {
    const tab = target.current;
    const shown = latestRead.current;
    // Docs only: a web page's text can change on its own (a carousel, a clock), and a notice
    // that keeps coming back would be noise.
    if (!tab || shown?.kind !== 'plan' || shown.source.kind !== 'google-doc') return;
    if (Date.now() - lastCheck.current < RECHECK_AFTER_MS) return;
    lastCheck.current = Date.now();
    const thisRead = readCount.current;
    const read = await readTab(tab);
    if (thisRead !== readCount.current || latestRead.current !== shown) return;
    if (read.kind === 'plan' && !sameContent(read.content, shown.content)) setNewerRead(read);
  };

  const showNewerRead = () => {
    if (!newerRead) return;
    latestRead.current = newerRead;
    setNewerRead(null);
    setState(analysed(newerRead, settingsRef.current));
  };

  /** Shows a tab by id; a tab closed meanwhile has nothing to show. */
  const showTab = async (tabId: number) => {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (tab) await show({ id: tabId, url: tab.url, title: tab.title, status: tab.status });
  };

  useEffect(() => {
    let ownTabId: number | undefined;
    let windowId: number | undefined;
    const onActivated = ({ tabId, windowId: activeWindow }: { tabId: number; windowId: number }) => {
      // Opened as a tab (not a side panel), the panel itself can be the active tab: skip it.
      if (activeWindow !== windowId || tabId === ownTabId) return;
      void showTab(tabId);
    };
    const onUpdated = (tabId: number, change: { status?: string }, tab: { url?: string; title?: string }) => {
      if (tabId === target.current?.id && change.status === 'complete') {
        void show({ id: tabId, url: tab.url, title: tab.title, status: 'complete' });
      }
    };
    const onTabGranted = (message: unknown) => {
      // The toolbar button was clicked on a tab: Chrome now lets the panel read it.
      if (!isTabGrantedNotice(message) || message.tabId === ownTabId) return;
      void showTab(message.tabId);
    };
    const onSelectionHanded = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const tab = target.current;
      if (area === 'session' && tab && changes[selectionKey(tab.id)]?.newValue) void show(tab);
    };
    const stopWatchingSettings = onSettingsChanged((next) => {
      settingsRef.current = next;
      setSettings(next);
      if (latestRead.current) setState(analysed(latestRead.current, next));
    });
    const onPanelFocus = () => {
      if (document.visibilityState === 'visible') void checkForChanges();
    };
    window.addEventListener('focus', onPanelFocus);
    document.addEventListener('visibilitychange', onPanelFocus);
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onTabGranted);
    browser.storage.onChanged.addListener(onSelectionHanded);

    void (async () => {
      const loaded = await loadSettings();
      settingsRef.current = loaded;
      setSettings(loaded);
      ownTabId = (await browser.tabs.getCurrent())?.id;
      windowId = (await browser.windows.getCurrent()).id;
      const [active] = await browser.tabs.query({ active: true, windowId });
      if (active?.id !== undefined && active.id !== ownTabId) {
        await show({ id: active.id, url: active.url, title: active.title, status: active.status });
      } else {
        setState({ kind: 'nothing', message: NOTHING_OPEN });
      }
    })();

    return () => {
      stopWatchingSettings();
      window.removeEventListener('focus', onPanelFocus);
      document.removeEventListener('visibilitychange', onPanelFocus);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onTabGranted);
      browser.storage.onChanged.removeListener(onSelectionHanded);
    };
  }, []);

  useEffect(() => {
    if (state.kind === 'ready' || state.kind === 'failed') headingRef.current?.focus();
  }, [state.kind]);

  const tab = target.current;
  const onDoc = tab ? classifyTab(tab.url).kind === 'google-doc' : false;
  const readAgain = async () => {
    if (!tab) return;
    await forgetSelection(tab.id);
    await show(tab);
  };

  return (
    <main class="panel">
      <header class="panel-header">
        {state.kind === 'ready' ? (
          <>
            <h1 tabIndex={-1} ref={headingRef}>
              {state.title}
            </h1>
            <p class="source">{describeSource(state.source)}</p>
            {state.source.kind === 'google-doc' && state.source.failures.length > 0 && (
              <details class="source-notes">
                <summary>Why not the document export?</summary>
                <ul>
                  {state.source.failures.map((failure) => (
                    <li key={failure.path}>{describeFailure(failure)}</li>
                  ))}
                </ul>
              </details>
            )}
          </>
        ) : (
          <h1 class="brand">Trajectory</h1>
        )}
        <div class="toolbar">
          <button type="button" disabled={!tab} onClick={() => void readAgain()}>
            {state.kind === 'ready' && state.source.kind === 'selection' ? 'Read whole page' : 'Read again'}
          </button>
          <button
            type="button"
            disabled={!tab || onDoc}
            aria-describedby={onDoc ? 'no-selection-on-docs' : undefined}
            onClick={() => tab && void show(tab, readSelection)}
          >
            Use selection
          </button>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Settings
          </button>
        </div>
        {onDoc && (
          <p class="toolbar-note" id="no-selection-on-docs">
            "Use selection" is off here: Google Docs does not share your selection with extensions, so
            Trajectory reads the whole document.
          </p>
        )}
      </header>

      <FirstRunTip />

      {newerRead && (
        <div class="stale" role="status">
          <p>The Doc has changed since Trajectory read it: this report is out of date.</p>
          <button type="button" class="primary" onClick={showNewerRead}>
            Read again
          </button>
        </div>
      )}

      {(state.kind === 'starting' || state.kind === 'reading') && (
        <p class="status" role="status">
          <span class="spinner" aria-hidden="true" />
          {state.kind === 'reading' ? state.step : 'Starting…'}
        </p>
      )}

      {state.kind === 'nothing' && (
        <div class="empty">
          <h2>Nothing to read here yet</h2>
          <p>{state.message}</p>
        </div>
      )}

      {state.kind === 'failed' && (
        <div class="error" role="alert">
          <h2 tabIndex={-1} ref={headingRef}>
            {state.what}
          </h2>
          <p>{state.advice}</p>
          {state.details.length > 0 && (
            <details class="details">
              <summary>Technical detail (for your IT support)</summary>
              <ul>
                {state.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}

      {state.kind === 'ready' && (
        <PlanReport
          analysis={state.analysis}
          ladders={state.ladders}
          guidedMinutes={settings.guidedMinutes}
          fromSelection={state.source.kind === 'selection'}
          clipped={state.clipped}
          showQuote={tab && !onDoc ? (quote) => showQuoteInTab(tab.id, quote) : undefined}
        />
      )}
    </main>
  );
}
