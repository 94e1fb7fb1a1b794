// Server-rendered pages: a live character count under the comment box, and comments posted without
// a page reload. The form also works without this script (a plain post, answered with a redirect).
'use strict';
(function () {
  const form = document.getElementById('comment-form');
  if (!form) return;
  const body = form.elements.body;
  const count = document.getElementById('comment-count');
  const max = Number(body.getAttribute('maxlength'));
  const showCount = () => { count.textContent = body.value.length + '/' + max + ' characters'; };
  body.addEventListener('input', showCount);
  showCount();

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const error = document.getElementById('comment-error');
    const status = document.getElementById('comment-status');
    error.textContent = '';
    status.textContent = '';
    if (!body.value.trim()) {
      error.textContent = 'Write a comment first.';
      body.focus();
      return;
    }
    const slug = form.dataset.slug;
    const sent = { author: form.elements.author.value, body: body.value };
    try {
      const res = await fetch('/api/v1/articles/' + encodeURIComponent(slug) + '/comments', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(sent)
      });
      const data = await res.json().catch(() => ({}));
      if (!res.ok) throw new Error(data.detail || 'the comment could not be posted (' + res.status + ')');
      const li = document.createElement('li');
      li.className = 'comment';
      const meta = document.createElement('p');
      meta.className = 'comment-meta';
      const who = document.createElement('strong');
      who.textContent = data.author;
      const when = document.createElement('time');
      when.dateTime = data.createdAt;
      when.textContent = 'just now';
      meta.append(who, ' · ', when);
      const text = document.createElement('p');
      text.className = 'comment-body';
      text.textContent = data.body;
      li.append(meta, text);
      document.getElementById('comment-list').append(li);
      const none = document.getElementById('no-comments');
      if (none) none.remove();
      body.value = '';
      showCount();
      status.textContent = 'Thank you: your comment is posted.';
    } catch (e) {
      error.textContent = e.message;
    }
  });
})();
