// Grounding, answers that are not in view until something is hovered,
// opened or followed (issue 10, items 3, 4, 7 and 8): a bubble the page
// makes only on hover (a role=tooltip or a tip-like class under a visible
// trigger: a name with a bio, an ⓘ with the rules, a ✉ with a note) is
// hovered when its words or its trigger's label say what the question
// asks beside the question's names, and read there; a question asked
// before the page ("... ? It's on <url>", "(hover the icon on <url>)")
// is asked after the page and the moves its later words say.
// Pages: tests/fixtures/grounding/reveal-*.html (an allotment society's
// plots).
import assert from 'node:assert/strict';
import { test, testFull, full } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-reveal');

/* runs each [instruction ({url}: the page's address), want, check?] and
 * returns the runs */
async function asks(page, cases) {
  const runs = [];
  for (const [instr, want, check] of cases) {
    const said = instr.includes('{url}') ? instr.replace('{url}', g.G(page)) : `Open ${g.G(page)} and ${instr}`;
    const run = await crawl(g.api, said);
    const got = lastExtract(run).text;
    if (want instanceof RegExp) assert.match(String(got), want, run.why);
    else assert.equal(got, want, run.why);
    if (check) check(run);
    runs.push(run);
  }
  return runs;
}

/* the run hovered exactly these triggers (data-h / data-i) */
const hovered = (...what) => (run) => assert.deepEqual(g.events(run, 'hover').map((e) => e.what), what, run.why);

test('a bubble shown on hover: the named line\'s trigger is hovered and its bubble read (a bio, rules, a note)', async () => {
  await asks('/reveal-allotments.html', [
    /* the name itself carries the bio (full tier: Plot 12's note below
     * covers a bubble hovered and read) */
    ...full([["What does Maren grow? Her profile shows when you hover her name on {url}", /heritage squash/, hovered('maren')]]),
    // further phrasings (here and below): the full tier
    ...full([['tell me what Sofie does for a living', /architect/, hovered('sofie')]]),
    /* the ⓘ labelled "Plot rules" of the plot named */
    ...full([['tell me whether chickens are allowed on Plot 3', /at most four hens/, hovered('r3')]]),
    // full tier: Plot 12's note below covers the bubble of a plot's trigger its label names
    ...full([['how tall can the shed on plot 7 be? check the plot rules on {url}', '2 metres', hovered('r7')]]),
    /* a yes or no said by the bubble, the trigger's label naming it */
    ['Is there a committee note for Plot 12? It\'s on {url}', /^Yes: Rent for this season paid/, hovered('n12')],
    ...full([['{url}: what did the committee note say about plot 7?', /Hedge to be trimmed/, hovered('n7')]]),
  ]);
});

// full tier: Plot 12's note above hovers only the trigger its words name
testFull('what the line says in view is read without hovering', async () => {
  await asks('/reveal-allotments.html', [
    ['what size is plot 12?', '250 m²', hovered()],
    ...full([['who holds Plot 7?', 'Idris', hovered()]]),
  ]);
});

test('a question named by a section\'s heading, in a frame: the section\'s opening paragraph', async () => {
  await asks('/reveal-club-rules.html', [
    ["What's the guest policy? It's in the club rules on {url}", "Members may bring two guests per season. Each guest pays a £10 day fee and signs the visitors' book."],
    ...full([['tell me the rules for junior sailors', 'Sailors under 16 sail only when a qualified instructor is on the water. A parent signs the consent form once a season.'],
      ['what is the mooring policy on {url}?', /^Swing moorings are allocated each March by the harbour master\./]]),
  ]);
});

test('the entity\'s own page lacks the answer: the link that says what is asked is followed, its form read, nothing sent', async () => {
  const runs = await asks('/reveal-club.html', [
    ['Until when can I enrol on the Dinghy sailing for beginners course? The date is on the enrolment form at {url}', '3 May 2027'],
    ...full([['tell me the enrolment deadline for Keelboat crewing', /19 April 2027/],
      ['by when do I have to enrol for Dinghy sailing for beginners?', /3 May 2027/]]),
  ]);
  for (const run of runs) assert.deepEqual(g.events(run, 'enrol'), [], run.why);
});

// full tier: the herbarium's "Open it in a new tab" below covers a page opened in a new tab and read there
testFull('a recording opened in a new tab: its length said as a clock after a label of length is a duration', async () => {
  await asks('/reveal-lectures.html', [
    ['Open the recording of the tides lecture from {url} and tell me how long it is', '52:40'],
    ...full([['{url} — open the recording. What is its duration?', '52:40'],
      ['Go to {url}, open the recording, how long is the recording?', '52:40']]),
  ]);
});

test('a grid item whose tools show only on hover: hovered, its ↗ opens its page in a new tab, the labelled value read there, nothing removed', async () => {
  const runs = await asks('/reveal-herbarium.html', [
    ...full([['What altitude was the alpine gentian specimen collected at in the Alpine collection at {url}? Open it in a new tab to see the details.', '2,300 m']]),
    /* "it" is the thing the question names: its own card's ↗ */
    ['{url}: who collected the Edelweiss specimen? Open it in a new tab.', 'Marco Pellegrini', (run) => assert.deepEqual(g.events(run, 'open').map((e) => e.id), ['s2'], run.why)],
    /* no hint: the question's look hovers the card and opens its page */
    ...full([['When was the Moss campion collected? Open it from {url} in a new tab', '11 June 1995']]),
  ]);
  for (const run of runs) assert.deepEqual(g.events(run, 'remove'), [], run.why);
});

test('"scroll through" a list that loads as it scrolls: every entry loaded before the last one is read', async () => {
  await asks('/reveal-guestbook.html', [
    ['Scroll through the guestbook on {url} and tell me the very last entry: who wrote it?', 'Quentin V.'],
    ...full([['scroll through all the entries on {url} and tell me the last entry', /Quentin V\./],
      ['Please scroll through every entry on {url} and give me the very last entry', /Quentin V\./]]),
  ]);
});

// full tier: grounding_explore's paper store (a tree node) and grounding_trees' lazy role=tree cover a node opened down to the leaf
testFull('a tree whose leaf fills a details pane: the node whose path says the names is opened down to the leaf, the pane read', async () => {
  await asks('/reveal-depot.html', [
    ['tell me who supervises the North depot Cold store Frozen bay', 'Sam Okafor'],
    ...full([['{url} — when is the North depot Dry goods Flour bay counted next?', '16 March 2027'],
      ['On {url}, when is the North depot Cold store Dairy bay next counted?', '2 March 2027']]),
  ]);
});
