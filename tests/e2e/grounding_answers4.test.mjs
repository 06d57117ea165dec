// Grounding, questions (issue 10), fourth part: the view a value is in.
// A question names the tab its answer is under by a day or a name the tab
// shows short ("Friday" for a "Fri" tab) and the switcher choice by one of
// its words ("Harbour Lab" for "Harbour Lab (Floor 1)"); the chosen view's
// words then name where the answer is, not the row. A count said by the
// named thing's own line ("7 benches free" for "how many places are
// left"); a list filtered by a condition, its names read past a time in
// bold, and asked again with fields ("list them with times").
// Pages: tests/fixtures/grounding/answers4-*.html (a makerspace's
// workshop schedule).
import { test, assertCleanShutdown } from './lib/harness.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-answers4');
const { answers } = g;

test('a day tab the question names, short or in full; the row under it', async () => {
  await answers('/answers4-makerspace.html', [
    ['what time is Laser Cutting Basics on Friday?', '13:20'],
    ['who runs the Thursday soldering session?', 'Ade Bakare'],
    ['when does the woodturning class start on friday', '08:45'],
    ["tell me the start time of wednesday's 3D printing intro", '18:30'],
  ]);
});

test('a number the named thing says of what is left, in the tab the words name', async () => {
  await answers('/answers4-makerspace.html', [
    ["how many benches are free in Thursday's 3D printing intro?", '7'],
    ['how many places are left in the Friday laser cutting class?', '1'],
    ['how many spots remain for screen printing on Friday?', '9'],
  ]);
});

test("a switcher's choice named by its own words, then the tab", async () => {
  await answers('/answers4-makerspace.html', [
    ['who hosts the laser cutting workshop at Harbour Lab on Wednesday?', 'Hamid Karimi'],
    ['who teaches screen printing at the harbour lab?', 'Ade Bakare'],
    ['In the Harbour lab, how many benches are free for woodturning on Thursday?', '2'],
  ]);
});

test('a list filtered by a condition, with fields, and asked again with them', async () => {
  await answers('/answers4-makerspace.html', [
    ['which workshops on Thursday still have benches free?', 'Intro to 3D Printing; Soldering for Beginners'],
    ['which workshops on Thursday still have benches free, with their times?', 'Intro to 3D Printing (10:00); Soldering for Beginners (16:15)'],
    ['which workshops on Thursday still have benches free? list them with times', 'Intro to 3D Printing (10:00); Soldering for Beginners (16:15)'],
  ]);
});

test('the server stops cleanly', async () => {
  await assertCleanShutdown(g.server, g.baseline);
});
