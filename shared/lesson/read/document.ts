import type { LessonInput, PlanFormat } from '../types';
import { type PlanBlock, placeBlocks } from './blocks';
import { htmlBlocks } from './html-blocks';
import { provenanceLines, textBlocks } from './text-blocks';

export interface PlanDocument {
  format: PlanFormat;
  /** The plan's lines as line numbers count them: its own for text, one a block for HTML. */
  lines: string[];
  blocks: PlanBlock[];
}

/** True when the text looks like markup rather than a plan that mentions a tag in passing. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000);
  return (
    /<!doctype html|<html[\s>]|<body[\s>]/i.test(head) ||
    (head.match(/<\/(p|div|li|h[1-6]|td|span)>/gi)?.length ?? 0) >= 2
  );
}

/** The first pass: whatever the plan was written in, its blocks and lines. */
export function readDocument(input: LessonInput): PlanDocument {
  if (input.blocks !== undefined) {
    const { blocks, lines } = placeBlocks(input.blocks);
    return { format: 'html', lines, blocks };
  }
  const format = input.format ?? (looksLikeHtml(input.text) ? 'html' : 'text');
  if (format === 'html') return { format, ...placeBlocks(htmlBlocks(input.text)) };
  const lines = input.text.split(/\r\n|\r|\n/);
  const blocks = textBlocks(lines);
  for (const index of provenanceLines(lines)) lines[index] = '';
  return { format, lines, blocks };
}
