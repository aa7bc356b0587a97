import type { DocSummary } from './analysis';
import type { DocRead } from './docs-reader';

/** The side panel asks the Docs content script for the document's text. */
export interface ReadDocRequest {
  type: 'trajectory/read-doc';
}
export type ReadDocResponse = DocRead;

/** The Docs launcher asks the background to open the side panel for its tab. */
export interface OpenPanelRequest {
  type: 'trajectory/open-panel';
}

/**
 * The Docs launcher hands the Doc's text to the background, which runs the lesson engine and
 * answers with a DocSummary: the engine stays out of the script that loads on every Doc.
 */
export interface SummariseRequest {
  type: 'trajectory/summarise';
  text: string;
}
export type SummariseResponse = DocSummary;

export function isSummariseRequest(message: unknown): message is SummariseRequest {
  const request = message as SummariseRequest | null;
  return request?.type === 'trajectory/summarise' && typeof request.text === 'string';
}

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
  mainText: string;
  selectionText: string;
}

/** A selection the context menu handed over, kept in storage.session until the panel shows it. */
export interface HandedSelection {
  text: string;
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
