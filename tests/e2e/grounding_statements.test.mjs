// Grounding, form data said as plain statements (issue 10, items 2 and 9):
// after the form is open, people say things, a sentence a detail, and the
// statements are grounded in the fields of that form, not in its labels
// alone: an option by meaning ("we'll be home from about 1:30pm" is the
// visit window "Early afternoon (12:00–15:00)", "we have three bedrooms"
// the button "3–4 bedrooms", "she weighs 18 kilos" the band "10–25 kg",
// "call me rather than e-mailing" the radio "Phone call"), yes or no by a
// word of the question and a word that denies ("it hasn't been moved",
// "there's no lift at the new place"), a box by its words ("add the
// humidity check"), free text after a lead that names a text area or its
// kind ("Note: ...", "Details: ...", "Comments: ...") up to the sentence's
// end, several statements in one sentence, and the form sent by a later
// "send it" / "book it" or the request's own verb, once. A statement no
// field takes fails the step naming it, and nothing is sent. Pages:
// tests/fixtures/grounding/statements-*.html (a piano tuner's visit form
// behind a button, a removals quote with buttons pressed one at a time, a
// dog groomer's appointment in a dialog); the agent: 16-form.js (ipFacts,
// ipFreeText, ipSegments).
import assert from 'node:assert/strict';
import { test, testFull, full } from './lib/harness.mjs';
import { crawl } from './lib/site.mjs';
import { useGrounding } from './lib/grounding.mjs';

const g = useGrounding('grounding-statements');
const G = g.G;

/** Each phrasing on page sends the form once, with the fields of want. */
async function sends(page, action, phrases, want) {
  for (const p of phrases) {
    const run = await crawl(g.api, `Open ${G(page)}. ${p}`);
    const evs = g.events(run, action);
    assert.equal(evs.length, 1, `one "${action}" event for: ${p}\n${JSON.stringify(g.site.eventsSince(run.since))}\n${run.why}`);
    const got = {};
    for (const k of Object.keys(want)) got[k] = evs[0][k];
    assert.deepEqual(got, want, `${p}\n${run.why}`);
  }
}

test('piano tuner: statements after the form was opened, a sentence each, then sent', async () => {
  await sends('/statements-tuning.html', 'visit', [
    'Book a tuning visit. The instrument is a grand piano. We\'ll be home from about 1:30pm. Notes: the street is one-way, park at the back. My name is Ines Duarte, phone 0612 345 678. Send it.',
    // further phrasings: the full tier
    ...full(['Click Book a tuning visit. It\'s for Ines Duarte, phone 0612 345 678. The piano is a grand. We\'re home after 12:30 pm. Notes: the street is one-way, park at the back. Send it.',
      'Book a tuning visit. Name Ines Duarte, phone 0612 345 678. It\'s a grand piano. Note: the street is one-way, park at the back. Please come around 2pm. Send it.']),
  ], { name: 'Ines Duarte', phone: '0612 345 678', instrument: 'grand', window: 'early', notes: 'the street is one-way, park at the back' });
});

// full tier: the removals' "There's no lift" covers yes or no by a word that denies, the tuner's visit above statements into this form
testFull('piano tuner: several statements in one sentence, yes or no by a word that denies, a box by its words', async () => {
  await sends('/statements-tuning.html', 'visit', [
    'Book a tuning visit for Ines Duarte, phone 0612 345 678: it\'s an upright piano, we\'re in from 9am, the piano hasn\'t been moved, and we want the humidity check.',
    // further phrasings: the full tier
    ...full(['Book a tuning visit for Ines Duarte (phone 0612 345 678). We have an upright piano, nobody moved it, we\'re in from 9am, and we\'d like the humidity check too. Send it.',
      'Book a tuning visit. Name: Ines Duarte, phone 0612 345 678. The instrument is an upright piano. It hasn\'t been moved. We are home from 8:30 am. We\'d like the humidity check. Send it.']),
  ], { name: 'Ines Duarte', instrument: 'upright', window: 'am', moved: 'no', humidity: true, regulation: false });
});

test('removals: a count inside a band of buttons, no lift, storage in months, the crew\'s time window, how to be contacted', async () => {
  await sends('/statements-movers.html', 'quote', [
    'We have three bedrooms. There\'s no lift at the new place. We need storage for 3 months. The crew should come around 10am. Call me rather than e-mailing. Name: Tom Vries, tom@vries.nl. Send it.',
    // further phrasings: the full tier
    ...full(['Quote for Tom Vries (tom@vries.nl): three bedrooms, no lift at the new address, storage for 3 months, crew around 10am, call me. Send it.',
      'Name: Tom Vries, e-mail tom@vries.nl. It\'s a 3 bedroom flat. The new building has no lift. We\'d like our furniture stored for three months. The movers can arrive at 9:30. Please phone me. Submit it.']),
  ], { name: 'Tom Vries', email: 'tom@vries.nl', size: '3-4', lift: 'no', storage: '3', arrival: '9-11', contact: 'phone', packing: false });
});

// full tier: "piano tuner: statements after the form was opened, ..." covers free text after "Notes:" to the end of its sentence
testFull('removals: free text after a lead that names the text area or its kind, to the end of its sentence', async () => {
  await sends('/statements-movers.html', 'quote', [
    'Name: Tom Vries, tom@vries.nl. Details: the piano stays, the sofa goes. Send it.',
    // further phrasings: the full tier
    ...full(['Name Tom Vries, e-mail tom@vries.nl. Note: the piano stays, the sofa goes. Send it.',
      'Name Tom Vries, tom@vries.nl. Message: "the piano stays, the sofa goes". Send it.']),
  ], { name: 'Tom Vries', email: 'tom@vries.nl', details: 'the piano stays, the sofa goes', size: '1-2', lift: 'yes' });
});

test('dog groomer: a dialog the first sentence opens, a statement a sentence, a weight inside its band, "book it" sends once', async () => {
  await sends('/statements-grooming.html', 'book', [
    'Make an appointment. My dog Pixel needs a full groom. She weighs 18 kilos. I\'ll drop her off around 11:30. Comments: she bites when her paws are touched. Owner\'s name Ana Silva. Book it.',
    // further phrasings: the full tier
    ...full(['Make an appointment. The dog is Pixel and the owner is Ana Silva. Pixel weighs about 18 kilos and needs a full groom. We\'ll drop her off at 11:30. Comments: she bites when her paws are touched. Book it.',
      'Make an appointment for Pixel, owner Ana Silva. She is 18 kg. Drop-off at 11:30, a full groom please. Comments: she bites when her paws are touched. Book it.']),
  ], { dog: 'Pixel', owner: 'Ana Silva', dropoff: '1130', weight: 'm', service: 'full', ready: 'sms', comments: 'she bites when her paws are touched' });
});

// full tier: "removals: ..., how to be contacted" covers how to be told, "dog groomer: a dialog the first sentence opens, ..." this form
testFull('dog groomer: how to be told, a box said as a fact, a pet taxi not wanted', async () => {
  await sends('/statements-grooming.html', 'book', [
    // further phrasings: the full tier
    ...full(['Make an appointment. Dog\'s name Bruno, owner\'s name Li Wei. Call me when he is ready. He gets nervous around the dryer. He weighs 30 kg. Book it.',
      'Make an appointment for Bruno, owner Li Wei. He is over 30 kilos and gets nervous with dryers. Phone me when he\'s done. Book it.']),
    'Make an appointment. The dog is Bruno and the owner is Li Wei. Bruno weighs 30 kg, he is nervous around dryers, and I\'d like a call when he is ready. We don\'t need the pet taxi. Book it.',
  ], { dog: 'Bruno', owner: 'Li Wei', weight: 'l', ready: 'call', nervous: true, taxi: false });
});

test('a statement no field of the form takes fails the step naming it, and nothing is sent', async () => {
  for (const [page, p, what, action] of [
    ['/statements-movers.html', 'We have three bedrooms. We also have a cat. Call me rather than e-mailing. Send it.', 'We also have a cat', 'quote'],
    // the same on the other forms: the full tier
    ...full([['/statements-tuning.html', 'Book a tuning visit. The instrument is a grand piano. Parking costs 4 euros an hour. Send it.', 'Parking costs 4 euros an hour', 'visit'],
      ['/statements-grooming.html', 'Make an appointment. She weighs 18 kilos. Her vaccinations are up to date. Book it.', 'Her vaccinations are up to date', 'book']]),
  ]) {
    const run = await g.nothingSent(page, p, action);
    assert.ok(run.task.error.includes(`"${what}"`), `${p}\n${run.why}`);
  }
});
