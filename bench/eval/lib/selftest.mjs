// --selftest: checks the checks, without browserai.
//  1. Every task's check must FAIL on an empty run (no record, nothing extracted),
//     so that no check passes by default.
//  2. Tasks that carry a reference solution (`solve`) are driven in a Chromium over
//     a raw DevTools pipe (bench/lib/chromium.mjs, no Playwright): the solution's
//     steps produce the effect a correct run would produce, and the check must PASS
//     on what the site recorded and on the solution's answer.
// A solution is a list of steps: { go: '/path' } (load BASE/path), { wait: ms },
// or a string of JavaScript evaluated in the page (awaited; an expression, or
// statements with `return`); the value of the last string step that returns one
// is the "extracted" answer.
import { PipeBrowser } from '../../lib/chromium.mjs';
import { sleep, progress } from '../../lib/procs.mjs';

async function evaluate(b, sessionId, expression) {
  const r = await b.send('Runtime.evaluate', { expression: `(async () => { ${/\breturn\b|;/.test(expression) ? expression : `return (${expression});`} })()`, awaitPromise: true, returnByValue: true }, sessionId);
  if (r.exceptionDetails) throw new Error(`page JS: ${r.exceptionDetails.exception?.description || r.exceptionDetails.text}`);
  return r.result.value;
}

export async function selftest(tasks, { startFixtures }) {
  let failed = 0;
  let passed = 0;
  for (const t of tasks) {
    const c = t.check({ records: [], answer: '', task: { status: 'completed' }, results: { results: [] } });
    if (c.ok) { failed++; console.log(`FAIL ${t.id} vacuous: its check passes on an empty run`); } else passed++;
  }
  console.log(`empty-run checks: ${passed} of ${tasks.length} fail as they should`);
  const solvable = tasks.filter((t) => t.solve);
  if (!solvable.length) {
    console.log(`\n${passed} passed, ${failed} failed`);
    return;
  }
  const fx = await startFixtures([...new Set(solvable.map((t) => t.site))]);
  progress(`driving ${solvable.length} reference solutions in Chromium`);
  const b = await PipeBrowser.launch();
  for (const t of solvable) {
    const base = fx.urls[t.site];
    await fetch(`${base}/__reset`, { method: 'POST' });
    const { sessionId, contextId } = await b.newContextPage();
    let answer = '';
    let err = null;
    try {
      await b.send('Runtime.enable', {}, sessionId);
      for (const step of t.solve) {
        if (step.go !== undefined) {
          const loaded = b.once('Page.loadEventFired', sessionId);
          await b.send('Page.navigate', { url: base + step.go }, sessionId);
          await Promise.race([loaded, sleep(10000)]);
        } else if (step.wait !== undefined) {
          await sleep(step.wait);
        } else {
          const v = await evaluate(b, sessionId, step);
          if (v !== undefined && v !== null) answer = typeof v === 'string' ? v : JSON.stringify(v);
          await sleep(250);
        }
      }
    } catch (e) {
      err = e.message;
    }
    await sleep(200);
    const records = await (await fetch(`${base}/__records`)).json();
    await b.disposeContext(contextId).catch(() => {});
    const c = err ? { ok: false, why: err } : t.check({ records, answer, task: { status: 'completed' }, results: { results: [] } });
    if (c.ok) passed++; else failed++;
    console.log(`${c.ok ? 'PASS' : 'FAIL'} ${t.id} ${t.kind} solved by hand${c.ok ? '' : `: ${c.why} | answer ${JSON.stringify(answer).slice(0, 160)} | records ${JSON.stringify(records).slice(0, 300)}`}`);
  }
  await b.close();
  console.log(`\n${passed} passed, ${failed} failed`);
}
