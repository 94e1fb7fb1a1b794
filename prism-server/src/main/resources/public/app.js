// The checker page. Every piece of text from the server or the user is placed with textContent,
// never as HTML, so a resume or a review cannot inject markup.
'use strict';

const API = '/api/v1';
const DIMENSIONS = {
  'service-design': 'Service design', storage: 'Storage', performance: 'Performance',
  reliability: 'Reliability', impact: 'Impact', 'level-fit': 'Level fit', presentation: 'Presentation'
};
const ICONS = { strong: '\u2713', fair: '\u25D0', weak: '!' };
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

function fillList(ul, items) {
  ul.replaceChildren(...items.map((t) => el('li', {}, t)));
  return ul;
}

// A verdict in words and a symbol, not by colour alone (the server draws the same, see Html.labelPill).
function labelPill(label, strength) {
  return el('span', { class: 'pill ' + label }, el('span', { 'aria-hidden': 'true' }, ICONS[label] || '!'), ' ' + label + ' · ' + strength);
}

function points(p) {
  return (Math.round(p * 10) / 10) + (p === 1 ? ' point' : ' points');
}

function setBusy(busy) {
  for (const id of ['checker', 'result']) $(id).setAttribute('aria-busy', busy ? 'true' : 'false');
  $('busy-note').textContent = busy ? 'Updating…' : '';
}

// ---- state of the result on screen ----
// The report as last answered; the text and layout the check first answered (the base), with its
// bullets' spans and wording; and the person's edits, bullet by bullet. Each recheck sends the base
// and the edits, and the server makes them, so the page never moves an offset itself.
const state = { report: null, base: null, spans: [], originals: [], edits: new Map(), version: 0, selected: -1, level: '', jd: '' };

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
    req = () => call('/checks' + (save ? '?save=true' : ''), { method: 'POST', body: fd });
  } else if (text.trim()) {
    const body = { text, role };
    if (level) body.level = level;
    if (jd) body.jd = jd;
    if (save) body.save = true;
    req = () => jsonPost('/checks', body);
  } else {
    err.textContent = 'Choose a file or paste your resume first.';
    return;
  }
  const button = $('check-button');
  button.disabled = true;
  button.textContent = 'Checking…';
  setBusy(true);
  try {
    const r = await req();
    state.level = level;
    state.jd = jd;
    showReport(r, true);
  } catch (e) {
    err.textContent = e.message;
  } finally {
    setBusy(false);
    button.disabled = false;
    button.textContent = 'Check my resume';
  }
});

function band(score) {
  return score >= 80 ? 'strong' : score >= 60 ? 'fair' : 'weak';
}

// A new report: everything is drawn again, and the page lands on the score and the fixes.
function showReport(r, land) {
  state.report = r;
  state.base = { text: r.text, layout: r.layout || null };
  state.spans = r.bullets.map((b) => ({ offset: b.offset, length: b.length }));
  state.originals = r.bullets.map((b) => oneLine(r.text.slice(b.offset, b.offset + b.length)));
  state.edits = new Map();
  state.version++;
  state.selected = -1;
  if (r.level && r.level.target) state.level = r.level.target;
  $('result').hidden = false;

  const notResume = !!r.notAResume;
  $('not-resume').hidden = !notResume;
  $('scored').hidden = notResume;
  $('summary').querySelector('.summary-links').hidden = notResume;
  // The heading already says it; the message's own opening would repeat it.
  const why = (r.message || 'there are no contact details and no experience, education or skills section.')
    .replace(/^This does not look like a resume:\s*/, '');
  $('not-resume-text').textContent = why.charAt(0).toUpperCase() + why.slice(1);

  const saved = $('saved');
  saved.hidden = !r.id;
  saved.replaceChildren();
  if (r.id) {
    const link = location.origin + '/reports/' + r.id;
    const del = el('button', { type: 'button', class: 'secondary' }, 'Delete this saved report');
    del.addEventListener('click', () => deleteSaved(r.id, r.deleteToken, saved));
    saved.append('Saved. Private link: ', el('a', { href: link }, link),
      r.deleteToken ? '. Deletion token (keep it; it is shown only now): ' : '', r.deleteToken ? el('code', {}, r.deleteToken) : null,
      r.deleteToken ? ' ' : '', r.deleteToken ? del : null);
  }

  const lv = r.level;
  // The engine words the estimate once (how sure, and the years beside the matrix's) for every report.
  $('level-line').textContent = (lv.headline || ('Reads as ' + lv.estimated + (lv.target ? '; target ' + lv.target : ''))) + '.';
  fillList($('level-evidence'), lv.evidence.concat(
    (lv.counted || []).length ? ['Counted: ' + lv.counted.join('; ')] : [],
    (lv.notCounted || []).length ? ['Not counted: ' + lv.notCounted.join('; ')] : []));
  $('gaps-h').hidden = lv.gaps.length === 0;
  fillList($('gaps'), lv.gaps);
  showMatch(r.match);
  $('warnings-box').hidden = r.parse.warnings.length === 0;
  fillList($('warnings'), r.parse.warnings.map((w) => w.message));

  showScores(r);
  showResumeText(r);
  const first = r.bullets.findIndex((b) => b.label !== 'strong');
  if (r.bullets.length) selectBullet(first >= 0 ? first : 0, false);
  else $('bullet-detail').replaceChildren(el('p', { class: 'muted' }, 'No bullets were found under experience or projects.'));

  if (land) {
    $('result').scrollIntoView({ block: 'start' });
    $('result').focus({ preventScroll: true });
  }
}

// What changes with every recheck: the score, sub-scores, fixes and findings.
function showScores(r) {
  if (r.notAResume) {
    $('summary-line').textContent = 'Not a resume';
    return;
  }
  $('summary-line').textContent = 'Score ' + r.score + '/100 · ' + r.band;
  $('score').textContent = r.score;
  $('band').textContent = r.band;
  $('score-box').className = 'score ' + band(r.score);
  $('dimensions').replaceChildren(...r.dimensions.map((d) => {
    const bar = el('span', { class: 'bar ' + band(d.score) });
    bar.style.width = Math.max(2, d.score) + '%';
    return el('li', {}, el('span', { class: 'dim-name' }, DIMENSIONS[d.id] || d.id),
      el('span', { class: 'track', role: 'img', 'aria-label': d.score + ' out of 100' }, bar),
      el('span', { class: 'dim-score' }, d.score));
  }));
  showFixes(r);
  showGroups(r);
}

function bulletIndex(r, id) {
  return r.bullets.findIndex((b) => b.id === id);
}

function quote(r, offset, length) {
  const q = r.text.slice(offset, offset + length).replace(/\s+/g, ' ').trim();
  return q.length > 90 ? q.slice(0, 89) + '…' : q;
}

function showFixes(r) {
  const fixes = r.topFixes || [];
  $('fixes-h').textContent = fixes.length === 3 ? 'Fix these three first' : fixes.length ? 'Fix these first' : 'Nothing left worth points';
  $('fixes').replaceChildren(...fixes.map((f) => {
    const show = el('button', { type: 'button', class: 'secondary small-button' }, 'Show me');
    show.addEventListener('click', () => showPlace(r, f.bullet, f.finding));
    const where = f.count > 1 ? ' · ' + f.count + ' places' : '';
    return el('li', { class: 'fix' },
      el('p', { class: 'fix-head' }, el('strong', {}, f.title), ' ', el('span', { class: 'gain' }, '+' + points(f.points)), where),
      el('p', { class: 'fix-msg' }, f.message), show);
  }));
}

// "Show me": a bullet opens in the editor; any other place is marked in the resume text.
function showPlace(r, bulletId, findingId) {
  const i = bulletId ? bulletIndex(r, bulletId) : -1;
  if (i >= 0) {
    selectBullet(i, true);
    return;
  }
  const f = r.findings.find((x) => x.id === findingId);
  if (!f) return;
  const spot = $('spot-' + f.id);
  const target = spot || $('resume-view');
  document.querySelectorAll('#resume-view .spot.flash').forEach((s) => s.classList.remove('flash'));
  if (spot) spot.classList.add('flash');
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

function showGroups(r) {
  const byId = new Map(r.findings.map((f) => [f.id, f]));
  $('groups').replaceChildren(...r.groups.map((g, n) => {
    const items = g.findings.map((id) => byId.get(id)).filter(Boolean);
    const cost = g.points > 0 ? ' · −' + points(g.points) : '';
    const details = el('details', n === 0 ? { open: '' } : {},
      el('summary', {}, el('span', { class: 'sev ' + g.severity }, g.severity), ' ', el('strong', {}, g.title),
        el('span', { class: 'muted' }, cost + (items.length > 1 ? ' · ' + items.length + ' places' : ''))));
    const list = el('ul', { class: 'places' });
    for (const f of items) {
      const li = el('li', {}, f.message);
      const q = f.length > 0 ? quote(r, f.offset, f.length) : '';
      if (q) li.append(' ', el('q', {}, q));
      const tips = f.suggestions.filter((s) => s && !s.includes('['));
      if (tips.length) li.append(el('span', { class: 'tip' }, ' → ' + tips[0]));
      const b = r.bullets.findIndex((x) => f.offset >= x.offset && f.offset < x.offset + x.length);
      const show = el('button', { type: 'button', class: 'link-button' }, 'Show me');
      show.addEventListener('click', () => showPlace(r, b >= 0 ? r.bullets[b].id : null, f.id));
      li.append(' ', show);
      list.append(li);
    }
    details.append(list);
    return el('li', { class: 'group ' + g.severity }, details);
  }));
  if (!r.groups.length) $('groups').append(el('li', {}, 'No findings.'));
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

// The cover letter uses the resume text on screen, so an uploaded file is not sent twice.
$('letter-button').addEventListener('click', async () => {
  const out = $('letter');
  out.hidden = false;
  out.textContent = 'Drafting…';
  try {
    const r = await jsonPost('/cover-letters', { text: state.report.text, role: state.report.role,
      jd: $('jd-text').value, tone: $('tone').value });
    out.textContent = r.text;
  } catch (e) {
    out.textContent = 'Could not draft a letter: ' + e.message;
  }
});

// ---- the resume text, each bullet a mark to select ----

// The text of a report, each bullet a mark to select, the selected one marked.
function showResumeText(r) {
  const view = $('resume-view');
  view.replaceChildren();
  // Places the fixes and findings point at, outside bullets, so "Show me" can mark them.
  const spots = r.findings.filter((f) => f.length > 0
    && !r.bullets.some((b) => f.offset < b.offset + b.length && f.offset + f.length > b.offset));
  const parts = [...r.bullets.map((b, i) => ({ offset: b.offset, length: b.length, bullet: i })),
    ...spots.map((f) => ({ offset: f.offset, length: f.length, finding: f.id }))].sort((a, b) => a.offset - b.offset);
  let at = 0;
  for (const p of parts) {
    if (p.offset < at) continue;
    view.append(r.text.slice(at, p.offset));
    const piece = r.text.slice(p.offset, p.offset + p.length);
    if (p.bullet !== undefined) {
      const b = r.bullets[p.bullet];
      const m = el('mark', { class: b.label + (p.bullet === state.selected ? ' selected' : ''), tabindex: '0', role: 'button',
        'data-bullet': String(p.bullet),
        'aria-label': b.label + ' bullet, strength ' + b.strength + ': edit it' }, piece);
      m.addEventListener('click', () => selectBullet(p.bullet, true));
      m.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); selectBullet(p.bullet, true); }
      });
      view.append(m);
    } else {
      view.append(el('span', { class: 'spot', id: 'spot-' + p.finding, tabindex: '-1' }, piece));
    }
    at = p.offset + p.length;
  }
  view.append(r.text.slice(at));
}

function oneLine(s) {
  return s.replace(/\s*\n\s*/g, ' ');
}

function markOf(i) {
  return document.querySelector('#resume-view mark[data-bullet="' + i + '"]');
}

// The editor for one bullet: its verdict, a box to edit it in, its reasons and its rewrite.
function selectBullet(i, focus) {
  const r = state.report;
  const b = r.bullets[i];
  if (!b) return;
  state.selected = i;
  document.querySelectorAll('#resume-view mark.selected').forEach((m) => m.classList.remove('selected'));
  const mark = markOf(i);
  if (mark) mark.classList.add('selected');
  const area = el('textarea', { id: 'bullet-edit', rows: '4', spellcheck: 'true' });
  area.value = state.edits.has(i) ? state.edits.get(i) : state.originals[i];
  area.addEventListener('input', () => editBullet(i, area.value));
  const reset = el('button', { type: 'button', class: 'link-button' }, 'Undo my edits to this bullet');
  reset.addEventListener('click', () => { area.value = state.originals[i]; editBullet(i, area.value); });
  const card = el('div', { class: 'bullet-card' },
    el('p', { id: 'bullet-verdict', 'aria-live': 'polite' }, labelPill(b.label, b.strength)),
    el('label', { for: 'bullet-edit' }, 'Edit this bullet'), area, reset,
    el('div', { id: 'bullet-why' }));
  $('bullet-detail').replaceChildren(card);
  showWhy(b);
  if (focus) {
    $('bullet-detail').scrollIntoView({ block: 'nearest' });
    area.focus({ preventScroll: true });
  }
}

// The reasons and rewrite of the selected bullet, redrawn when a recheck answers.
function showWhy(b) {
  const why = $('bullet-why');
  if (!why) return;
  why.replaceChildren();
  if (b.reasons.length) why.append(fillList(el('ul', {}), b.reasons));
  if (b.suggestion) {
    const use = el('button', { type: 'button', class: 'secondary' }, 'Use this rewrite');
    use.addEventListener('click', () => acceptRewrite(b.suggestion));
    why.append(el('p', { class: 'rewrite' }, el('strong', {}, 'Try: '), b.suggestion), use,
      b.suggestion.includes('[') ? el('p', { class: 'hint' }, 'Fill in the parts in [brackets] with your own facts.') : null);
  }
}

function acceptRewrite(text) {
  const area = $('bullet-edit');
  area.value = text;
  editBullet(state.selected, text);
  area.focus();
  const gap = text.indexOf('[');
  if (gap >= 0) area.setSelectionRange(gap, text.indexOf(']', gap) + 1 || text.length);
}

// ---- editing: note the edit, show it at once, and recheck ----

function editBullet(i, value) {
  const one = oneLine(value);
  if (one === state.originals[i]) state.edits.delete(i); else state.edits.set(i, one);
  state.version++;
  const mark = markOf(i);
  if (mark) mark.textContent = one;
  scheduleRecheck();
}

// The base text and layout with every edit, as the server takes them.
function editedBody(extra) {
  const body = Object.assign({ text: state.base.text }, extra);
  if (state.base.layout) body.layout = state.base.layout;
  body.edits = [...state.edits].map(([i, text]) => ({ offset: state.spans[i].offset, length: state.spans[i].length, text }));
  return body;
}

// One request in flight at a time; keystrokes while it runs are sent together when it answers.
// The engine answers in a few milliseconds, so the verdict follows typing without a timer.
const recheck = { inFlight: false, dirty: false, lastMs: 0 };

function scheduleRecheck() {
  if (recheck.inFlight) { recheck.dirty = true; return; }
  sendRecheck();
}

async function sendRecheck() {
  recheck.inFlight = true;
  recheck.dirty = false;
  const sent = state.version;
  const body = editedBody({ role: state.report.role });
  if (state.level) body.level = state.level;
  if (state.jd) body.jd = state.jd;
  const t0 = performance.now();
  setBusy(true);
  try {
    const r = await jsonPost('/rechecks', body);
    recheck.lastMs = performance.now() - t0;
    $('result').dataset.lastRoundTrip = String(Math.round(recheck.lastMs));
    applyRecheck(r, sent === state.version);
    $('download-error').textContent = '';
  } catch (e) {
    $('download-error').textContent = 'Could not update the score: ' + e.message;
  } finally {
    recheck.inFlight = false;
    if (recheck.dirty) sendRecheck(); else setBusy(false);
  }
}

// A recheck's answer. When the text has not changed since it was sent and has the same bullets, it
// becomes the report; otherwise (more typing since, or a bullet emptied on the way to its new
// wording) only the score is shown, and the editor stays where the person is typing.
function applyRecheck(r, current) {
  showScores(r);
  if (r.bullets.length !== state.spans.length) return;
  if (current) {
    state.report = Object.assign({}, r, { id: state.report.id });
    showResumeText(r);
    return showVerdict(r, true);
  }
  r.bullets.forEach((b, i) => {
    const m = markOf(i);
    if (m) {
      m.className = b.label + (i === state.selected ? ' selected' : '');
      m.setAttribute('aria-label', b.label + ' bullet, strength ' + b.strength + ': edit it');
    }
  });
  showVerdict(r, false);
}

function showVerdict(r, withWhy) {
  const sel = r.bullets[state.selected];
  if (sel && $('bullet-verdict')) {
    $('bullet-verdict').replaceChildren(labelPill(sel.label, sel.strength));
    if (withWhy) showWhy(sel);
  }
}

// ---- downloads of the edited resume and of the report ----

async function download(path, body, fallbackName) {
  $('download-error').textContent = '';
  try {
    const res = await fetch(API + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) {
      const p = await res.json().catch(() => null);
      throw new Error(p && p.detail ? p.detail : 'the server answered ' + res.status);
    }
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') || '');
    const url = URL.createObjectURL(await res.blob());
    const a = el('a', { href: url, download: name ? name[1] : fallbackName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (e) {
    $('download-error').textContent = 'Could not download: ' + e.message;
  }
}

document.querySelectorAll('[data-resume]').forEach((b) => b.addEventListener('click', () =>
  download('/resumes', editedBody({ format: b.dataset.resume }), 'resume')));
document.querySelectorAll('[data-report]').forEach((b) => b.addEventListener('click', () => {
  const extra = { format: b.dataset.report, role: state.report.role };
  if (state.level) extra.level = state.level;
  download('/reports', editedBody(extra), 'prism-report');
}));

// ---- bullet checker ----

function bulletCard(b) {
  const card = el('div', { class: 'bullet-card' }, el('p', {}, labelPill(b.label, b.strength)), el('p', { class: 'quote' }, b.text));
  if (b.reasons.length) card.append(fillList(el('ul', {}), b.reasons));
  if (b.suggestion) card.append(el('p', { class: 'rewrite' }, el('strong', {}, 'Try: '), b.suggestion));
  return card;
}

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

// ---- roles, matrix, examples, guides, reviews ----

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
  const head = el('tr', {}, el('td', {}));
  for (const l of role.levels) head.append(el('th', { scope: 'col' }, l.name));
  t.append(el('thead', {}, head));
  const body = el('tbody');
  const rows = [['Years', (l) => l.minYears + (l.maxYears == null ? '+ years' : '–' + l.maxYears + ' years')],
    ['Scope', (l) => l.scope], ['Ownership', (l) => l.ownership], ['Collaboration', (l) => l.collaboration],
    ['Judged by', (l) => l.metric], ['Length', (l) => (l.maxPages === 1 ? 'One page' : 'Up to ' + l.maxPages + ' pages')]];
  for (const [name, f] of rows) {
    const tr = el('tr', {}, el('th', { scope: 'row' }, name));
    for (const l of role.levels) tr.append(el('td', {}, f(l)));
    body.append(tr);
  }
  t.append(body);
}

async function startFrom(level) {
  const full = await call('/examples/' + encodeURIComponent(level));
  $('resume-text').value = full.text;
  $('resume-file').value = '';
  $('level').value = level;
  $('resume-text').focus();
  $('checker').scrollIntoView();
}

async function loadExamples() {
  const r = await call('/examples');
  $('example-list').replaceChildren(...r.examples.map((x) => {
    const use = el('button', { type: 'button', class: 'secondary' }, 'Start from this example');
    use.addEventListener('click', () => startFrom(x.level));
    const recommended = x.level === 'mid';
    return el('article', { class: 'example' + (recommended ? ' recommended' : '') },
      recommended ? el('p', { class: 'eyebrow' }, 'Recommended starting point') : null,
      el('h3', {}, el('a', { href: '/examples/' + encodeURIComponent(x.level) }, x.title)),
      el('p', {}, el('strong', {}, 'Who it is for: '), x.forWhom),
      recommended ? el('p', {}, el('strong', {}, 'What it does not show: '), x.doesNotShow) : null,
      recommended ? el('p', {}, el('strong', {}, 'When to use it: '), x.whenToUse) : null, use);
  }));
}

async function loadGuides() {
  const r = await call('/articles');
  $('guide-list').replaceChildren(...r.articles.map((a) =>
    el('li', {}, el('a', { href: a.page }, a.title), el('p', {}, a.summary))));
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

async function loadReviews() {
  const r = await call('/reviews');
  $('rating-text').textContent = r.display;
  $('rating-line').setAttribute('aria-label', r.count ? 'Rated ' + r.average + ' out of 5 from ' + r.count
    + (r.count === 1 ? ' review' : ' reviews') : 'No reviews yet');
  $('reviews-summary').replaceChildren(r.count ? el('span', { 'aria-hidden': 'true', class: 'stars-shown' }, '★ ') : '', r.display);
  $('review-list').replaceChildren(...r.reviews.map((v) => el('li', { class: 'comment' },
    el('p', { class: 'comment-meta' }, el('span', { class: 'stars-shown', role: 'img', 'aria-label': v.stars + ' of 5 stars' },
      '★'.repeat(v.stars) + '☆'.repeat(5 - v.stars)), ' ', el('strong', {}, v.author), ' · ',
      el('time', { datetime: v.createdAt }, DAY.format(new Date(v.createdAt)))),
    v.body ? el('p', { class: 'comment-body' }, v.body) : null)));
}

$('review-body').addEventListener('input', () => {
  $('review-count').textContent = $('review-body').value.length + '/1000 characters';
});

$('review-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  $('review-error').textContent = '';
  $('review-status').textContent = '';
  const chosen = document.querySelector('input[name="stars"]:checked');
  if (!chosen) {
    $('review-error').textContent = 'Choose a rating from 1 to 5 stars first.';
    document.querySelector('input[name="stars"]').focus();
    return;
  }
  try {
    await jsonPost('/reviews', { stars: Number(chosen.value), author: $('review-author').value, body: $('review-body').value });
    $('review-form').reset();
    $('review-count').textContent = '0/1000 characters';
    $('review-status').textContent = 'Thank you: your ' + chosen.value + '-star review is posted.';
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

// A saved report's private link is /reports/ID (once /#report=ID): show it without re-checking.
async function loadSaved() {
  const m = /^\/reports\/([A-Za-z0-9_-]{22})$/.exec(location.pathname) || /^#report=([A-Za-z0-9_-]{22})$/.exec(location.hash);
  if (!m) return;
  setBusy(true);
  try {
    showReport(await call('/checks/' + m[1]), true);
  } catch (e) {
    $('result').hidden = true;
    $('check-error').textContent = 'That saved report is not available: ' + e.message;
  } finally {
    document.body.classList.remove('loading');
    setBusy(false);
  }
}

// Links from the example pages: ?level=senior sets the target, ?example=senior loads that example.
function fromLink() {
  const q = new URLSearchParams(location.search);
  const level = q.get('level');
  if (level && [...$('level').options].some((o) => o.value === level)) $('level').value = level;
  const example = q.get('example');
  if (example && /^(junior|mid|senior|staff)$/.test(example)) startFrom(example).catch(() => {});
}

loadSaved();
fromLink();
loadRoles().catch(() => {});
loadGuides().catch(() => {});
loadExamples().catch(() => {});
loadReviews().catch(() => {});
