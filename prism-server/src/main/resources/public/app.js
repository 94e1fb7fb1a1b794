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

// A refusal keeps what the server said (status, the field at fault, when to try again), so the page
// can put it in the person's words (see inWords).
class Refused extends Error {
  constructor(status, problem, retryAfter) {
    super(problem && problem.detail ? problem.detail : 'the server answered ' + status);
    this.status = status;
    this.field = problem ? problem.field || null : null;
    this.retryAfter = retryAfter;
  }
}

async function send(path, options) {
  let res;
  try {
    res = await fetch(API + path, options);
  } catch (e) {
    throw new Refused(0, { detail: 'Prism could not be reached; check your connection' }, null);
  }
  if (!res.ok) {
    const type = res.headers.get('content-type') || '';
    const problem = type.includes('json') ? await res.json().catch(() => null) : null;
    throw new Refused(res.status, problem, res.headers.get('retry-after'));
  }
  return res;
}

async function call(path, options) {
  const res = await send(path, options);
  const type = res.headers.get('content-type') || '';
  return type.includes('json') ? res.json() : null;
}

// The server's detail as a sentence of its own (capital first), or as the end of one.
function sentence(s, capital = true) {
  const t = String(s).trim();
  return (capital ? t.charAt(0).toUpperCase() : t.charAt(0)) + t.slice(1) + (/[.!?]$/.test(t) ? '' : '.');
}

// What went wrong, as a person would say it: what could not be done, why, and what to do next.
function inWords(e, what) {
  const head = 'Could not ' + what + '. ';
  switch (e.status) {
    case 0: return head + 'Prism could not be reached; check your connection and try again.';
    case 400: case 413: return head + sentence(e.message);
    case 422: return head + 'Prism could not read your resume: ' + sentence(e.message, false);
    case 429: return head + 'You have asked for a lot in a short time; try again in ' + (e.retryAfter || 'a few') + ' seconds.';
    case 503: return head + 'Prism is busy just now; try again in a moment.';
    default: return head + 'Something went wrong on our side, and nothing was stored. Try again.';
  }
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
  showMatch(r);
  resetJobWork();
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

// ---- the job match ----

// A requirement's members, in any order: "Kotlin or Java" and "Java or Kotlin" are one requirement.
function groupKey(name) {
  return name.toLowerCase().split(' or ').map((x) => x.trim()).sort().join('|');
}

// One line per requirement: a posting that asks for the same thing twice is shown it once.
function distinct(terms) {
  const seen = new Map();
  for (const t of terms) {
    const key = groupKey(t.term);
    const had = seen.get(key);
    if (!had || (!had.found && t.found) || (!had.evidenced && t.evidenced)) seen.set(key, t);
  }
  return [...seen.values()];
}

const WHERE = {
  bullets: 'shown in your experience', skills: 'listed in your skills, shown in no bullet',
  summary: 'claimed in your summary only', other: 'named outside your experience'
};

// The bullet (or line) of the resume that holds a span, quoted short.
function around(r, span) {
  const b = r.bullets.find((x) => span.offset >= x.offset && span.offset < x.offset + x.length);
  if (b) return quote(r, b.offset, b.length);
  const start = r.text.lastIndexOf('\n', span.offset) + 1;
  const end = r.text.indexOf('\n', span.offset + span.length);
  return quote(r, start, (end < 0 ? r.text.length : end) - start);
}

// A requirement, how the resume meets it (or not), and the words that meet it: in words, with a
// symbol beside them, never by colour alone.
function requirementItem(r, t) {
  const li = el('li', { class: t.found ? (t.evidenced ? 'found' : 'listed') : 'absent' },
    el('span', { class: 'sym', 'aria-hidden': 'true' }, t.found ? (t.evidenced ? '\u2713' : '\u25D0') : '\u2717'), ' ',
    el('strong', {}, t.asWritten || t.term));
  if (t.anyOf && t.anyOf.length > 1) li.append(' ', el('span', { class: 'muted' }, '(any one)'));
  if (!t.found) {
    li.append(' \u2014 not named in your resume');
    return li;
  }
  li.append(' \u2014 ' + (WHERE[t.where] || 'found'));
  const by = [];
  if (t.impliedBy) by.push('implied by ' + t.impliedBy);
  else if (t.matched) by.push('met by ' + t.matched);
  const detail = el('span', { class: 'evidence' }, by.length ? by[0] + (t.evidence ? ', in ' : '') : (t.evidence ? 'in ' : ''));
  if (t.evidence) detail.append(el('q', {}, around(r, t.evidence)));
  if (detail.textContent) li.append(el('br'), detail);
  return li;
}

function showMatch(r) {
  const m = r.match;
  $('match-box').hidden = !m;
  $('match-link').hidden = !m;
  const canTailor = !!m && !!state.jd;
  $('tailor-box').hidden = !canTailor;
  $('letter-box').hidden = !canTailor;
  $('match-again').hidden = !m || canTailor;
  if (!m) return;
  const required = distinct(m.required);
  const preferred = distinct(m.preferred);
  const met = (list) => list.filter((t) => t.found).length;
  $('match-line').textContent = 'Match ' + m.matchRate + '/100' + (m.job.title ? ' for ' + m.job.title : '') + ': '
    + met(required) + ' of ' + required.length + ' required and ' + met(preferred) + ' of ' + preferred.length
    + ' preferred found.' + (required.concat(preferred).some((t) => t.anyOf && t.anyOf.length > 1)
    ? ' Where the posting offers a choice, any one of its options meets the requirement.' : '');
  $('required-h').textContent = 'Required (' + met(required) + ' of ' + required.length + ')';
  $('preferred-h').textContent = 'Preferred (' + met(preferred) + ' of ' + preferred.length + ')';
  $('match-required').replaceChildren(...(required.length ? required.map((t) => requirementItem(r, t)) : [el('li', {}, 'None named.')]));
  $('match-preferred').replaceChildren(...(preferred.length ? preferred.map((t) => requirementItem(r, t)) : [el('li', {}, 'None named.')]));
  // Each sentence of the posting once, with everything it asks for that the resume lacks.
  const missing = bySentence(distinct(m.missing).map((t) => ({ term: t.asWritten || t.term, importance: t.importance, sentence: t.sentence })));
  $('missing-h').hidden = missing.length === 0;
  $('match-missing').replaceChildren(...missing.map((g) => askItem(g)));
}

// Items that share a sentence of the posting, gathered under it in the posting's order.
function bySentence(items) {
  const groups = new Map();
  for (const i of items) {
    const key = (i.sentence || i.term).trim();
    if (!groups.has(key)) groups.set(key, { sentence: i.sentence, items: [] });
    groups.get(key).items.push(i);
  }
  return [...groups.values()];
}

// "Spring Boot (required), the posting: “…”": the terms, then the sentence once, unless the
// sentence is no more than the term.
function askItem(g) {
  const li = el('li', {});
  g.items.forEach((i, n) => li.append(n ? ', ' : '', el('strong', {}, i.term), ' ', el('span', { class: 'tag ' + i.importance }, i.importance)));
  const words = g.items.map((i) => i.term.toLowerCase());
  if (g.sentence && !words.includes(g.sentence.trim().toLowerCase())) {
    li.append(el('br'), el('span', { class: 'muted' }, 'The posting: '), el('q', {}, g.sentence));
  }
  return li;
}

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
  markJobWorkStale();
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
    if (r.match) showMatch(r);
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

// A file the server writes from the request, saved under the name it gives; a refusal is said in
// the error line given, in the person's words.
async function download(path, body, fallbackName, errorLine, what) {
  errorLine.textContent = '';
  try {
    const res = await send(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') || '');
    const url = URL.createObjectURL(await res.blob());
    const a = el('a', { href: url, download: name ? name[1] : fallbackName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (e) {
    errorLine.textContent = inWords(e, what);
  }
}

document.querySelectorAll('[data-resume]').forEach((b) => b.addEventListener('click', () =>
  download('/resumes', editedBody({ format: b.dataset.resume }), 'resume', $('download-error'), 'download your resume')));
document.querySelectorAll('[data-report]').forEach((b) => b.addEventListener('click', () => {
  const extra = { format: b.dataset.report, role: state.report.role };
  if (state.level) extra.level = state.level;
  download('/reports', editedBody(extra), 'prism-report', $('download-error'), 'download the report');
}));

// ---- tailoring and the cover letter ----

// What tailoring and letters send: the text and layout the check answered with the person's edits
// (so what is tailored is what is on screen), the job, and the check's role and level.
function jobBody(extra) {
  const body = editedBody(Object.assign({ jd: state.jd, role: state.report.role }, extra));
  if (state.level) body.level = state.level;
  return body;
}

// Set when a tailoring or a letter is shown: the version of the text it was made from.
const job = { tailored: -1, drafted: -1, asks: 0 };

function resetJobWork() {
  job.tailored = -1;
  job.drafted = -1;
  for (const id of ['tailoring', 'letter-out']) $(id).hidden = true;
  for (const id of ['tailor-error', 'letter-error', 'letter-status', 'tailor-download-error']) $(id).textContent = '';
}

// After an edit: a tailoring or letter made before it says so.
function markJobWorkStale() {
  $('tailor-stale').hidden = job.tailored < 0 || job.tailored === state.version;
  $('letter-stale').hidden = job.drafted < 0 || job.drafted === state.version;
}

async function busyWhile(box, button, label, work) {
  const idle = button.textContent;
  button.disabled = true;
  button.textContent = label;
  box.setAttribute('aria-busy', 'true');
  try {
    await work();
  } finally {
    box.setAttribute('aria-busy', 'false');
    button.disabled = false;
    button.textContent = idle;
  }
}

$('tailor-button').addEventListener('click', () => busyWhile($('tailor-box'), $('tailor-button'), 'Tailoring…', async () => {
  $('tailor-error').textContent = '';
  const version = state.version;
  try {
    showTailoring(await jsonPost('/tailorings', jobBody({})));
    job.tailored = version;
    markJobWorkStale();
    $('tailoring').hidden = false;
    $('tailoring').focus({ preventScroll: true });
    $('tailoring').scrollIntoView({ block: 'start' });
  } catch (e) {
    $('tailor-error').textContent = inWords(e, 'tailor your resume');
  }
}));

document.querySelectorAll('[data-tailored]').forEach((b) => b.addEventListener('click', () =>
  download('/tailorings?format=' + b.dataset.tailored, jobBody({}), 'resume-tailored', $('tailor-download-error'),
    'download the tailored resume')));

function ordinal(n) {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return n + (s[(v - 20) % 10] || s[v] || s[0]);
}

function tag(kind, text) {
  return el('span', { class: 'tag ' + kind }, text);
}

// One part of the resume, the original on the left and the tailored on the right (stacked on a phone).
function sides(title, original, tailored) {
  return el('section', { class: 'compare-block' }, el('h5', {}, title),
    el('div', { class: 'sides' },
      el('div', { class: 'side original' }, el('p', { class: 'side-label' }, 'Original'), ...original),
      el('div', { class: 'side tailored' }, el('p', { class: 'side-label' }, 'Tailored'), ...tailored)));
}

// The requirements a bullet meets, each once ("Kotlin or Java" and "Java or Kotlin" are one).
function meets(names) {
  const seen = new Set();
  return names.filter((n) => !seen.has(groupKey(n)) && seen.add(groupKey(n)));
}

function bulletItem(b, tailored) {
  const li = el('li', {}, el('span', { class: 'btext' }, b.text));
  if (tailored && b.to < b.from) li.append(' ', tag('up', '\u2191 moved up, was ' + ordinal(b.from + 1)));
  if (tailored && b.to > b.from) li.append(' ', tag('down', '\u2193 moved down, was ' + ordinal(b.from + 1)));
  if (!tailored && b.moved) li.append(' ', tag('muted', 'now ' + ordinal(b.to + 1)));
  const met = meets(b.meets);
  if (tailored && met.length) li.append(el('br'), el('span', { class: 'meets' }, 'Shows: ' + met.join(', ')));
  return li;
}

// The tailoring beside the original: the summary it replaced, each job's bullets in both orders with
// every move marked, the skills it surfaced; then what the person could add, and the files.
function showTailoring(t) {
  $('tailor-changes').replaceChildren(...t.changes.map((c) => el('li', {}, c)));
  const blocks = [];
  blocks.push(sides('Summary',
    t.summary.original ? [el('p', {}, el('del', {}, t.summary.original)), tag('gone', 'replaced')] : [el('p', { class: 'muted' }, 'No summary.')],
    [el('p', {}, el('ins', {}, t.summary.tailored)), tag('new', 'new: aimed at the role')]));
  const entries = new Map();
  for (const b of t.bullets) {
    const key = b.section + ':' + b.entry;
    if (!entries.has(key)) entries.set(key, { title: [b.title, b.employer].filter(Boolean).join(' · ') || 'Experience', bullets: [] });
    entries.get(key).bullets.push(b);
  }
  for (const e of entries.values()) {
    const from = [...e.bullets].sort((a, b) => a.from - b.from);
    const to = [...e.bullets].sort((a, b) => a.to - b.to);
    blocks.push(sides(e.title, [el('ol', {}, ...from.map((b) => bulletItem(b, false)))], [el('ol', {}, ...to.map((b) => bulletItem(b, true)))]));
  }
  if (t.surfaced.length) {
    blocks.push(sides('Skills', [el('p', { class: 'muted' }, 'Not in your skills section: ' + t.surfaced.join(', ') + '.')],
      [el('p', {}, el('ins', {}, t.surfaced.join(', '))), tag('new', 'added: your experience shows them')]));
  }
  $('tailor-compare').replaceChildren(...blocks);

  $('tailor-add-box').hidden = t.toAdd.length === 0;
  $('tailor-add').replaceChildren(...bySentence(t.toAdd).map((g) => askItem(g)));
  $('tailor-show-box').hidden = t.toEvidence.length === 0;
  $('tailor-show').replaceChildren(...t.toEvidence.map((s) => el('li', {}, el('strong', {}, s.term), ' ', tag(s.importance, s.importance),
    el('br'), el('span', { class: 'muted' }, s.advice))));
  $('tailor-markdown').textContent = t.markdown;
}

// ---- the cover letter ----

// Only the letter last asked for is shown: a tone changed while a draft is on its way wins.
async function draftLetter() {
  $('letter-error').textContent = '';
  $('letter-status').textContent = '';
  const version = state.version;
  const asked = ++job.asks;
  try {
    const r = await jsonPost('/cover-letters', jobBody({ tone: $('tone').value }));
    if (asked !== job.asks) return;
    $('letter').textContent = r.text;
    job.drafted = version;
    markJobWorkStale();
    $('letter-out').hidden = false;
  } catch (e) {
    if (asked === job.asks) $('letter-error').textContent = inWords(e, 'draft your letter');
  }
}

$('letter-button').addEventListener('click', () => busyWhile($('letter-box'), $('letter-button'), 'Drafting…', draftLetter));
// Another tone for a letter on screen: drafted again at once.
$('tone').addEventListener('change', () => {
  if (job.drafted >= 0) busyWhile($('letter-box'), $('letter-button'), 'Drafting…', draftLetter);
});

document.querySelectorAll('[data-letter]').forEach((b) => b.addEventListener('click', () =>
  download('/cover-letters?format=' + b.dataset.letter, jobBody({ tone: $('tone').value }), 'cover-letter', $('letter-error'),
    'download your letter')));

// The clipboard API needs a secure context (https, or this machine); elsewhere the text is selected
// and copied the old way.
$('letter-copy').addEventListener('click', async () => {
  const text = $('letter').textContent;
  const status = $('letter-status');
  try {
    if (!navigator.clipboard || !window.isSecureContext) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied: paste it into your email or application.';
  } catch (e) {
    const range = document.createRange();
    range.selectNodeContents($('letter'));
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    const ok = document.execCommand && document.execCommand('copy');
    status.textContent = ok ? 'Copied: paste it into your email or application.'
      : 'The letter is selected: press Ctrl+C (or \u2318C) to copy it.';
  }
});

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
