/**
 * Plans laid out the way teachers lay them out, for the test that the extension and the command
 * line read the same HTML the same way (test/e2e/reading.test.ts). Each marks a part of the
 * lesson by layout alone, which text cannot carry: a line in bold, a timed grid.
 */

/** A Google Docs HTML export: Docs' class names, the Title style, a timed grid, parts marked in bold alone (one by a class the style sheet makes bold, as Docs writes it; one by <b>). */
export const FORCES_DOC_TITLE = 'Y8 Science: Balanced and unbalanced forces';

export function forcesDocExport(): string {
  return `<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><title>${FORCES_DOC_TITLE}</title>
<style type="text/css">.c1{margin:0}.c3{font-size:26pt}.c5{color:#000000;font-weight:700}</style></head>
<body class="c12 doc-content">
<p class="c3 title"><span>${FORCES_DOC_TITLE}</span></p>
<p class="c1"><span>Year 8, 50 minute lesson.</span></p>
<h2 class="c7"><span>Learning objective</span></h2>
<p class="c1"><span>To explain how balanced and unbalanced forces change the motion of an object</span></p>
<table class="c10"><tbody>
<tr><td><p class="c1"><span>Time</span></p></td><td><p class="c1"><span>Activity</span></p></td><td><p class="c1"><span>Differentiation</span></p></td></tr>
<tr><td><p class="c1"><span>10</span></p></td><td><p class="c1"><span>Starter: pupils sort pictures into balanced and unbalanced forces</span></p></td><td><p class="c1"><span>Picture cards with labels for some pupils</span></p></td></tr>
<tr><td><p class="c1"><span>25</span></p></td><td><p class="c1"><span>Main: pupils pull force meters in pairs and record the resultant force</span></p></td><td><p class="c1"><span>Partly filled results table</span></p></td></tr>
</tbody></table>
<p class="c1"><span class="c5">Trolley races</span></p>
<p class="c1"><span>Groups time a trolley pulled by one and then two elastic bands, and say which force is bigger.</span></p>
<p class="c1"><b>Plenary</b></p>
<p class="c1"><span>Pupils explain to a partner what happens when the forces on a trolley are unbalanced, then answer two exit questions.</span></p>
</body></html>`;
}

export const HASTINGS_TITLE = 'Year 8 History: Why did the Normans win? | Castlebrook Academy';

/**
 * A lesson on a school website, inside the site's furniture: its header and navigation, a
 * sidebar of objectives from other lessons, a cookie notice the page hides, and a footer that
 * names starters and plenaries. Only the article is the plan.
 */
export function hastingsLessonPage(): string {
  return `<!doctype html><html lang="en-GB"><head><title>${HASTINGS_TITLE}</title>
<style>body { font-family: Georgia, serif; margin: 0 } header, footer { background: #223; color: #fff; padding: 12px } main { max-width: 720px; margin: 0 auto; padding: 12px } td, th { border: 1px solid #999; padding: 4px }</style></head>
<body>
  <header><p>Castlebrook Academy</p><nav><a href="/">Home</a> <a href="/starter-packs">Starter packs</a> <a href="/plenary-ideas">Plenary ideas</a></nav></header>
  <div hidden><p>We use cookies. Accept all cookies?</p></div>
  <div class="layout">
    <aside><h2>Learning objectives bank</h2><ul><li>To evaluate sources</li><li>To explain causes</li></ul></aside>
    <main>
      <h1>Why did William win the Battle of Hastings?</h1>
      <p>Year 8, 60 minute lesson.</p>
      <h2>Learning objective</h2>
      <p>To explain why William won the Battle of Hastings, ranking the reasons by importance</p>
      <h2>Success criteria</h2>
      <ul><li>I can give three reasons for William's victory</li><li>I can rank the reasons and justify the most important one</li></ul>
      <table>
        <tr><th>Time</th><th>Activity</th><th>Support</th></tr>
        <tr><td>10</td><td>Starter: pupils sort cards into luck, skill and Harold's mistakes</td><td>Cards with pictures</td></tr>
        <tr><td>30</td><td>Main: in pairs, pupils read the account of the battle and build a diamond nine of reasons</td><td>Sentence starters for the ranking</td></tr>
      </table>
      <h2>Key questions</h2>
      <ul><li>Who were the three men who claimed the English throne in 1066?</li><li>Why were Harold's soldiers tired when they reached Hastings?</li><li>Which reason mattered most for William's victory, and why?</li></ul>
      <p><b>Plenary</b></p>
      <p>Pupils return to the objective: each pair explains their most important reason to another pair, then writes one sentence justifying it on an exit ticket.</p>
    </main>
  </div>
  <footer><p>Plenary resources and starter packs for every unit. Copyright Castlebrook Academy. Privacy policy. Cookie settings.</p></footer>
</body></html>`;
}

/** A unit overview on a department's page: several lessons, each with its objectives. */
export function forcesSchemePage(): string {
  return `<!doctype html><html lang="en-GB"><head><title>Year 7 Forces: unit overview</title></head>
<body><nav><a href="/">Science</a></nav><main>
  <h1>Unit overview: Forces, Year 7</h1>
  <h2>Lesson 1: What is a force?</h2>
  <p>Objectives:</p>
  <ul><li>Name the forces acting on a falling object.</li><li>Describe a force as a push or a pull.</li><li>Measure a force with a newton meter.</li></ul>
  <h2>Lesson 2: Friction</h2>
  <p>Objectives:</p>
  <ul><li>Explain how friction affects motion.</li></ul>
  <h2>Lesson 3: Balanced and unbalanced forces</h2>
  <p>Objectives:</p>
  <ul><li>Predict the motion of an object from the forces on it.</li></ul>
  <p>Enquiry question: What makes an object start or stop moving?</p>
</main></body></html>`;
}

/** Not a plan: a department's meeting notes published on the staff site. */
export function meetingNotesPage(): string {
  return `<!doctype html><html lang="en-GB"><head><title>History department meeting, 3 March</title></head>
<body><main>
  <h1>History department meeting, 3 March</h1>
  <p>Present: JS, AK, RT. Apologies: MB.</p>
  <h2>Agenda</h2>
  <ol><li>Year 9 mock results</li><li>Trip to the Tower of London</li></ol>
  <h2>Actions</h2>
  <ul><li>AK to book the coach by Friday</li><li>RT to share the moderation timetable</li></ul>
</main></body></html>`;
}

/** The same unit overview as a Google Docs export: lesson headings in Docs' heading style. */
export const FORCES_SCHEME_DOC_TITLE = 'Year 7 Forces: unit overview';

export function forcesSchemeDocExport(): string {
  return `<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><title>${FORCES_SCHEME_DOC_TITLE}</title></head>
<body class="c9 doc-content">
<p class="c3 title"><span>Unit overview: Forces, Year 7</span></p>
<h2 class="c7"><span>Lesson 1: What is a force?</span></h2>
<p class="c1"><span>Objectives:</span></p>
<ul class="c4 lst-kix_list_1-0 start"><li class="c2"><span>Describe a force as a push or a pull.</span></li><li class="c2"><span>Measure a force with a newton meter.</span></li></ul>
<h2 class="c7"><span>Lesson 2: Friction</span></h2>
<p class="c1"><span>Objectives:</span></p>
<ul class="c4 lst-kix_list_2-0 start"><li class="c2"><span>Explain how friction affects motion.</span></li></ul>
<h2 class="c7"><span>Lesson 3: Balanced and unbalanced forces</span></h2>
<p class="c1"><span>Objectives:</span></p>
<ul class="c4 lst-kix_list_3-0 start"><li class="c2"><span>Predict the motion of an object from the forces on it.</span></li></ul>
</body></html>`;
}

/** A plan pasted onto a page that stops mid-sentence: the rest never made it. */
export function cutOffLessonPage(): string {
  return `<!doctype html><html lang="en-GB"><head><title>Year 3 Maths: Adding fractions</title></head>
<body><main>
  <h1>Year 3 Maths: Adding fractions</h1>
  <h2>Learning objective</h2>
  <p>To add fractions with the same denominator</p>
  <h2>Starter (10 mins)</h2>
  <p>Pupils show 1/4 and 2/4 on fraction strips and say which is larger.</p>
  <h2>Main (25 mins)</h2>
  <p>Pupils add fractions with the same denominator on the sheet, then check each answer with the strips and</p>
</main></body></html>`;
}
