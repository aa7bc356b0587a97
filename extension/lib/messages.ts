import type { DraftBlock } from '../../shared/lesson/read/blocks';
import type { DocSummary } from './analysis';
import type { PlanContent } from './plan-blocks';

/**
 * The messages between Trajectory's parts. Plans travel as the blocks their HTML was read into
 * (see plan-blocks.ts); the receiver checks them with plan-schema.ts before the engine sees them.
 */

/** The side panel asks the Docs content script for the document's blocks. */
export interface ReadDocRequest {
  type: 'trajectory/read-doc';
}

/** The Docs launcher asks the background to open the side panel for its tab. */
export interface OpenPanelRequest {
  type: 'trajectory/open-panel';
}

/**
 * The Docs launcher hands the Doc's blocks to the background, which runs the lesson engine and
 * answers with a DocSummary (null when the request is not a plan it will read): the engine
 * stays out of the script that loads on every Doc.
 */
export interface SummariseRequest {
  type: 'trajectory/summarise';
  blocks: DraftBlock[];
}
export type SummariseResponse = DocSummary | null;

/** The background tells an open panel that the teacher invoked Trajectory on a tab. */
export interface TabGrantedNotice {
  type: 'trajectory/tab-granted';
  tabId: number;
}

export function isTabGrantedNotice(message: unknown): message is TabGrantedNotice {
  return (message as TabGrantedNotice | null)?.type === 'trajectory/tab-granted';
}

/** What the on-demand page script returns to the panel. */
export interface PageRead {
  title: string;
  /** The page's main content: the article, without the site's navigation, header or footer. */
  main: DraftBlock[];
  /** Whether the page went past the limits and only its start is in `main`. */
  clipped: boolean;
  /** The selected part of the page as blocks; empty when nothing is selected. */
  selection: DraftBlock[];
  /** The selection's words as Chrome gives them, for a selection that holds no blocks (in a text field). */
  selectionText: string;
}

/** A selection the context menu handed over, kept in storage.session until the panel shows it. */
export interface HandedSelection {
  /** Blocks when the page could be read, else the menu's copy of the selected words. */
  content: PlanContent;
  title: string;
  url: string;
}

export function selectionKey(tabId: number): string {
  return `selection:${tabId}`;
}

export function isReadDocRequest(message: unknown): message is ReadDocRequest {
  return (message as ReadDocRequest | null)?.type === 'trajectory/read-doc';
}

export function isOpenPanelRequest(message: unknown): message is OpenPanelRequest {
  return (message as OpenPanelRequest | null)?.type === 'trajectory/open-panel';
}

/** The panel asks a web page to show the words a prompt is about. */
export interface HighlightRequest {
  type: 'trajectory/highlight';
  quote: string;
}
export interface HighlightResponse {
  found: boolean;
}

export function isHighlightRequest(message: unknown): message is HighlightRequest {
  const request = message as HighlightRequest | null;
  return request?.type === 'trajectory/highlight' && typeof request.quote === 'string';
}
