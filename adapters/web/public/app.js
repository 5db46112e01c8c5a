// The playground page: draws the core's Reply JSON and the SLT view with DOM nodes only.
// Every piece of user or policy text goes in through text nodes (never innerHTML), and the
// page's Content Security Policy forbids inline script, so nothing typed can run as code.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);

  /** h('p', { class: 'x' }, 'text', child): strings become text nodes, never markup. */
  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  async function api(path, body) {
    const init = body === undefined
      ? { method: 'GET' }
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    let res;
    try {
      res = await fetch(path, init);
    } catch {
      throw new Error('The playground server is not answering. Is `npm start` still running?');
    }
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(data.error || `The server answered ${res.status}.`);
    return data;
  }

  function stored(key, make) {
    try {
      let value = localStorage.getItem(key);
      if (!value) {
        value = make();
        localStorage.setItem(key, value);
      }
      return value;
    } catch {
      return make();
    }
  }

  function randomId() {
    if (crypto.randomUUID) return crypto.randomUUID();
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  }

  const STATE_WORDS = { open: 'Open', taken: 'Taken', answered: 'Answered', closed: 'Closed' };
  const VERDICT_WORDS = {
    allowed: 'Allowed',
    'not-allowed': 'Not allowed',
    'ask-first': 'Ask first',
    'not-covered': 'The policy does not say',
  };

  // ---------------------------------------------------------------- asker view

  const conversationId = stored('policybot.conversation', randomId);
  let seenAnswers = new Set();
  try {
    seenAnswers = new Set(JSON.parse(stored('policybot.seenAnswers', () => '[]')));
  } catch {
    // A damaged record: start again (at worst an answer is shown twice).
  }
  let firstInbox = true;

  function say(node) {
    $('conversation').append(node);
    node.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    return node;
  }

  function youSaid(text) {
    return say(h('div', { class: 'msg you' }, h('span', { class: 'who' }, 'You'), text));
  }

  function problem(message) {
    return say(h('div', { class: 'msg error', role: 'alert' }, message));
  }

  function renderCitation(c) {
    return h(
      'li',
      { class: 'citation' },
      h('p', { class: 'clause-head' }, h('span', { class: 'clause-no' }, c.clause), c.heading || 'Clause ' + c.clause),
      h('blockquote', { class: 'clause-text' }, c.text),
      c.fullText ? h('details', {}, h('summary', {}, 'Show the whole clause ' + c.clause), h('blockquote', { class: 'clause-text' }, c.fullText)) : null,
    );
  }

  function renderChoices(reply) {
    if (!reply.choices || reply.choices.length === 0) return null;
    const buttons = reply.choices.map((choice) =>
      h('button', { type: 'button', class: 'secondary', onclick: (ev) => choose(ev.currentTarget, choice, buttons) }, choice.label),
    );
    return h('fieldset', { class: 'choices' }, h('legend', {}, reply.prompt || (reply.verdict ? 'What next?' : 'Choose one')), h('div', { class: 'buttons' }, buttons));
  }

  async function choose(button, choice, group) {
    for (const b of group) b.disabled = true;
    button.classList.add('chosen');
    button.setAttribute('aria-pressed', 'true');
    youSaid(choice.label);
    try {
      const reply = await api('/playground/api/choose', { payload: choice.payload, policy: $('school').value });
      showReply(reply, true);
    } catch (err) {
      for (const b of group) b.disabled = false;
      button.classList.remove('chosen');
      problem(err.message);
    }
  }

  function renderEscalate(action, reply, holder) {
    const to = reply.escalation && reply.escalation.to ? reply.escalation.to : 'headteacher';
    const open = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false' }, action.label);
    open.addEventListener('click', () => {
      open.hidden = true;
      open.setAttribute('aria-expanded', 'true');
      const noteId = 'note-' + randomId();
      const note = h('textarea', { id: noteId, rows: 3, maxlength: 3000 });
      const send = h('button', { type: 'submit' }, 'Send to the ' + to);
      const cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
      const error = h('p', { class: 'error', role: 'alert' });
      const form = h(
        'form',
        { class: 'escalate-form' },
        h('label', { for: noteId }, 'Anything to add for the ' + to + '? (optional)'),
        note,
        h('div', { class: 'row' }, send, cancel),
        error,
      );
      cancel.addEventListener('click', () => {
        form.remove();
        open.hidden = false;
        open.setAttribute('aria-expanded', 'false');
        open.focus();
      });
      form.addEventListener('submit', async (ev) => {
        ev.preventDefault();
        send.disabled = true;
        try {
          const result = await api('/playground/api/escalate', { payload: action.payload, note: note.value, conversation: conversationId });
          const sent = h(
            'p',
            { class: 'sent', role: 'status', tabindex: '-1' },
            'Sent to the ' + to + '. Your reference is ',
            h('strong', { class: 'esc-ref' }, result.ref),
            result.urgent ? ' (marked urgent).' : '.',
            ' Their answer will appear in this conversation.',
          );
          form.replaceWith(sent);
          sent.focus();
          refreshInbox();
        } catch (err) {
          send.disabled = false;
          error.textContent = err.message;
        }
      });
      holder.append(form);
      note.focus();
    });
    return open;
  }

  function renderReply(reply) {
    const article = h('article', { class: 'reply', tabindex: '-1', 'aria-label': 'Answer from ' + reply.policy.name + ' policy' });
    if (reply.banner) {
      article.append(
        h(
          'section',
          { class: 'banner', role: 'note', 'aria-label': 'Safeguarding' },
          h('h3', {}, reply.banner.title),
          reply.banner.lines.map((line) => h('p', {}, line)),
          reply.banner.clauses && reply.banner.clauses.length ? h('p', {}, 'See clause ' + reply.banner.clauses.join(', ') + '.') : null,
        ),
      );
    }
    article.append(h('p', { class: 'policy-name' }, reply.policy.name + (reply.tree ? ' · ' + reply.tree.title : '')));
    for (const notice of reply.notices || []) {
      article.append(
        h('p', { class: notice.kind === 'review-overdue' ? 'notice warn' : 'notice' }, notice.kind === 'review-overdue' ? h('strong', {}, 'Review overdue: ') : null, notice.text),
      );
    }
    if (reply.verdict) {
      article.append(
        h(
          'div',
          { class: 'verdict ' + reply.verdict.outcome },
          h('strong', {}, VERDICT_WORDS[reply.verdict.outcome] || reply.verdict.outcome),
          reply.verdict.text,
          reply.verdict.whom ? h('span', {}, ' Ask: ' + reply.verdict.whom + '.') : null,
        ),
      );
    }
    if (reply.text) article.append(h('p', { class: 'summary' }, reply.text));
    const choices = renderChoices(reply);
    if (choices) article.append(choices);
    if (reply.citations && reply.citations.length) {
      article.append(h('h3', { class: 'citations-title' }, 'What the policy says'), h('ol', { class: 'citations' }, reply.citations.map(renderCitation)));
    }
    const actions = h('div', { class: 'actions' });
    for (const action of reply.actions || []) {
      // "Share in channel" needs a channel: it belongs to Slack and Teams, not this page.
      if (action.type === 'escalate') actions.append(renderEscalate(action, reply, actions));
    }
    if (actions.childNodes.length) article.append(actions);
    return article;
  }

  function showReply(reply, focus) {
    const node = say(renderReply(reply));
    if (focus) node.focus();
  }

  async function ask(text) {
    const policy = $('school').value;
    youSaid(text);
    try {
      showReply(await api('/playground/api/ask', { policy, text }), false);
    } catch (err) {
      problem(err.message);
    }
  }

  async function simple(path) {
    try {
      showReply(await api(path, { policy: $('school').value }), true);
    } catch (err) {
      problem(err.message);
    }
  }

  function renderMine(items) {
    const list = $('mine');
    list.replaceChildren(
      ...items.map((item) =>
        h(
          'li',
          {},
          h('strong', {}, item.ref),
          h('span', { class: 'badge' }, STATE_WORDS[item.state] || item.state),
          h('p', {}, item.question),
          item.answer ? h('p', {}, h('strong', {}, 'Answer from ' + item.answer.by + ': '), item.answer.text) : h('p', { class: 'muted' }, 'Waiting for an answer.'),
        ),
      ),
    );
    $('mine-empty').hidden = items.length > 0;
  }

  async function refreshInbox() {
    let data;
    try {
      data = await api('/playground/api/inbox?conversation=' + encodeURIComponent(conversationId));
    } catch {
      return;
    }
    renderMine(data.escalations);
    for (const item of data.escalations.slice().reverse()) {
      if (!item.answer || seenAnswers.has(item.ref)) continue;
      seenAnswers.add(item.ref);
      // Answers that arrived while the page was closed are listed under "Your questions to SLT";
      // ones that arrive while it is open also appear in the conversation.
      if (!firstInbox) {
        say(h('div', { class: 'msg slt' }, h('span', { class: 'who' }, 'Answer from ' + item.answer.by + ' (' + item.ref + ')'), item.answer.text));
      }
    }
    firstInbox = false;
    try {
      localStorage.setItem('policybot.seenAnswers', JSON.stringify([...seenAnswers]));
    } catch {
      // Private browsing: answers may be shown again after a reload, which is harmless.
    }
  }

  async function startAskView() {
    $('ask-view').hidden = false;
    $('nav-ask').setAttribute('aria-current', 'page');
    try {
      const data = await api('/playground/api/schools');
      const select = $('school');
      select.replaceChildren(...data.schools.map((s) => h('option', { value: s.id }, s.name)));
      const saved = stored('policybot.school', () => data.default || (data.schools[0] && data.schools[0].id) || '');
      if (data.schools.some((s) => s.id === saved)) select.value = saved;
      select.addEventListener('change', () => {
        try {
          localStorage.setItem('policybot.school', select.value);
        } catch {
          // Not remembered: harmless.
        }
      });
    } catch (err) {
      problem(err.message);
    }
    $('ask-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const box = $('question');
      const text = box.value.trim();
      $('ask-error').textContent = '';
      if (!text) {
        $('ask-error').textContent = 'Type a question first.';
        box.focus();
        return;
      }
      box.value = '';
      ask(text);
    });
    $('question').addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' && !ev.shiftKey) {
        ev.preventDefault();
        $('ask-form').requestSubmit();
      }
    });
    $('topics').addEventListener('click', () => simple('/playground/api/topics'));
    $('help').addEventListener('click', () => simple('/playground/api/help'));
    await refreshInbox();
    setInterval(refreshInbox, 2000);
  }

  // ---------------------------------------------------------------- SLT view

  function sltStatus(text) {
    $('slt-status').textContent = text;
  }

  async function sltAct(path, body, done) {
    try {
      const result = await api(path, body);
      sltStatus(done(result.escalation));
    } catch (err) {
      sltStatus(err.message);
    }
    await refreshSlt();
  }

  function renderSltItem(e) {
    const fields = [
      ['School', e.school || e.policyId],
      ['Asked by', e.askedBy],
      ['Asked at', new Date(e.createdAt).toLocaleString('en-GB')],
      ['Note', e.note],
      ['Clauses shown', e.shownClauses.join(', ') || 'none'],
      ['Verdict shown', e.shownVerdict],
      ['Taken by', e.takenBy],
      ['Answer', e.answer],
      ['Answered by', e.answeredBy],
    ].filter(([, v]) => v);
    const row = h('div', { class: 'row' });
    if (e.state === 'open') {
      row.append(h('button', { type: 'button', onclick: () => sltAct('/playground/api/slt/take', { ref: e.ref }, (x) => x.ref + ' is now taken by you.') }, 'Take ' + e.ref));
    }
    let form = null;
    if (e.state === 'open' || e.state === 'taken') {
      const id = 'answer-' + e.ref;
      const box = h('textarea', { id, rows: 3, maxlength: 3000 });
      form = h(
        'form',
        { class: 'escalate-form' },
        h('label', { for: id }, 'Your answer to ' + e.askedBy),
        box,
        h('div', { class: 'row' }, h('button', { type: 'submit' }, 'Send answer')),
      );
      form.addEventListener('submit', (ev) => {
        ev.preventDefault();
        sltAct('/playground/api/slt/answer', { ref: e.ref, text: box.value }, (x) => 'Answer to ' + x.ref + ' sent.');
      });
    }
    if (e.state !== 'closed') {
      row.append(h('button', { type: 'button', class: 'secondary', onclick: () => sltAct('/playground/api/slt/close', { ref: e.ref }, (x) => x.ref + ' is closed.') }, 'Close ' + e.ref));
    }
    return h(
      'li',
      { class: 'slt-item', 'data-ref': e.ref },
      h(
        'h2',
        {},
        e.ref,
        h('span', { class: 'badge' }, STATE_WORDS[e.state] || e.state),
        e.urgent ? h('span', { class: 'badge urgent' }, e.safeguarding ? 'Urgent: safeguarding' : 'Urgent') : null,
      ),
      h('p', {}, e.question),
      h('dl', {}, fields.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      row,
      form,
    );
  }

  let sltSignature = '';
  async function refreshSlt() {
    let data;
    try {
      data = await api('/playground/api/slt/escalations');
    } catch (err) {
      sltStatus(err.message);
      return;
    }
    const all = $('slt-filter').value === 'all';
    const shown = data.escalations.filter((e) => all || e.state !== 'closed');
    // Redraw only when something changed, so a half-typed answer is not wiped by the poll.
    const signature = JSON.stringify([all, shown.map((e) => [e.ref, e.updatedAt])]);
    if (signature === sltSignature) return;
    sltSignature = signature;
    $('slt-list').replaceChildren(...shown.map(renderSltItem));
    $('slt-empty').hidden = shown.length > 0;
  }

  function startSltView() {
    $('slt-view').hidden = false;
    $('nav-slt').setAttribute('aria-current', 'page');
    $('slt-filter').addEventListener('change', refreshSlt);
    $('slt-refresh').addEventListener('click', refreshSlt);
    refreshSlt();
    setInterval(refreshSlt, 3000);
  }

  if (location.pathname === '/slt') startSltView();
  else startAskView();
})();
