/**
 * Pages the browser tests serve with `context.route`: a Google Doc as Docs serves it (the
 * editor page, the HTML export, the mobilebasic view) and a scheme-of-work web page. The plan
 * is realistic and deliberately incomplete: no plenary, no differentiation.
 */

export const DOC_ID = '1Yr5FractionsComparePlanQ3xKt9vLmN0pRsTuVwXyZ';
export const DOC_TITLE = 'Y5 Maths: Comparing fractions';

/**
 * The editor page: Docs draws the document on a canvas, so the text is not in this DOM. Its
 * controls sit where Docs puts them: menus and toolbar along the top, the side panel of
 * Google apps down the right edge with its "Hide side panel" toggle at the bottom.
 */
export function docsEditorPage(title = DOC_TITLE): string {
  return `<!doctype html><html><head><title>${title} - Google Docs</title>
<style>
  body { margin: 0; font-family: Arial, sans-serif; background: #f9fbfd; }
  #docs-header { height: 64px; display: flex; align-items: center; padding: 0 16px; background: #fff; border-bottom: 1px solid #dadce0; }
  #docs-toolbar { height: 40px; background: #edf2fa; margin: 8px 16px; border-radius: 20px; }
  .kix-appview-editor { width: 816px; margin: 16px auto; background: #fff; min-height: 900px; box-shadow: 0 1px 3px rgba(60,64,67,.3); }
  button { font-size: 20px; }
  #docs-companion { position: fixed; top: 64px; right: 0; bottom: 0; width: 56px; background: #f9fbfd; display: flex; flex-direction: column; align-items: center; gap: 12px; padding-top: 12px; }
  #docs-companion button { width: 40px; height: 40px; font-size: 12px; }
  #docs-companion #companion-toggle { position: absolute; bottom: 16px; }
</style></head>
<body>
  <div id="docs-header"><span id="docs-title">${title}</span><button id="share">Share</button></div>
  <div id="docs-toolbar"><button id="docs-undo" aria-label="Undo">Undo</button></div>
  <div class="kix-appview-editor"><canvas width="816" height="900"></canvas></div>
  <div id="docs-companion" role="complementary" aria-label="Side panel">
    <button aria-label="Calendar">Cal</button><button aria-label="Keep">Keep</button><button aria-label="Tasks">Tasks</button>
    <button id="companion-toggle" aria-label="Hide side panel">&gt;</button>
  </div>
</body></html>`;
}

export const PLAN_BODY = `
<p class="c3 title"><span class="c5">${DOC_TITLE}</span></p>
<p class="c1"><span>Year 5, 60 minute lesson. Prior learning: pupils can find equivalent fractions using a fraction wall.</span></p>
<h2 class="c7"><span>Learning objective</span></h2>
<ul class="c4 lst-kix_list_1-0 start">
  <li class="c2 li-bullet-0"><span>To compare and order fractions whose denominators are multiples of the same number</span></li>
</ul>
<h2 class="c7"><span>Success criteria</span></h2>
<ul class="c4 lst-kix_list_2-0 start">
  <li class="c2 li-bullet-0"><span>I can find a common denominator</span></li>
  <li class="c2 li-bullet-0"><span>I can explain which fraction is larger and why</span></li>
</ul>
<h2 class="c7"><span>Misconceptions</span></h2>
<p class="c1"><span>Pupils think a larger denominator means a larger fraction.</span></p>
<p class="c1"><span>Response: a larger denominator cuts the whole into more, smaller parts, so 1/8 is smaller than 1/4.</span></p>
<h2 class="c7"><span>Key questions</span></h2>
<ul class="c4 lst-kix_list_4-0 start">
  <li class="c2 li-bullet-0"><span>What is a denominator?</span></li>
  <li class="c2 li-bullet-0"><span>Why is 1/8 smaller than 1/4?</span></li>
</ul>
<h2 class="c7"><span>Starter (10 mins)</span></h2>
<p class="c1"><span>Whole class: on mini whiteboards, show me a fraction equivalent to 1/2.</span></p>
<h2 class="c7"><span>Main (35 mins)</span></h2>
<p class="c1"><span>Teacher models comparing 2/3 and 5/6 on the fraction wall, thinking aloud.</span></p>
<p class="c1"><span>Pupils complete worksheet 3 individually.</span></p>
<table class="c10"><tbody>
  <tr class="c6"><td class="c8"><p class="c1"><span>Resources</span></p></td><td class="c8"><p class="c1"><span>Fraction walls, mini whiteboards, worksheet 3</span></p></td></tr>
</tbody></table>`;

/** A Doc that is not a lesson plan: a department's meeting minutes. */
export const MINUTES_DOC_ID = '1Mx7DeptMeetingMinutesMarch14aBcDeFgHiJkLmNoPq';
export const MINUTES_TITLE = 'Maths department meeting, 14 March';
export const MINUTES_BODY = `
<p class="c3 title"><span>${MINUTES_TITLE}</span></p>
<p class="c1"><span>Present: JS, AK, RT. Apologies: MB.</span></p>
<h2 class="c7"><span>Agenda</span></h2>
<ol class="c4 lst-kix_list_3-0 start"><li class="c2"><span>Mock exam results</span></li><li class="c2"><span>Year 9 trip to the science museum</span></li></ol>
<h2 class="c7"><span>Actions</span></h2>
<ul class="c4 lst-kix_list_4-0 start"><li class="c2"><span>AK to book the coach by Friday</span></li><li class="c2"><span>RT to share the moderation timetable</span></li></ul>`;

/** A Doc as the routes serve it: its title and the body of its export. */
export interface ServedDoc {
  title: string;
  body: string;
}

/** `export?format=html`: the document with Docs' own class names. */
export function docsExportHtml(doc: ServedDoc = { title: DOC_TITLE, body: PLAN_BODY }): string {
  return `<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><title>${doc.title}</title>
<style type="text/css">.c1{margin:0}.c3{font-size:26pt}</style></head>
<body class="c12 doc-content">${doc.body}</body></html>`;
}

/** `mobilebasic`: Docs' plain HTML view, with its own page furniture around the document. */
export function docsMobileBasicHtml(doc: ServedDoc = { title: DOC_TITLE, body: PLAN_BODY }): string {
  return `<!doctype html><html><head><title>${doc.title} - Google Docs</title></head>
<body><div class="app-container">
  <div class="header"><div id="title" class="title">${doc.title}</div><div class="nav">Sign in</div></div>
  <div class="doc"><div class="doc-content">${doc.body}</div></div>
</div></body></html>`;
}

export const SCHEME_OBJECTIVE = 'To explain how the water cycle moves water around the Earth';

/** A scheme-of-work page on a school website: navigation, a sidebar and a footer around it. */
export function schemeOfWorkPage(): string {
  return `<!doctype html><html lang="en-GB"><head><title>Year 4 Science: The water cycle</title>
<style>body { font-family: Georgia, serif; margin: 0 } header, footer { background: #223; color: #fff; padding: 12px }</style></head>
<body>
  <header><nav><a href="/">Home</a> <a href="/curriculum">Curriculum</a> <a href="/contact">Contact us</a></nav></header>
  <div class="layout">
    <aside><h3>Other units</h3><ul><li>States of matter</li><li>Sound</li></ul></aside>
    <article>
      <h1>Lesson 2: The water cycle</h1>
      <h2>Learning objective</h2>
      <p id="objective">${SCHEME_OBJECTIVE}</p>
      <h2>Starter (5 mins)</h2>
      <p>Pairs: where does a puddle go on a sunny day? Share ideas with the class.</p>
      <h2>Main activity (30 mins)</h2>
      <p>Teacher explains evaporation, condensation and precipitation with a diagram.</p>
      <p>Groups label a water cycle diagram and write one sentence for each stage.</p>
      <h2>Plenary (10 mins)</h2>
      <p>Return to the objective: pupils explain the cycle to a partner, then say what they found hard.</p>
      <h2>Key questions</h2>
      <ul><li>What is evaporation?</li><li>Why does a puddle disappear on a sunny day?</li><li>What would happen to the water cycle if the Sun stopped heating the sea?</li></ul>
    </article>
  </div>
  <footer><p>Copyright Oakfield Primary School. Privacy policy. Cookie settings. Accessibility statement.</p></footer>
</body></html>`;
}

/** A one-to-one tuition plan published as a web page (wave 3 support). */
export function tuitionPlanPage(): string {
  return `<!doctype html><html lang="en-GB"><head><title>Tuition: Year 4 column subtraction</title></head>
<body><main>
  <h1>One-to-one tuition: Year 4 column subtraction</h1>
  <p>Pupil: A. (wave 3 support, session 3 of 6). Session length: 30 minutes.</p>
  <h2>Learning objective</h2>
  <p>To subtract 4-digit numbers using column subtraction with exchanging</p>
  <h2>Introduce (2 mins)</h2>
  <p>Share the objective and what a correct, neatly set out answer looks like.</p>
  <h2>Model (5 mins)</h2>
  <p>I demonstrate 4,305 - 1,278, thinking aloud about each exchange.</p>
  <h2>Try (8 mins)</h2>
  <p>A. has a go at 5,102 - 2,456 while I watch.</p>
</main></body></html>`;
}
