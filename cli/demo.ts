import { stylist } from './io';
import { wrapParagraph } from './wrap';

/** What the demo ends with: how to go from the samples to a teacher's own plans and markbooks. */
export function nextSteps(width: number, color: boolean): string {
  const style = stylist(color);
  const step = (label: string, text: string) =>
    `  ${style('bold', label)}\n${wrapParagraph(text, width, 4, '    ')}`;
  return `${[
    '',
    style('bold', 'What next'),
    step(
      'Your own files',
      'npx trajectory lesson <plan.md|.html|.txt> and npx trajectory markbook <markbook.csv>.',
    ),
    step(
      'The Chrome extension',
      'npm run build, then in Chrome open chrome://extensions, turn on Developer mode, choose Load unpacked and pick .output/chrome-mv3. Pin it: the puzzle-piece Extensions button › the pin beside Trajectory, so its toolbar button stays in view. Open a lesson plan in Google Docs and click it.',
    ),
    step(
      'The Google Sheets add-on',
      'npx clasp login, then npm run setup:addon (once: it makes the Apps Script project) and npm run push. apps-script/README.md takes it from a test deployment on one markbook to an install for the whole school.',
    ),
  ].join('\n')}\n`;
}
