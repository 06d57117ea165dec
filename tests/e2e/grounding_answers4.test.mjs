// Grounding, questions (issue 10), fourth part: the view a value is in.
// A question names the tab its answer is under by a day or a name the tab
// shows short ("Friday" for a "Fri" tab) and the switcher choice by one of
// its words ("Harbour Lab" for "Harbour Lab (Floor 1)"); the chosen view's
// words then name where the answer is, not the row. A count said by the
// named thing's own line ("7 benches free" for "how many places are
// left"); a list filtered by a condition, its names read past a time in
// bold, and asked again with fields ("list them with times").
// A short code a title spells out (<abbr title>) read in full for a name;
// the rows of a table with nothing under the column a question names.
// Of several values of a kind in one part, the one after the word the
// question says ("Meeting rooms 6 hours" beside "Desk time 40 hours"); a
// range's end by a Lowest/Highest column; a day said short ("Sat"). A
// name said by its initials ("the ICU") that the page spells in full.
// A line-up's rows of a time before an act: the act's time is in its own
// row, not the next row's; a ticket order's "Which day?" dropdown takes a
// value and shows nothing, so a day the question names is its tab.
// Pages: tests/fixtures/grounding/answers4-*.html (a makerspace's
// workshop schedule, a cycling club's rides, a coworking space's plans, a
// hospital's wards, a festival's line-up).
import { test, testFull, full } from './lib/harness.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-answers4');
const { answers } = g;

// full tier: "a number the named thing says of what is left, in the tab ..." covers the Friday tab (a "Fri" tab) and a row under it
testFull('a day tab the question names, short or in full; the row under it', async () => {
  await answers('/answers4-makerspace.html', [
    ['what time is Laser Cutting Basics on Friday?', '13:20'],
    // further days and phrasings (here and below): the full tier
    ...full([['who runs the Thursday soldering session?', 'Ade Bakare'],
      ['when does the woodturning class start on friday', '08:45'],
      ["tell me the start time of wednesday's 3D printing intro", '18:30']]),
  ]);
});

test('a number the named thing says of what is left, in the tab the words name', async () => {
  await answers('/answers4-makerspace.html', [
    ...full([["how many benches are free in Thursday's 3D printing intro?", '7']]),
    ['how many places are left in the Friday laser cutting class?', '1'],
    ...full([['how many spots remain for screen printing on Friday?', '9']]),
  ]);
});

// full tier: grounding_keys' van fuel ("Vehicle: Sedan ▾" -> Van) covers a switcher's other choice, then the tab
testFull("a switcher's choice named by its own words, then the tab", async () => {
  await answers('/answers4-makerspace.html', [
    ...full([['who hosts the laser cutting workshop at Harbour Lab on Wednesday?', 'Hamid Karimi'],
      ['who teaches screen printing at the harbour lab?', 'Ade Bakare']]),
    ['In the Harbour lab, how many benches are free for woodturning on Thursday?', '2'],
  ]);
});

// full tier: grounding_lists "which items fit" ("which Friday tours still have spaces? give me their start times") covers a filtered list with fields
testFull('a list filtered by a condition, with fields, and asked again with them', async () => {
  await answers('/answers4-makerspace.html', [
    ...full([['which workshops on Thursday still have benches free?', 'Intro to 3D Printing; Soldering for Beginners'],
      ['which workshops on Thursday still have benches free, with their times?', 'Intro to 3D Printing (10:00); Soldering for Beginners (16:15)']]),
    ['which workshops on Thursday still have benches free? list them with times', 'Intro to 3D Printing (10:00); Soldering for Beginners (16:15)'],
  ]);
});

test('a short code a title spells out, read in full; the rows with nothing under a column', async () => {
  await answers('/answers4-rides.html', [
    ['who leads the Hill Sprint? I need the full name', 'Bram de Waal'],
    ...full([['who leads the Coastal Loop in the autumn series?', 'Rafael Tavares'],
      ["what's the full name of the leader of the autumn Hill Sprint", 'Sunniva Lie'],
      ['which route has no climbing figure?', 'Canal Cruise']]),
    // full tier: the Hill Sprint above covers this table's rows
    ...full([['Which of the autumn routes has no climbing?', 'Reservoir Ramble'],
      ['which rides are without a climbing figure in the spring series?', 'Canal Cruise']]),
  ]);
});

test('of several values of a kind, the one after the word the question says; a range by its column or its day', async () => {
  await answers('/answers4-cowork.html', [
    ...full([['how many hours of meeting rooms does Team 250 give me?', '40 hours']]),
    // full tier: Canal Wharf's Saturday below covers the value after the word the question says
    ...full([['how many hours of meeting rooms come with Flex 40?', '6 hours']]),
    ...full([["what's the top rate for the Boardroom?", '\u00a365/h'],
      ["what's the most the Studio costs per hour?", '\u00a390/h']]),
    // full tier: grounding_answers3 "what's the top of the price band for a Carniolan nucleus?" covers an end of a range
    ...full([['how much is the Studio at the bottom of its range?', '\u00a355/h']]),
    ['what time does Canal Wharf close on Saturdays?', '17:00'],
    ...full([['what time does Old Mill shut on saturday', '16:00'],
      ['what time does the Old Mill site open on Sunday?', '11:00'],
      ['how many hot desks are free at Canal Wharf right now?', '2 of 6'],
      ['How many hot desks are available at Old Mill?', '9 of 14']]),
  ]);
});

// full tier: the Hill Sprint's full name above covers a short form read as the page spells it
testFull("a name said by its initials (\"the ICU\") the page spells out in full", async () => {
  await answers('/answers4-wards.html', [
    ['who is the ward manager of the ICU?', 'Joan Adeyemi'],
    ...full([['who manages the CCU', 'Tomasz Wierzbicki'],
      ['What are the visiting hours on the MAU?', '10:00\u201321:00, birth partners any time'],
      ['which floor is the CCU on?', 'Floor 2, east wing']]),
  ]);
});

test("a line-up: the time in the act's own row, under the tabs the question names, not a ticket dropdown's day", async () => {
  await answers('/answers4-festival.html', [
    ["what time does Glass Foxes play? They're on the Dune stage on Saturday.", '18:30'],
    // full tier: Glass Foxes above covers the time in the act's own row under the tabs named
    ...full([['When does Wren & Gale go on on Sunday?', '17:15']]),
  ]);
});

stopsCleanly(g);
