// Grounding, lists and feeds (issue 10): a question over a page's repeated
// items ("which tours are led by Marta?", "what's in my wishlist?", "which
// of my saved comics is the shortest?", "which boats are in the Ready for
// launch column?") is answered with the names of the items that fit, and
// the fields a person asks for beside each ("give me their start times"),
// not with one stray value. A condition is read in an item's own parts (its
// byline, a badge, a count "4 spaces left", "Out of stock" as the opposite
// of in stock) or in the heading of the part of the list it is under (a
// board's column); the words said together in one part win ("Led by Marta"
// over a blurb that names Marta). Feeds that load more are loaded to their
// end before their last item is read.
// Pages: tests/fixtures/grounding/lists-*.html (a walking-tour agency, a
// comic-book shop's wishlist, a boatyard's slipway board, an allotment
// society's community board with a Load more button).
import assert from 'node:assert/strict';
import { test, testFull, full } from './lib/harness.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-lists');
const { answers } = g;

test('which items fit: a person named in a byline, a day and a count left, a state and its opposite', async () => {
  await answers('/lists-tours.html', [
    // full tier: the Friday tours below cover a condition read in each item's own parts
    ...full([['which tours on this page are led by Marta?', 'Old Town Secrets; River Ghosts; Cathedral Rooftops']]),
    ['which Friday tours still have spaces? give me their start times', 'Old Town Secrets (10:00); Harbour Lights (18:30)'],
    // further phrasings and conditions of the same readings: the full tier
    ...full([
      ['what tours does Marta Quintero lead?', 'Old Town Secrets; River Ghosts; Cathedral Rooftops'],
      ['which walks are with Jonas?', 'Harbour Lights; Street Art Trail'],
      ['Which tours on Friday still have spaces left? Tell me their start times.', 'Old Town Secrets (10:00); Harbour Lights (18:30)'],
      ['which tours are sold out?', 'River Ghosts; Cathedral Rooftops'],
    ]),
  ]);
  // full tier: the Friday tours above cover a state read in each item
  await answers('/lists-comics.html', full([
    ['which comics in my wishlist are in stock?', 'The Lantern Keeper #3; Salt & Iron Vol. 2; Night Tram'],
    ...full([
      ['which of my saved comics are out of stock?', 'Moonfall Omnibus; Pocket Robots'],
      ['which comics by Ana Petrov are in stock? with their prices', 'The Lantern Keeper #3 (€4.50); Salt & Iron Vol. 2 (€16.99)'],
    ]),
  ]));
});

test("what a list holds: a wishlist, a board's column, the items under a price", async () => {
  await answers('/lists-comics.html', [
    // full tier: grounding_answers3 "lists of things" ("Which jobs are there?") covers the names of a list's items
    ...full([["what's in my wishlist?", 'The Lantern Keeper #3; Moonfall Omnibus; Salt & Iron Vol. 2; Pocket Robots; Night Tram']]),
    // full tier: the boatyard's column below covers the items a list holds, the Friday tours a condition on each
    ...full([['which comics on my wishlist cost under €10?', 'The Lantern Keeper #3; Pocket Robots']]),
    // further phrasings and columns of the same readings: the full tier
    ...full([
      ['what is on my wishlist', 'The Lantern Keeper #3; Moonfall Omnibus; Salt & Iron Vol. 2; Pocket Robots; Night Tram'],
    ]),
  ]);
  await answers('/lists-boatyard.html', [
    ['which boats are in the Ready for launch column? only the names', 'Puffin II; Halcyon'],
    ...full([
      ['which jobs are waiting?', 'Sea Lark; Bramble'],
      ['what boats are in repair? give me their jobs', 'Kittiwake; Morning Star; Otter'],
      ['which jobs is Pat Moran doing?', 'Sea Lark; Kittiwake; Halcyon'],
    ]),
  ]);
});

test('the one item at an end of a measure: the fewest pages, the shortest walk, the cheapest', async () => {
  // full tier: the longest tour below covers the one item at an end of a measure
  await answers('/lists-comics.html', full([
    ['which of my saved comics is the shortest?', 'Pocket Robots'],
    // further ends and lists of the same reading: the full tier
    ...full([
      ['which comic in my wishlist is the longest?', 'Moonfall Omnibus'],
    ]),
  ]));
  await answers('/lists-tours.html', [
    ['which tour is the longest? give me its start time', 'Market Tastes (09:30)'],
    ...full([
      ['which of the tours is the shortest?', 'Cathedral Rooftops'],
    ]),
  ]);
});

test('feeds that load more: the last item and its author after the end, a Load more button or an endless scroll', async () => {
  await answers('/lists-forum.html', [
    ["what's the very last post in the feed and who wrote it?", 'Gate code changes on Monday (Tariq Bello)'],
    // further phrasings of the same reading: the full tier
    ...full([
      ['keep clicking Load more until the end, then tell me the last post and who wrote it', 'Gate code changes on Monday (Tariq Bello)'],
      ['scroll through the posts and tell me the last one', 'Gate code changes on Monday'],
    ]),
  ]);
  // full tier: the forum above covers the last item after loading to the end, grounding_reveal's guestbook an endless scroll
  await answers('/lists-reviews.html', full([
    ["what's the final review and who wrote it?", 'Farewell from pitch 12 (Dora F.)'],
    ...full([
      ['scroll through the reviews and tell me the last one', 'Farewell from pitch 12'],
      ['tell me the last review', 'Farewell from pitch 12'],
    ]),
  ]));
});

// full tier: the forum's very last post above covers a feed loaded before it is read
testFull('what a person said about a subject, further down a feed', async () => {
  await answers('/lists-forum.html', [
    ['find what Kim Rowe said about the night tour', 'The night tour was lovely: bring a torch and warm socks next time.'],
    // further phrasings of the same reading: the full tier
    ...full([
      ['what did Kim R. say about the night tour?', 'The night tour was lovely: bring a torch and warm socks next time.'],
    ]),
  ]);
  await answers('/lists-reviews.html', full([
    ['what did Colm B. say about the autumn?', 'The autumn colours by the stream were worth the drive.'],
  ]));
});

// full tier: grounding_answers "items and people: ..., counts" ("how many unread emails do I have?") covers a count of the items in a state
testFull('counts of the items that fit', async () => {
  // further counts of the same kind: the full tier
  await answers('/lists-boatyard.html', full([
    ['how many jobs are tagged urgent?', '2'],
    ['how many boats is Sofia Lind working on?', '2'],
  ]));
  await answers('/lists-tours.html', [
    ['how many Saturday tours are sold out?', '1'],
    ...full([
      ['how many tours does Marta lead?', '3'],
    ]),
  ]);
  await answers('/lists-comics.html', full([
    ['how many comics on my wishlist are out of stock?', '2'],
  ]));
});
