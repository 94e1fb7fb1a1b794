// Lighthouse audit of the page: the home page, a result (a saved report's private link) and a
// guide, as a phone and as a desktop, in Debian's Chromium. Fails under the floors below.
//
//   node .ci/lighthouse/audit.mjs http://127.0.0.1:PORT RESUME_FILE [OUT_DIR]
//
// The result audited is the private link of RESUME_FILE's report, saved through the API first.
//
// Accessibility and best practices do not vary from run to run; performance does on a shared
// 2-core machine, so a page under its performance floor is measured again (up to three runs) and
// its best run counts, as Lighthouse's own advice on variability suggests.
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

const FLOORS = { performance: 90, accessibility: 95, 'best-practices': 95 };
const RUNS = 3;
const [base, resumeFile, outDir = 'target/lighthouse'] = process.argv.slice(2);
if (!base || !resumeFile) {
  console.error('usage: node audit.mjs BASE_URL RESUME_FILE [OUT_DIR]');
  process.exit(2);
}
const saved = await fetch(base + '/api/v1/checks?save=true', {
  method: 'POST', headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ text: fs.readFileSync(resumeFile, 'utf8') }),
});
if (saved.status !== 201) {
  console.error('lighthouse: could not save a report to audit: ' + saved.status + ' ' + await saved.text());
  process.exit(1);
}
const reportId = (await saved.json()).id;
const pages = [
  ['home', base + '/'],
  ['result', base + '/reports/' + reportId],
  ['guide', base + '/guides/backend-engineer-resume'],
];
fs.mkdirSync(outDir, { recursive: true });

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

async function audit(url, formFactor) {
  const options = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(FLOORS) };
  const result = await lighthouse(url, options, formFactor === 'desktop' ? desktopConfig : undefined);
  return result.lhr;
}

const scores = (lhr) => Object.fromEntries(Object.keys(FLOORS).map((c) => [c, Math.round(lhr.categories[c].score * 100)]));

let failed = false;
const rows = [];
try {
  for (const [name, url] of pages) {
    for (const formFactor of ['mobile', 'desktop']) {
      let best = null;
      for (let run = 1; run <= RUNS; run++) {
        const lhr = await audit(url, formFactor);
        if (lhr.runtimeError) throw new Error(name + ' ' + formFactor + ': ' + lhr.runtimeError.message);
        const s = scores(lhr);
        if (!best || s.performance > best.scores.performance) best = { lhr, scores: s, runs: run };
        if (s.performance >= FLOORS.performance) break;
      }
      const { lhr, scores: s } = best;
      fs.writeFileSync(path.join(outDir, `${name}-${formFactor}.json`), JSON.stringify(lhr));
      const low = Object.entries(FLOORS).filter(([c, floor]) => s[c] < floor).map(([c]) => c);
      rows.push({ page: name, formFactor, ...s, runs: best.runs, result: low.length ? 'FAIL' : 'PASS' });
      for (const c of low) {
        failed = true;
        const audits = lhr.categories[c].auditRefs.map((r) => lhr.audits[r.id])
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
        console.error(`lighthouse: ${name} ${formFactor} ${c} ${s[c]} < ${FLOORS[c]}: `
          + audits.map((a) => `${a.id} (${a.displayValue || a.score})`).join(', '));
      }
    }
  }
} finally {
  await chrome.kill();
}
console.log('page     form     perf  a11y  best  runs');
for (const r of rows) {
  console.log(`${r.page.padEnd(8)} ${r.formFactor.padEnd(8)} ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}`
    + `  ${String(r['best-practices']).padStart(4)}  ${String(r.runs).padStart(4)}  ${r.result}`);
}
console.log(`floors: performance ${FLOORS.performance}, accessibility ${FLOORS.accessibility}, best practices ${FLOORS['best-practices']}`);
process.exit(failed ? 1 : 0);
