// The agent's answer (src/browser/agent/22-answer.js): window.__bai.answer
// ({question, target?}) in a real Chromium, on the small apps of
// tests/fixtures/answer/ served on loopback. A question finds the part of
// the page that names its thing and reads the value of the kind it asks
// for; two parts that fit equally are no answer.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, runCli, makeDataDir, removeDir, CHROMIUM } from './lib/server.mjs';
import { full } from './lib/harness.mjs';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
const { chromium } = await import('playwright-core');

const here = path.dirname(fileURLToPath(import.meta.url));
const AGENT = path.join(path.dirname(BIN), 'agent.js');
const FIXTURES = path.resolve(here, '../fixtures/answer');

let browser, page, server, base;

async function open(file) {
  await page.goto(`${base}/${file}`, { waitUntil: 'load' });
}

function answer(question, target) {
  return page.evaluate((q) => window.__bai.answer(q), target ? { question, target } : { question });
}

/** Asks and expects exactly text. */
async function says(question, text) {
  const r = await answer(question);
  assert.equal(r.ok, true, `${question}: ${JSON.stringify(r)}`);
  assert.equal(r.text, text, `${question}: ${JSON.stringify(r)}`);
  assert.ok(r.how && r.why, 'says how and why');
  return r;
}

/** Clicks the element of a ref as a person would (a real mouse event). */
async function clickRef(ref) {
  const el = await page.evaluate((r) => window.__bai.element(r), ref);
  assert.equal(el.ok, true, JSON.stringify(el));
  await page.mouse.click(el.center.x, el.center.y);
}

before(async () => {
  server = http.createServer((req, res) => {
    const f = path.join(FIXTURES, path.normalize(new URL(req.url, 'http://x').pathname).replace(/^(\.\.[/\\])+/, ''));
    if (!f.startsWith(FIXTURES) || !fs.existsSync(f) || !fs.statSync(f).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(fs.readFileSync(f));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript({ path: AGENT });
  page = await context.newPage();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await new Promise((r) => server.close(r));
});

describe('answer: money, rates, dates in a bank', () => {
  before(() => open('bank.html'));

  it('reads the value of the card the question names, not every card', async () => {
    await says('what rate does the Gold Saver account pay?', '4.35%');
    await says('What is the balance of the Rainy Day Pot?', '£310.00');
  });

  it('reads the column the question names in the row it names', async () => {
    await says('what category is the Costa transaction in?', 'Eating out');
    await says('When did the Acme refund arrive?', '25 Feb 2026');
  });

  it('reads the amount of a row, sign and all, however the question is put', async () => {
    await says('how much was the Thames Water payment?', '-£38.75');
    await says('how much did Sam send me?', '+£120.00');
    await says('tell me how much Sam sent me', '+£120.00');
  });

  it('answers both halves of a two-part question from prose, joined', async () => {
    await says('when is the card payment due, and what is the minimum?', '28 March 2026; £25.00');
  });

  it('reads "it" as the target the step before named: its row or card', async () => {
    for (const [q, target, want] of [['How much was it?', 'refund to Acme', '+£59.99'], ['what is the date?', 'Costa', '02 Mar 2026'],
      ['what rate does it pay?', 'Gold Saver', '4.35%']]) {
      const r = await answer(q, { text: target });
      assert.equal(r.ok, true, JSON.stringify(r));
      assert.equal(r.text, want, `${q} (${target}): ${JSON.stringify(r)}`);
    }
  });

  it('never throws on a question that asks nothing', async () => {
    for (const q of ['?', 'what', 'how many?', 'is it?', 'tell me', '', 'is the ?']) {
      const r = await answer(q);
      assert.equal(r.ok, false, `${q}: ${JSON.stringify(r)}`);
      assert.doesNotMatch(r.error, /internal error/, `${q}: ${r.error}`);
    }
  });

  it('fails with the candidates when several parts fit equally', async () => {
    const r = await answer("what's the balance?");
    assert.equal(r.ok, false);
    assert.match(r.error, /fit equally/);
    assert.ok(r.candidates.length >= 2, JSON.stringify(r));
  });

  it('says what reveals a thing in a closed tab; asked again after the click, reads it', async () => {
    const r = await answer('how many days is the SPRING26 code valid?');
    assert.equal(r.ok, false);
    assert.ok(r.reveal, JSON.stringify(r));
    assert.equal(r.revealHow, 'click');
    assert.match(r.revealText, /Promo codes/);
    await clickRef(r.reveal);
    await says('how many days is the SPRING26 code valid?', '45 days');
  });
});

describe('answer: files, sizes, a collapsed folder', () => {
  before(() => open('files.html'));

  it('reads the size of the file in the folder named', async () => {
    await says('how big is report.pdf in the Archive folder?', '2.4 MB');
    await says('how big is report.pdf in Projects?', '880 KB');
    await says('What size is brand-guidelines.pdf?', '5.1 MB');
  });

  it('does not guess between two files of one name', async () => {
    const r = await answer('how big is report.pdf?');
    assert.equal(r.ok, false);
    assert.equal(r.candidates.length, 2, JSON.stringify(r));
    assert.deepEqual(r.candidates.map((x) => x.value).sort(), ['2.4 MB', '880 KB']);
  });

  it('opens the collapsed folder that holds the file', async () => {
    const r = await answer('how large is minutes-2019.txt?');
    assert.equal(r.ok, false);
    assert.match(r.revealText, /Old stuff/);
    await clickRef(r.reveal);
    await says('how large is minutes-2019.txt?', '12 KB');
  });
});

describe('answer: states, choices, counts, messages', () => {
  before(() => open('status.html'));

  it('picks the one item that says the condition', async () => {
    await says('which component is down?', 'Search');
    await says('what status is Payments in?', 'Degraded');
  });

  it('answers yes or no from the state the page says', async () => {
    await says('is the support desk open?', 'No (closed)');
  });

  it('counts: a number the page says of the noun, else the items that say the condition', async () => {
    await says('how many seats are left for the webinar?', '12');
    await says('how many tickets are open?', '3');
  });

  it('reads the message an action showed', async () => {
    await page.click('#save');
    const r = await says('what does the error say?', 'Could not save: the title is required.');
    assert.equal(r.how, 'message');
  });

  it('reads the tooltip a hover showed', async () => {
    await page.hover('#help');
    const r = await says('what does the tooltip say?', 'Uptime is measured over the last 90 days.');
    assert.equal(r.how, 'tooltip');
  });
});

describe('answer: prose under headings', () => {
  before(() => open('docs.html'));

  it('reads a field said in a sentence', async () => {
    await says('which Node version is required?', '20');
    await says('what port does the container use?', '8080');
    await says('what are the office hours?', '9:00–17:00');
  });

  it('reads a person in a sentence and a dt/dd pair', async () => {
    await says('who handles licensing questions?', 'Priya Raman');
    await says('what is the current release?', '4.2.1');
  });
});

describe('answer: a grid of deals and a feed of posts', () => {
  before(() => open('crm.html'));

  it('reads an ARIA grid cell under the header the question names', async () => {
    await says('what stage is the Acme renewal in?', 'Negotiation');
    await says('who owns the Globex pilot?', 'Ravi Shah');
    await says("What's the value of the Initech deal?", '$7,250');
    await says('when does the Acme renewal close?', '2026-04-30');
  });

  it("reads a post's time, author and words", async () => {
    await says('at what time did Mo post about the lift?', '09:15');
    await says('who posted about the cake?', 'Lotte Berg');
    await says('what did Lotte say about the parking garage?', 'The parking garage is closed until noon today.');
  });
});

describe('answer: a line-up', () => {
  before(() => open('festival.html'));

  it('reads the act of a time slot on the day named, never the time as an address', async () => {
    await says('who plays at 20:00 on Friday?', 'Velvet Orbit');
    await says('what time does Neon Tide play?', '21:15');
    await says('on which stage do Quiet Harbour play?', 'Tent');
  });

  it('reads a price and a time from prose', async () => {
    await says('how much is a ticket?', '€45');
    await says('when do the gates open?', '16:30');
  });
});

describe('answer: a clinic (cards, an hours table, a dl, an FAQ, a shadow root, a frame)', () => {
  before(() => open('clinic.html'));

  it('reads a card by its heading, whatever the case of the question', async () => {
    await says('WHO is the doctor for the dental check-up?', 'Dr. Ines Moreau');
    await says('what room is the dental check-up in?', 'Room 4B');
    await says('when is my physio session?', 'Thu 16 April 2026, 15:00');
  });

  it('reads the hours table by the row of the day and the column the verb names', async () => {
    await says('what time does the clinic close on Saturday?', '13:00');
    await says('when does the clinic open on weekdays?', '08:00');
    await says('is the clinic open on Sunday?', 'No (Closed)');
  });

  it('reads the dd of the dt the question names', async () => {
    await says('how much does an X-ray cost?', '€40');
    await says("what's the price of a cleaning", '€85');
  });

  it('reads inside an open shadow root and a same-origin frame', async () => {
    await says('what is the support email?', 'help@elmclinic.test');
    await says("what's the wifi password?", 'maple-tree-42');
  });

  it('opens the FAQ answer that holds the thing, then reads it', async () => {
    for (const [q, want] of [['how much is a late cancellation?', '€20'], ['how many free parking spaces are there?', '6']]) {
      const r = await answer(q);
      assert.equal(r.ok, false, JSON.stringify(r));
      assert.ok(r.reveal, JSON.stringify(r));
      await clickRef(r.reveal);
      await says(q, want);
    }
  });
});

describe('answer: an order page and a forum table', () => {
  before(() => open('order.html'));

  it('reads "Label value" lines of a summary', async () => {
    await says('how much is shipping?', '$7.50');
    await says("What's the order total?", '$84.90');
    await says('what was the discount?', '-$8.60');
    await says('what is the order reference?', 'QX-99812');
    await says('when will my parcel arrive?', 'Tuesday, 14 April');
  });

  it('reads a list item and counts the items the markup names', async () => {
    await says('how much were the trail socks?', '$24.00');
    await says('how many items did I order?', '2');
  });

  it('takes the words a column header says as the field, the rest as the row', async () => {
    await says('how many replies does the Bike lanes thread have?', '42');
    await says('who started the thread about the lost cat?', 'Joss');
    await says('when was the last post in the farmers market thread?', '3 days ago');
  });
});

describe('extract: lists and links a page plainly has', () => {
  before(() => open('news.html'));

  function extract(q) {
    return page.evaluate((x) => window.__bai.extract(x), q);
  }

  it('reads the links under a heading, not the heading itself', async () => {
    const r = await extract({ kind: 'links', target: { text: 'top stories' } });
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.deepEqual(r.value.map((x) => x.text), ['Harbour bridge reopens after repairs', 'Council approves new bike lanes',
      'Local bakery wins national prize', 'Storm warning for the weekend']);
  });

  it('reads the names on the tab the words name, and says when that tab is closed', async () => {
    const eds = await extract({ kind: 'list', target: { text: 'editors' } });
    assert.equal(eds.ok, true, JSON.stringify(eds));
    assert.deepEqual(eds.value.map((x) => x.name), ['Mara Quinn', 'Otto Reyes']);
    const closed = await extract({ kind: 'list', target: { text: 'names', anchor: 'Reporters tab' } });
    assert.equal(closed.ok, false);
    assert.match(closed.error, /closed tab "Reporters"/);
    await clickRef(closed.reveal);
    const reps = await extract({ kind: 'list', target: { text: 'names', anchor: 'Reporters tab' } });
    assert.deepEqual(reps.value.map((x) => x.name), ['Lena Fox', 'Sam Idowu', 'Yara Costa']);
  });
});

describe('answer: a shop (cards, orders, contacts, an inbox)', () => {
  before(() => open('shop.html'));

  it('compares the items for a superlative and reads the winner or its field', async () => {
    await says('which lamp is the cheapest?', 'Mini desk lamp');
    await says('what is the price of the cheapest lamp?', '$29.00');
    await says('which product has the highest rating?', 'Mini desk lamp');
  });

  it('answers stock questions from what the card says', async () => {
    await says('is the mini desk lamp in stock?', 'No (Out of stock)');
    await says('is the Arc floor lamp available?', 'Yes (In stock)');
    await says('how many lamps are in stock?', '2');
  });

  it('reads the order row by its number however it is written', async () => {
    await says("what's the status of order #1042?", 'Shipped');
    await says('What is the total of order 1043?', '$29.00');
    await says('when was order #1043 placed?', '4 Mar 2026');
    await says('how many orders are there?', '2');
  });

  it("reads a person's phone and e-mail from the line that names them", async () => {
    await says("what is Lee's phone number?", '+44 20 7946 0001');
    await says("what is Ada Park's email?", 'ada@lamploft.test');
  });

  it('counts the items the words before the noun pick', async () => {
    await says('how many unread messages are there?', '2');
  });
});

describe('answer: flights, a departures board, prose', () => {
  before(() => open('travel.html'));

  it('reads a card field, a compound duration, a cell by a code', async () => {
    await says('which flight is the cheapest?', 'Alba Wings AW 7');
    await says('how long is the Skylark flight?', '2h 55m');
    await says('How much is the direct flight?', '€264');
    await says('what gate does BA 123 leave from?', 'B12');
    await says("what's the status of the Paris flight?", 'Delayed');
    await says('how many stops does the Nordic Air flight make?', '1');
  });

  it('takes the first of equal rows when the question says "next"', async () => {
    await says('when does the next flight to Leeds leave?', '10:15');
  });

  it('reads a field said in prose: a temperature, a weight, a fee', async () => {
    await says('what will the high be in Rome tomorrow?', '24°C');
    await says('how heavy can my cabin bag be?', '8 kg');
    await says('how much does a checked bag cost?', '€35');
  });
});

describe('answer: a chat channel', () => {
  before(() => open('chat.html'));

  it('reads what the words say before the byline, unless the question asks who posted', async () => {
    await says('who is on call this week?', 'Tomasz');
    await says('when does the rollback window close?', '10:00');
    await says('who posted about the disk?', 'Tomasz');
    await says('what did Mo say about the lift?', 'Lift in block C is out of service until Friday.');
  });

  it('reads a value said of the subject in its sentence', async () => {
    await says('what is the disk usage on db-2?', '91%');
    await says('what version was deployed?', '4.2.1');
    await says("how many people reacted to Mo's message about the lift?", '5');
  });
});

describe('answer: account settings (fields, toggles, a counter badge)', () => {
  before(() => open('settings.html'));

  it('reads the value a field holds and the option a dropdown shows', async () => {
    await says('what email is on my account?', 'ada.park@quill.test');
    await says('which time zone is selected?', 'Europe/Oslo');
  });

  it('answers yes or no from a checkbox or a switch the words name', async () => {
    await says('is two-factor authentication enabled?', 'Yes (checked)');
    await says('is the weekly newsletter on?', 'No (unchecked)');
    await says('is dark mode enabled?', 'No (unchecked)');
  });

  it('reads a value without its remark, a date without what follows, a counter by its label', async () => {
    await says('what plan am I on?', 'Pro');
    await says('when does my subscription renew?', '1 June 2026');
    await says('how much will the renewal cost?', '$96.00');
    await says('what card is used for payment?', 'Visa ending in 4242');
    await says('how many notifications do I have?', '4');
  });
});

describe('answer: a big ledger (3,000 rows, 1,500 notes)', () => {
  before(() => open('ledger.html'));

  it('reads the row whose code is said whole, not one that has its parts apart', async () => {
    await says('how much is invoice INV-17?', '639.00 USD');
    await says('what is the status of INV-2500?', 'Open');
  });

  it('counts the rows in a state and reads a note', async () => {
    await says('how many invoices are overdue?', '1000');
    await says('how many days does item number 1204 take to ship?', '8 days');
  });
});

describe('answer: other phrasings on the same apps', () => {
  it('reads a grid whose cells run together in its text, and counts its rows by a name', async () => {
    await open('crm.html');
    await says('Which deal is won?', 'Initech upsell');
    await says('Who is the contact for the Acme renewal?', 'Lee Park');
    await says('How many deals does Dana Fox own?', '2');
  });

  it('reads the end of a time range for "land", a decimal count, a quantity after ×', async () => {
    await open('travel.html');
    await says('what time does the Alba Wings flight land?', '23:50');
    await open('shop.html');
    await says('how many stars does the paper pendant have', '3.9');
    await open('order.html');
    await says('how many trail socks did I buy?', '2');
  });

  it('reads a label that names a kind of row ("Bills"), a rate by its label', async () => {
    await open('bank.html');
    await says("What's the Thames Water bill?", '-£38.75');
    await says('Tell me the interest rate on the Everyday Current account', '0.10%');
  });
});

// Whole tasks through `browserai run`: the planner makes the question a
// step, the executor asks the agent, the task's result is the answer.
describe('answer: real tasks', () => {
  let dataDir, n = 0;
  before(async () => { dataDir = await makeDataDir('answer'); });
  after(() => removeDir(dataDir));

  async function task(instruction) {
    const r = await runCli(['run', '--out', path.join(dataDir, `out-${++n}`), instruction], { dataDir, allowPrivate: true, timeout: 90000 });
    let json;
    try { json = JSON.parse(r.stdout); } catch { json = undefined; }
    assert.ok(json, `${instruction}: ${r.stderr.slice(-800)}`);
    return json;
  }

  for (const [instruction, want] of [
    ['On {base}/bank.html what rate does the Gold Saver account pay?', '4.35%'],
    // the same way through other apps (the in-page tests above read them): the full tier
    ...full([
      ['{base}/crm.html who owns the Globex pilot?', 'Ravi Shah'],
      ['{base}/shop.html what is Lee\'s phone number?', '+44 20 7946 0001'],
      ['On {base}/shop.html how many lamps are in stock?', '2'],
      ['{base}/order.html who started the thread about the lost cat?', 'Joss'],
      ["{base}/clinic.html what's the guest wifi password?", 'maple-tree-42'],
    ]),
    // in a collapsed folder: the step opens it, as a person would, and asks again
    ['Go to {base}/files.html and tell me how large minutes-2019.txt is', '12 KB'],
  ]) {
    it(instruction.replace('{base}', 'URL'), async () => {
      const r = await task(instruction.replace('{base}', base));
      assert.equal(r.status, 'finalized', JSON.stringify(r).slice(0, 1500));
      assert.equal(r.result, want, JSON.stringify(r).slice(0, 1500));
    });
  }
});
