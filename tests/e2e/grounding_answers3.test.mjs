// Grounding, questions (issue 10), third part: an attribute of a thing the
// words name, read in that thing's own part of the page (a card, a row, a
// heading's block, a caption) by its label, by a label said inside a line
// ("Camera: Leica M3"), by the kind of value the attribute implies (speed
// -> Mbit/s, temperature -> °C, a contract's length -> months, "where" ->
// a room), or as the sentence that says it; yes/no questions answered with
// the sentence that allows or denies, or from a list of states; tables
// read by row and column under the tab the question names, the ends of a
// range ("the top of the band"); the names of a list's items; a tie
// broken by the question's other words.
// Pages: tests/fixtures/grounding/answer3-*.html (a vet practice, a
// mobile-plan comparison, a harbour museum, a beekeepers' association, a
// community observatory, a bike workshop, a ferry timetable).
import assert from 'node:assert/strict';
import { test, testFull, full, FULL } from './lib/harness.mjs';
import { crawl, lastExtract } from './lib/site.mjs';
import { useGrounding, stopsCleanly } from './lib/grounding.mjs';

const g = useGrounding('grounding-answers3');
const G = g.G;

const { answers } = g;

test('an attribute of a named thing: its label, a label inside a line, a field after a subject', async () => {
  await answers('/answer3-vet.html', [
    ["What is Dr Osei's specialty?", 'Dermatology'],
    // further phrasings of the same readings: the full tier
    ...full([
      ['which languages does Dr Solberg speak?', 'English, Norwegian'],
      ['when did Priya join the practice?', 'March 2019'],
      ['which days does Dr Ingrid Solberg consult', 'Tue, Thu'],
      ['what does Dr Solberg specialise in?', 'Exotic pets & reptiles'],
    ]),
  ]);
  // full tier: Dr Osei's specialty above covers an attribute of a named thing by its label
  await answers('/answer3-museum.html', full([
    ['what camera was "Net menders" shot on?', 'Leica M3'],
    ...full([
      // full tier: the follow-ups' "who leads the curator's tour? And how long is it?" asks it again
      ["who leads the curator's tour?", 'Dr Amara Lindgren'],
      ['which camera took Lanterns?', 'Rolleiflex 2.8F'],
      ['who photographed Net menders?', 'Tom Hollis'],
      ["Where was 'Lanterns' taken?", 'Whitby harbour'],
      ["where is the members' preview held?", 'Map Room'],
    ]),
  ]));
});

test('the kind of value an attribute implies: speed, temperature, a contract length, data, a room, a deadline', async () => {
  await answers('/answer3-plans.html', [
    ["What's the download speed on Plus 40?", '300 Mbit/s'],
    // full tier: the speed above covers a value of Plus 40's card by the unit its kind implies
    ...full([['how much data do I get with Plus 40?', '40 GB']]),
    // full tier: the speed above covers a value by the kind its attribute implies (here and below)
    ...full([['how long is the Plus 40 contract?', '24-month']]),
    // further phrasings and values of the same kinds: the full tier
    ...full([
      ['how fast is the Lite 5 download', '50 Mbit/s'],
      ['tell me the max download speed of Max Unlimited', '1 Gbit/s'],
      ['what does Plus 40 cost per month?', '€19.99'],
    ]),
  ]);
  await answers('/answer3-hives.html', full([
    ['what temperature can honey be warmed to before bottling?', '40°C'],
    ...full([
      ['how hot can the honey get?', '40°C'],
      ['how long does the queen rearing course run?', '6 weeks'],
    ]),
  ]));
  await answers('/answer3-vet.html', full([
    ['which room is the senior pet check-up in?', 'Room 1'],
    ...full([
      ['how much extra is an out-of-hours consultation?', '£95'],
    ]),
  ]));
  await answers('/answer3-museum.html', full([
    ['Until when can I apply for the Collections Care Technician job?', '12 July'],
    ...full([
      ["what's the closing date for the Learning Officer role?", '3 July'],
    ]),
  ]));
});

test('a heading and its paragraph answer what the heading names', async () => {
  await answers('/answer3-museum.html', [
    ["what's the photography policy?", 'You may take photos for personal use. Flash and tripods are not allowed in the galleries.'],
    // further phrasings of the same reading: the full tier
    ...full([
      ['what are the rules on photography', 'You may take photos for personal use. Flash and tripods are not allowed in the galleries.'],
    ]),
  ]);
  await answers('/answer3-vet.html', full([
    ['what is the payment policy?', 'Payment is due at the time of treatment. We accept cards and bank transfer; we no longer accept cheques.'],
  ]));
});

test('yes/no: the sentence that allows or denies; a list of states', async () => {
  /* full tier: grounding_explore "can I cancel an Anytime ticket for free?" covers the
   * sentence that allows, and the vet's "are there any problems with insurance
   * claims?" below a list of states */
  await answers('/answer3-plans.html', full([
    ['Can I cancel Lite 5 for free?', 'Yes: Free cancellation within 14 days of activation.'],
    ['Is anything wrong with the network right now?', 'No: All systems operational'],
    // further phrasings of the same answers: the full tier
    ...full([
      ['does Plus 40 include EU roaming?', 'Yes: EU roaming included'],
      ['does the Max Unlimited plan come with a free eSIM?', 'Yes: Includes a free eSIM.'],
      ['are there any outages?', 'No: All systems operational'],
    ]),
  ]));
  await answers('/answer3-museum.html', [
    ['can I use a tripod?', 'No: Flash and tripods are not allowed in the galleries.'],
    ...full([
      ['is the lantern-making workshop sold out?', 'Yes (Sold out)'],
    ]),
  ]);
  await answers('/answer3-plans.html', full([
    ['is there a contract on Max Unlimited?', 'No: No contract, cancel any month'],
  ]));
  await answers('/answer3-vet.html', [
    ['are there any problems with insurance claims?', 'Yes: Pet insurance claims \u2014 Delayed \u2014 claims are taking up to 10 days'],
    ...full([
      ['is everything working with online booking?', 'Yes: Online booking \u2014 Operational'],
      ['Is the rabbit nail clinic full?', 'No: Rabbit nail clinic \u2014 Thursday 26 June, 16:00, Room 2. 6 places left'],
      ['is the puppy socialisation clinic full?', 'Yes (Full)'],
      ['is anything broken at the moment?', 'Yes: Pet insurance claims \u2014 Delayed \u2014 claims are taking up to 10 days'],
    ]),
  ]);
});

test('tables by row and column: the tab the words name, a range end, a tie broken by the other words', async () => {
  await answers('/answer3-hives.html', [
    ['how much honey did Clover give in autumn?', '4 kg'],
    ["what's the top of the price band for a Carniolan nucleus?", '£260'],
    // further phrasings of the same readings: the full tier
    ...full([
      ['How much honey did Clover produce in spring?', '9 kg'],
      ['who inspected Bramble in the autumn?', 'Marek Nowak'],
      ["what was Heather's varroa count this autumn", '6'],
      ["what's the most I'd pay for a full colony?", '£410'],
      ['what is the minimum price of a Buckfast nucleus?', '£180'],
    ]),
  ]);
  // full tier: Clover's autumn honey above covers a cell by its row and column
  await answers('/answer3-vet.html', full([
    ["what's the medication supplement for a large dog?", '£6'],
    ['how much is a night for a small dog?', '£26'],
  ]));
  await answers('/answer3-plans.html', full([
    ['how much does a second SIM cost on Plus 40?', '€5/month'],
    ["what's the setup fee for Max Unlimited", '€25'],
  ]));
});

test('lists of things: the names of the items the noun names', async () => {
  await answers('/answer3-museum.html', [
    ['Which jobs are there?', 'Visitor Experience Assistant; Collections Care Technician; Learning Officer (maternity cover)'],
    // further phrasings of the same list: the full tier
    ...full([
      ['what jobs are open', 'Visitor Experience Assistant; Collections Care Technician; Learning Officer (maternity cover)'],
      ['What jobs can I apply for?', 'Visitor Experience Assistant; Collections Care Technician; Learning Officer (maternity cover)'],
      ['tell me which jobs are advertised', 'Visitor Experience Assistant; Collections Care Technician; Learning Officer (maternity cover)'],
    ]),
  ]);
  // full tier: "Which jobs are there?" above covers the names of the items a noun names
  await answers('/answer3-vet.html', full([
    ['which clinics are on this month?', 'Puppy socialisation; Senior pet check-ups; Rabbit nail clinic'],
    ['which vets are there?', 'Dr Kwame Osei; Dr Ingrid Solberg; Priya Natarajan'],
  ]));
});

// full tier: Clover's autumn honey covers a cell by row and column, the Carniolan nucleus's price band a range
testFull('an observatory: specs by row and column, a state of one part, a range, what stands under a heading', async () => {
  await answers('/answer3-observatory.html', [
    /* full tier: Clover's autumn honey covers a cell by row and column, the
     * vet's insurance claims a state in a list of states, the photography
     * policy a heading's paragraph */
    ...full([["what's the aperture of Big Dob?", '406 mm'],
      ['is the dome working?', 'Yes: Dome shutter \u2014 Operational']]),
    ['how much is Stargazer membership?', '£40–£60'],
    ...full([['what happens on cloudy nights?', 'If the sky is overcast we run a planetarium talk instead. Tickets are not refunded for weather, but you may swap to another night free of charge.']]),
    // further questions of the same kinds: the full tier
    ...full([
      ['which mount does the Hawthorn refractor use?', 'Equatorial'],
      ['is anything out of action?', 'Yes: Big Dob \u2014 Under maintenance (mirror recoating, back in March)'],
      ['when will Big Dob be back?', 'March'],
      ['how much is the Stargazer membership at most?', '£60'],
      ['what should I bring to the meteor watch?', 'Bring a reclining chair and warm layers.'],
      ['who runs the Perseid meteor watch?', 'Tomasz Wierzbicki'],
      ['where is Saturn at opposition held?', 'Dome'],
      ["do I get a refund if it's cloudy?", 'No: Tickets are not refunded for weather, but you may swap to another night free of charge.'],
      ['which telescopes are there?', 'The Hawthorn refractor; Big Dob; Solar scope'],
    ]),
  ]);
});

// full tier: "is the 13:05 sailing cancelled?" covers a yes or no from a row's state, the Plus 40 speed a value by its kind
testFull('a bike workshop: durations in working days, a stock column as yes/no, the value beside a name, the one said beside a day', async () => {
  await answers('/answer3-bikes.html', [
    ['how long does the Silver service take?', '3 working days'],
    ['are disc brake pads in stock?', 'No (Stock: 0)'],
    /* full tier: grounding_answers4 "what time does Canal Wharf close on
     * Saturdays?" covers the value said beside a day, "What is Dr Osei's
     * specialty?" a person's field */
    ...full([['what time do you open on Saturday?', '09:30'],
      ['what does Rob Kettle specialise in?', 'suspension, hydraulic brakes']]),
    // further questions of the same kinds: the full tier
    ...full([
      ['who works on suspension?', 'Rob Kettle'],
      ['which days does Ana Ferreira work?', 'Tue–Sat'],
      ['is the 11-speed chain in stock?', 'Yes (Stock: 14)'],
      ['what brand is the 11-speed chain?', 'Shimano'],
      ['which service packages are there?', 'Bronze tune-up; Silver service; Gold overhaul'],
    ]),
  ]);
});

test('a ferry timetable: a row by its time or its port, a state, a fare beside a label with brackets, what a sentence allows', async () => {
  await answers('/answer3-ferry.html', [
    ['is the 13:05 sailing cancelled?', 'Yes (Cancelled)'],
    // full tier: "is the 13:05 sailing cancelled?" covers the state of a row found by its key
    ...full([["what's the status of the Port Ellen sailing?", 'Cancelled']]),
    // full tier: grounding_answers "a value beside its label" covers a value beside its label
    ...full([['how much is a car?', '£42.00']]),
    // full tier: "can I use a tripod?" covers the sentence that denies
    ...full([['can I take my dog into the café?', 'No: Dogs are allowed on the car deck and in the pet lounge, but not in the café.']]),
    // further questions of the same kinds: the full tier
    ...full([
      ['when does the ferry to Feolin leave?', '07:15'],
      ['which vessel runs the 09:40?', 'MV Finlaggan'],
      ["what's the fare for a car?", '£42.00'],
      ['how heavy can my bags be?', '23 kg'],
      ['how much does an extra bag cost?', '£3'],
    ]),
  ]);
});

test('follow-ups: "it" is the thing the question before named', async () => {
  // full tier: the run below asks the same follow-up ("And how long is it?")
  await answers('/answer3-museum.html', full([
    ["who leads the curator's tour? how long is it?", '90 minutes'],
    // further phrasings of the same follow-ups: the full tier
    ...full([
      ['which camera took Lanterns? and where was it taken?', 'Rolleiflex 2.8F; Whitby harbour'],
    ]),
  ]));
  if (FULL) {
    const run = await crawl(g.api, `Open ${G('/answer3-museum.html')} and tell me when the members' preview is. Where is it held?`);
    assert.equal(lastExtract(run).text, 'Map Room', run.why);
  }
  const run2 = await crawl(g.api, `Open ${G('/answer3-museum.html')} and who leads the curator's tour? And how long is it?`);
  assert.equal(lastExtract(run2).text, 'Dr Amara Lindgren; 90 minutes', run2.why);
});

stopsCleanly(g);
