// Grounding, questions (issue 10): answers found by two keys, after the
// view the answer lives in is opened. A grid's cell where the row and the
// column the words name meet (and of a cell of several lines, the line of
// the kind asked); a switcher's other choice ("Vehicle: Sedan ▾" -> Van)
// and a tab picked before reading; an item's own page opened when its
// card lacks what is asked (same tab or a new one); a bubble made only by
// hovering its icon; a sentence that answers under a condition the
// question's number meets ("Seniors (65 and over)" for "if I'm 67"), and
// a deadline said relative to an event.
// Pages: tests/fixtures/grounding/keys-*.html (a swimming-pool timetable,
// a fleet-costs portal, a pottery course catalogue, a hockey league's
// standings, a boarding kennel's rates).
import assert from 'node:assert/strict';
import { test, testFull, full, FULL } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-keys');
const { answers } = g;

// further phrasings of each reading: the full tier (the quick one keeps one
// of each page and kind)
test('a grid by two keys: the row and the column the words name, the line of a cell the question asks for', async () => {
  await answers('/keys-pool.html', [
    ...full([['what time is Aqua Fit on Thursday?', '19:45']]),
    ['who leads the Saturday water polo session?', 'Rita Gomes'],
    ...full([['who coaches Toddler Splash on Saturday?', 'Hanna Berg'],
      ['at what time does Water Polo start on Friday?', '20:15']]),
  ]);
  // full tier: the pool's water polo above covers a grid's row and column, as grounding_answers' "a table cell" does
  await answers('/keys-kennel.html', full([
    ['what is the high season rate for a large dog?', '€35'],
    ['how much is a night at Christmas for a small dog?', '€32'],
    ['what does a medium dog cost per night in low season?', '€25'],
  ]));
  await answers('/keys-league.html', full([
    ['how many points do Pinecrest Otters have?', '36'],
    ['how many games have the Millbrook Foxes played?', '18'],
    ['how many points did Harbor Gulls have in 2025/26?', '21'],
  ]));
});

test('the view changes first: a switcher\'s other choice, then the tab the question names', async () => {
  await answers('/keys-fleet.html', [
    ['what did the van spend on fuel in April?', '€412.30'],
    ...full([["how much were the pickup's tolls in March?", '€24.00'],
      ['how much did the pickup spend on servicing in March?', '€89.00'],
      ["tell me the van's tolls for May", '€70.00']]),
  ]);
  /* the default view needs no switch */
  await answers('/keys-fleet.html', full([["what was the sedan's servicing cost in April?", '€145.00']]));
  if (FULL) { // the answer above is drawn only after both clicks
    const run = await crawl(g.api, `Open ${g.G('/keys-fleet.html')} and what did the van spend on fuel in April?`);
    assert.equal(g.one(run, 'vehicle').v, 'van', run.why);
    assert.equal(g.one(run, 'month').m, 'apr', run.why);
  }
  // full tier: the van's fuel above covers another view chosen before the value is read
  await answers('/keys-league.html', full([
    ['how many points did Harbor Gulls have in 2023/24?', '39'],
    ['how many games have the Millbrook Foxes played in 2024/25?', '20'],
    ['how many points did Pinecrest Otters get in the 2024/25 season?', '18'],
  ]));
});

// full tier: grounding_explore's rail route page covers an item's own page opened for the answer, grounding_reveal's herbarium one in a new tab
testFull('the answer is on the item\'s own page: opened from its card, in the same tab or a new one', async () => {
  // one in the same tab, Raku in a new one
  await answers('/keys-pottery.html', [
    ['who is the instructor of the Advanced Pottery course?', 'Graham Okoro'],
    ...full([['who teaches Wheel Basics?', 'Nadia Petrova']]),
    ['who runs the Raku Firing Weekend?', 'Ines Calderón'],
    ...full([['what is the minimum age for Wheel Basics?', '14 years'],
      ['how old must you be to join Advanced Pottery?', '16 years']]),
  ]);
  /* what the card says is read on the card */
  await answers('/keys-pottery.html', full([['how much is Wheel Basics?', '€240']]));
});

// full tier: grounding_reveal's "Is there a committee note for Plot 12?" covers a bubble the question does not say to hover, hovered and read
testFull('a bubble made by hovering its icon, read after the hover', async () => {
  const tip = 'The deposit is refunded in full if you cancel at least 7 days before arrival.';
  await answers('/keys-kennel.html', [
    ['what does the info bubble next to Deposit say?', tip],
    ...full([['what does the tooltip on the Deposit info icon say?', tip],
      ['read the hint shown when hovering the info icon next to Deposit', tip],
      ['hover the ⓘ next to Deposit and tell me what it says', tip]]),
  ]);
  if (FULL) { // the bubble above is made only by the hover
    const run = await crawl(g.api, `Open ${g.G('/keys-kennel.html')} and what does the info bubble next to Deposit say?`);
    assert.equal(g.events(run, 'tip').length >= 1, true, run.why);
  }
});

test('a sentence that answers under a condition: the range a number falls in, a deadline relative to an event', async () => {
  await answers('/keys-pool.html', [
    ["how much is a swim if I'm 67?", '€4.20'],
    ...full([['how much does my 9 year old pay?', '€3.80'],
      ["what's the entry price for a 70 year old?", '€4.20'],
      ['what does a swim cost for a 40-year-old?', '€6.50'],
      ['how much does my 2 year old pay?', 'Children under 4 swim free with a paying adult.'],
      ['until when can I cancel a class for free?', 'up to 4 hours before the class starts']]),
  ]);
  await answers('/keys-kennel.html', [
    // full tier: the pool's "how much is a swim if I'm 67?" covers the range a number falls in
    ...full([['how much is a night for my 12-year-old dog?', '€19'],
      ['what does a night cost for a 4 month old puppy?', '€15']]),
    // full tier: the pool's swim at 67 covers a sentence that answers under a condition
    ...full([['by when must I collect my dog to avoid a fee?', 'up to 1 hour after the office closes at 17:00'],
      ['how late can I pick up my dog without paying extra?', 'up to 1 hour after the office closes at 17:00']]),
  ]);
});
