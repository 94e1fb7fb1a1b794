// Guide pages: post comments without a page reload. The form also works without this script.
'use strict';
(function () {
  const form = document.getElementById('comment-form');
  if (!form) return;
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const error = document.getElementById('comment-error');
    error.textContent = '';
    const slug = form.dataset.slug;
    const body = { author: form.elements.author.value, body: form.elements.body.value };
    try {
      const res = await fetch('/api/v1/articles/' + encodeURIComponent(slug) + '/comments', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
      });
      const data = await res.json();
      if (!res.ok) throw new Error(data.detail || 'could not post the comment');
      const li = document.createElement('li');
      li.className = 'comment';
      const meta = document.createElement('p');
      meta.className = 'comment-meta';
      const who = document.createElement('strong');
      who.textContent = data.author;
      meta.append(who, ' · just now');
      const text = document.createElement('p');
      text.className = 'comment-body';
      text.textContent = data.body;
      li.append(meta, text);
      document.getElementById('comment-list').append(li);
      const none = document.getElementById('no-comments');
      if (none) none.remove();
      form.elements.body.value = '';
    } catch (e) {
      error.textContent = e.message;
    }
  });
})();
