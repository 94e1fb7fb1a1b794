// The checker page. Every piece of text from the server or the user is placed with textContent,
// never as HTML, so a resume or a review cannot inject markup.
'use strict';

const API = '/api/v1';
const DIMENSIONS = {
  'service-design': 'Service design', storage: 'Storage', performance: 'Performance',
  reliability: 'Reliability', impact: 'Impact', 'level-fit': 'Level fit', presentation: 'Presentation'
};
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c == null) continue;
    e.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

async function call(path, options) {
  const res = await fetch(API + path, options);
  const type = res.headers.get('content-type') || '';
  const body = type.includes('json') ? await res.json() : null;
  if (!res.ok) {
    const detail = body && body.detail ? body.detail : 'the server answered ' + res.status;
    throw new Error(detail);
  }
  return body;
}

function jsonPost(path, data) {
  return call(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) });
}

// ---- checker ----

$('check-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const err = $('check-error');
  err.textContent = '';
  const file = $('resume-file').files[0];
  const text = $('resume-text').value;
  const role = $('role').value;
  const level = $('level').value;
  const save = $('save').checked;
  const jd = $('jd-text').value.trim();
  let req;
  if (file) {
    const fd = new FormData();
    fd.append('file', file);
    fd.append('role', role);
    if (level) fd.append('level', level);
    if (jd) fd.append('jd', jd);
    req = call('/checks' + (save ? '?save=true' : ''), { method: 'POST', body: fd });
  } else if (text.trim()) {
    const body = { text, role };
    if (level) body.level = level;
    if (jd) body.jd = jd;
    if (save) body.save = true;
    req = jsonPost('/checks', body);
  } else {
    err.textContent = 'Choose a file or paste your resume first.';
    return;
  }
  const button = $('check-button');
  button.disabled = true;
  button.textContent = 'Checking…';
  try {
    showReport(await req);
  } catch (e) {
    err.textContent = e.message;
  } finally {
    button.disabled = false;
    button.textContent = 'Check my resume';
  }
});

function band(score) {
  return score >= 80 ? 'strong' : score >= 60 ? 'fair' : 'weak';
}

function showReport(r) {
  lastReport = r;
  $('result').hidden = false;
  $('score').textContent = r.score;
  $('band').textContent = r.band;
  $('score-box').className = 'score ' + band(r.score);

  const dims = $('dimensions');
  dims.replaceChildren();
  for (const d of r.dimensions) {
    const bar = el('span', { class: 'bar ' + band(d.score) });
    bar.style.width = Math.max(2, d.score) + '%';
    dims.append(el('li', {}, el('span', { class: 'dim-name' }, DIMENSIONS[d.id] || d.id),
      el('span', { class: 'track', role: 'img', 'aria-label': d.score + ' out of 100' }, bar),
      el('span', { class: 'dim-score' }, d.score)));
  }

  const nr = $('not-resume');
  nr.hidden = !r.notAResume;
  nr.textContent = r.notAResume ? 'This does not look like a resume: no experience or contact details were found.' : '';

  const saved = $('saved');
  saved.hidden = !r.id;
  saved.replaceChildren();
  if (r.id) {
    const link = location.origin + '/#report=' + r.id;
    const del = el('button', { type: 'button', class: 'secondary' }, 'Delete this saved report');
    del.addEventListener('click', () => deleteSaved(r.id, r.deleteToken, saved));
    saved.append('Saved. Private link: ', el('a', { href: link }, link),
      '. Deletion token (keep it; it is shown only now): ', el('code', {}, r.deleteToken), ' ', del);
  }

  const lv = r.level;
  $('level-line').textContent = 'Reads as ' + lv.estimated
    + (lv.years != null ? ' (about ' + lv.years + ' years)' : '')
    + (lv.target ? '; target: ' + lv.target + '.' : '.');
  fillList($('level-evidence'), lv.evidence);
  $('gaps-h').hidden = lv.gaps.length === 0;
  fillList($('gaps'), lv.gaps);

  showResumeText(r);
  showMatch(r.match);

  const fl = $('findings');
  fl.replaceChildren();
  for (const f of r.findings) {
    const li = el('li', { class: 'finding ' + f.severity },
      el('span', { class: 'sev' }, f.severity), ' ', el('strong', {}, f.message),
      el('span', { class: 'rule' }, ' ' + f.rule + ' · ' + (DIMENSIONS[f.dimension] || f.dimension)));
    if (f.suggestions.length) {
      li.append(fillList(el('ul', { class: 'small' }), f.suggestions));
    }
    fl.append(li);
  }
  if (!r.findings.length) fl.append(el('li', {}, 'No findings.'));

  $('warnings-box').hidden = r.parse.warnings.length === 0;
  fillList($('warnings'), r.parse.warnings.map((w) => w.message));
  $('result').focus();
}

function showMatch(m) {
  $('match-box').hidden = !m;
  $('letter').hidden = true;
  if (!m) return;
  const shown = m.required.filter((t) => t.found).length;
  $('match-line').textContent = 'Match ' + m.matchRate + '/100: ' + shown + ' of ' + m.required.length
    + ' required terms found' + (m.job.title ? ' for ' + m.job.title : '') + '.';
  const term = (t) => el('li', { class: t.found ? 'found' : 'absent' }, (t.found ? '✓ ' : '✗ ') + t.term
    + (t.found && t.where ? ' (' + t.where + ')' : ''));
  $('match-required').replaceChildren(...m.required.map(term));
  $('match-preferred').replaceChildren(...m.preferred.map(term));
  $('missing-h').hidden = m.missing.length === 0;
  $('match-missing').replaceChildren(...m.missing.map((t) =>
    el('li', {}, el('strong', {}, t.term), ' — “' + t.sentence + '”')));
  $('match-hidden').textContent = m.notEvidenced.length ? m.notEvidenced.map((t) => t.term).join(', ') : 'none';
}

// The cover letter uses the resume text the report was made from, so an uploaded file is not sent twice.
$('letter-button').addEventListener('click', async () => {
  const out = $('letter');
  out.hidden = false;
  out.textContent = 'Drafting…';
  try {
    const r = await jsonPost('/cover-letters', { text: lastReport.text, role: lastReport.role,
      jd: $('jd-text').value, tone: $('tone').value });
    out.textContent = r.text;
  } catch (e) {
    out.textContent = 'Could not draft a letter: ' + e.message;
  }
});

let lastReport = null;

function fillList(ul, items) {
  ul.replaceChildren(...items.map((t) => el('li', {}, t)));
  return ul;
}

// The resume text with each bullet wrapped in a focusable <mark>, built from the report's offsets.
function showResumeText(r) {
  const view = $('resume-view');
  view.replaceChildren();
  const bullets = [...r.bullets].sort((a, b) => a.offset - b.offset);
  let at = 0;
  for (const b of bullets) {
    if (b.offset < at) continue;
    view.append(r.text.slice(at, b.offset));
    const m = el('mark', { class: b.label, tabindex: '0', role: 'button', 'data-bullet': b.id,
      'aria-label': b.label + ' bullet, strength ' + b.strength + ': ' + b.text }, r.text.slice(b.offset, b.offset + b.length));
    m.addEventListener('click', () => showBullet(b, m));
    m.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); showBullet(b, m); } });
    view.append(m);
    at = b.offset + b.length;
  }
  view.append(r.text.slice(at));
  const first = bullets.find((b) => b.label !== 'strong') || bullets[0];
  if (first) showBullet(first, view.querySelector('[data-bullet="' + first.id + '"]'));
  else $('bullet-detail').replaceChildren(el('p', { class: 'muted' }, 'No bullets were found under experience or projects.'));
}

function bulletCard(b) {
  const card = el('div', { class: 'bullet-card' },
    el('p', {}, el('span', { class: 'pill ' + b.label }, b.label + ' · ' + b.strength)),
    el('p', { class: 'quote' }, b.text));
  if (b.reasons.length) card.append(fillList(el('ul', {}), b.reasons));
  if (b.suggestion) card.append(el('p', { class: 'rewrite' }, el('strong', {}, 'Try: '), b.suggestion));
  return card;
}

function showBullet(b, mark) {
  document.querySelectorAll('#resume-view mark.selected').forEach((m) => m.classList.remove('selected'));
  if (mark) mark.classList.add('selected');
  $('bullet-detail').replaceChildren(bulletCard(b));
}

// ---- bullet checker ----

$('bullet-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  $('bullet-error').textContent = '';
  const bullets = $('bullet-text').value.split('\n').map((l) => l.replace(/^\s*[-*•]\s+/, '').trim()).filter(Boolean);
  if (!bullets.length) {
    $('bullet-error').textContent = 'Type at least one bullet.';
    return;
  }
  try {
    const r = await jsonPost('/bullets', { bullets, role: $('role').value });
    $('bullet-results').replaceChildren(...r.bullets.map((b) => el('li', {}, bulletCard(b))));
  } catch (e) {
    $('bullet-error').textContent = e.message;
  }
});

// ---- roles, matrix, guides, reviews ----

async function loadRoles() {
  const r = await call('/roles');
  const sel = $('role');
  sel.replaceChildren(...r.roles.map((x) => el('option', { value: x.id }, x.name)));
  sel.value = 'backend-engineer';
  await loadMatrix(sel.value);
  sel.addEventListener('change', () => loadMatrix(sel.value));
}

async function loadMatrix(id) {
  const role = await call('/roles/' + encodeURIComponent(id));
  const t = $('matrix');
  const caption = t.querySelector('caption');
  t.replaceChildren(caption);
  caption.textContent = 'Expectations by level for ' + role.name;
  const head = el('tr', {}, el('th', { scope: 'col' }, ''));
  for (const l of role.levels) head.append(el('th', { scope: 'col' }, l.name));
  t.append(el('thead', {}, head));
  const body = el('tbody');
  const rows = [['Years', (l) => l.minYears + (l.maxYears == null ? '+' : '–' + l.maxYears)],
    ['Scope', (l) => l.scope], ['Ownership', (l) => l.ownership], ['Collaboration', (l) => l.collaboration],
    ['Judged by', (l) => l.metric], ['Length', (l) => (l.maxPages === 1 ? 'one page' : 'up to ' + l.maxPages + ' pages')]];
  for (const [name, f] of rows) {
    const tr = el('tr', {}, el('th', { scope: 'row' }, name));
    for (const l of role.levels) tr.append(el('td', {}, f(l)));
    body.append(tr);
  }
  t.append(body);
}

async function loadExamples() {
  const r = await call('/examples');
  $('example-list').replaceChildren(...r.examples.map((x) => {
    const use = el('button', { type: 'button', class: 'secondary' }, 'Start from this example');
    use.addEventListener('click', async () => {
      const full = await call('/examples/' + encodeURIComponent(x.level));
      $('resume-text').value = full.text;
      $('resume-file').value = '';
      $('level').value = x.level;
      $('resume-text').focus();
      $('checker').scrollIntoView();
    });
    const download = (format, label) => el('a',
      { href: '/api/v1/examples/' + encodeURIComponent(x.level) + '/download?format=' + format, download: '' }, label);
    return el('article', { class: 'example' }, el('h3', {}, x.title),
      el('p', {}, el('strong', {}, 'Who it is for: '), x.forWhom),
      el('p', {}, el('strong', {}, 'What it does not show: '), x.doesNotShow),
      el('p', {}, el('strong', {}, 'When to use it: '), x.whenToUse), use,
      el('p', { class: 'downloads' }, 'Download: ', download('json', 'JSON Resume'), ' · ',
        download('markdown', 'Markdown'), ' · ', download('pdf', 'PDF')));
  }));
}

async function loadGuides() {
  const r = await call('/articles');
  $('guide-list').replaceChildren(...r.articles.map((a) =>
    el('li', {}, el('a', { href: a.page }, a.title), el('p', {}, a.summary))));
}

async function loadReviews() {
  const r = await call('/reviews');
  const line = r.count ? '★ ' + r.display : 'No reviews yet';
  $('rating-line').textContent = line;
  $('reviews-summary').textContent = line;
  $('review-list').replaceChildren(...r.reviews.map((v) => el('li', { class: 'comment' },
    el('p', { class: 'comment-meta' }, el('span', { class: 'stars-shown', 'aria-label': v.stars + ' of 5 stars' },
      '★'.repeat(v.stars) + '☆'.repeat(5 - v.stars)), ' ', el('strong', {}, v.author)),
    v.body ? el('p', { class: 'comment-body' }, v.body) : null)));
}

$('review-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  $('review-error').textContent = '';
  const stars = Number(document.querySelector('input[name="stars"]:checked').value);
  try {
    await jsonPost('/reviews', { stars, author: $('review-author').value, body: $('review-body').value });
    $('review-body').value = '';
    await loadReviews();
  } catch (e) {
    $('review-error').textContent = e.message;
  }
});

async function deleteSaved(id, token, box) {
  try {
    await call('/checks/' + encodeURIComponent(id), { method: 'DELETE', headers: { 'X-Delete-Token': token } });
    box.replaceChildren('The saved report was deleted.');
  } catch (e) {
    box.append(el('span', { class: 'error' }, ' ' + e.message));
  }
}

// A saved report's private link is /#report=ID: show it without re-checking anything.
async function loadSaved() {
  const m = /^#report=([A-Za-z0-9_-]{22})$/.exec(location.hash);
  if (!m) return;
  try {
    showReport(await call('/checks/' + m[1]));
  } catch (e) {
    $('check-error').textContent = 'That saved report is not available: ' + e.message;
  }
}

loadSaved();
loadRoles().catch(() => {});
loadGuides().catch(() => {});
loadExamples().catch(() => {});
loadReviews().catch(() => {});
