import { recogniser } from '../recogniser';

const NOTES = ['source:', 'form:', 'licence:', 'license:', 'from:', 'retrieved:'];

/**
 * A note at the top of a file saying where the plan came from ("# source: github ..., licence:
 * ...", "# form: ..."), or a site template's code line (`<%= partial(...) %>`): about the
 * document, never part of the plan, so never its title.
 */
export const provenanceNote = recogniser('provenance-note', (text) => {
  if (text.startsWith('<%') && text.endsWith('%>')) return true;
  if (!text.startsWith('#')) return undefined;
  const body = text.replace(/^#{1,6} ?/, '').toLowerCase();
  return NOTES.some((note) => body.startsWith(note)) ? true : undefined;
});
