// The room's phone page: join, follow the facilitator's step, send cards, dots and scores.
//
// Everything a person does goes into an outbox kept in the browser, and is
// sent in order with an id of its own; it leaves the outbox only when the
// laptop answers "received" (after the change is saved in the session file).
// A dropped connection loses nothing: the outbox is sent again when the
// laptop answers, and the id stops the laptop applying it twice.
// Text from people is always set as text, never as HTML.
"use strict";

(() => {
  const base = location.pathname.replace(/(\/j\/[^/]+\/).*$/, "$1");
  const store = "workshop:" + base;
  const $ = (id) => document.getElementById(id);
  // The session's language, from the page (see workshop/web/words.py): `_` for a message,
  // `ngettext` for one that counts; {name} marks what is filled in.
  const WORDS = JSON.parse($("words").textContent);
  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (whole, name) => name in values ? String(values[name]) : whole);
  const _ = (text, values = {}) => fill(WORDS.texts[text] ?? text, values);
  const ngettext = (one, many, count, values = {}) => {
    const forms = WORDS.plurals[one];
    const form = forms ? forms[count < forms.length ? count : 100 + (count % 100)] : (count === 1 ? one : many);
    return fill(form, { count, ...values });
  };
  let view = null;
  let mine = null;
  let viewAt = 0;
  let events = null;
  let retryMs = 1000;
  let offline = false;
  let gone = false;

  const load = (key, fallback) => {
    try { return JSON.parse(localStorage.getItem(store + key)) ?? fallback; } catch { return fallback; }
  };
  const save = (key, value) => {
    try { localStorage.setItem(store + key, JSON.stringify(value)); } catch { /* private mode: kept in memory */ }
  };
  let outbox = load(":outbox", []);

  const newId = () => {
    const bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  };

  // -- talking to the laptop --------------------------------------------------------------

  async function call(method, path, body) {
    const options = { method, credentials: "same-origin", headers: {} };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    // A request the Wi-Fi swallowed is given up, so what waits behind it is not stuck too.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), 10000);
    options.signal = abort.signal;
    try {
      const response = await fetch(base + path, options);
      const text = await response.text();
      let data = {};
      try { data = JSON.parse(text); } catch { /* a plain-text refusal */ }
      return { status: response.status, data };
    } finally {
      clearTimeout(timer);
    }
  }

  // Reading the state and sending changes take turns: a state read before a card was saved
  // must not arrive after the card's "received" and hide it again.
  let turn = Promise.resolve();
  function inTurn(work) {
    const run = turn.then(work);
    turn = run.catch(() => {});
    return run;
  }

  // One timer each for trying again, however many failures asked for one.
  const timers = new Map();
  function later(work, ms) {
    clearTimeout(timers.get(work));
    timers.set(work, setTimeout(work, ms));
  }

  function refresh() {
    return inTurn(readState);
  }

  async function readState() {
    if (gone) return;
    let answer;
    try { answer = await call("GET", "api/state"); } catch {
      setOffline(true);
      later(refresh, 3000);
      return;
    }
    if (answer.status === 401) { showJoin(); return; }
    if (answer.status === 404) { showGone(); return; }
    if (answer.status !== 200) {  // busy (429) or the laptop could not read the session: ask again
      later(refresh, 3000);
      return;
    }
    setOffline(false);
    take(answer.data.view, answer.data.mine);
    listen();
    flush();
  }

  function listen() {
    if (events || gone) return;
    events = new EventSource(base + "api/events");
    events.addEventListener("view", (event) => {
      setOffline(false);
      const next = JSON.parse(event.data);
      if (!view || next.step.index !== view.step.index) {
        refresh();  // a new step: this phone's own part of it too
      } else {
        take(next, mine);
        flush();
      }
    });
    events.addEventListener("gone", () => showGone());
    events.onerror = () => {
      setOffline(true);
      if (events && events.readyState === EventSource.CLOSED) {
        events = null;
        later(refresh, 3000);  // refused (not just dropped): find out why, then listen again
      }
    };
  }

  function flush() {
    return inTurn(sendOutbox);
  }

  async function sendOutbox() {
    while (outbox.length && !gone) {
      const change = outbox[0];
      let answer;
      try {
        answer = await call("POST", "api/send", change);
      } catch {
        setOffline(true);
        later(flush, retryMs);
        retryMs = Math.min(retryMs * 2, 10000);
        return;
      }
      if (answer.status === 429 || answer.status >= 500) {
        later(flush, 2000);
        return;
      }
      if (answer.status === 401) { showJoin(); return; }
      if (answer.status === 404) { showGone(); return; }
      retryMs = 1000;
      setOffline(false);
      outbox.shift();
      save(":outbox", outbox);
      if (answer.status === 200) {
        if (change.step === view?.step.index) mine = answer.data.mine;
        message("");
      } else {
        message(answer.data.error || _("That was not accepted."));
        if (change.kind === "card" && !$("card-text").value) {
          $("card-text").value = change.text;  // refused: give the words back
          saveDraft();
        }
      }
      render();
    }
  }

  function queue(change) {
    outbox.push({ id: newId(), step: view.step.index, ...change });
    save(":outbox", outbox);
    render();
    flush();
  }

  // -- what the page shows ------------------------------------------------------------------

  function take(nextView, nextMine) {
    view = nextView;
    mine = nextMine;
    viewAt = performance.now();
    if (!gone) show("step");
    render();
  }

  function show(section) {
    for (const id of ["join", "step", "gone"]) $(id).hidden = id !== section;
  }

  function showJoin() {
    if (events) { events.close(); events = null; }
    mine = null;  // not this room's phone any more: no name in the status line
    show("join");
    $("name").value = load(":name", "");
    setOffline(false);
  }

  function showGone() {
    gone = true;
    if (events) { events.close(); events = null; }
    show("gone");
    $("status").textContent = "";
  }

  function setOffline(value) {
    value = value || navigator.onLine === false;  // the phone knows it has no network: sends would fail
    const changed = offline !== value;
    offline = value;
    if (changed) render(); else status();  // cards waiting say "waiting" rather than "sending…"
  }

  function status() {
    const waiting = outbox.length;
    const el = $("status");
    if (gone) { el.textContent = ""; return; }
    el.classList.toggle("offline", offline);
    if (offline) {
      el.textContent = waiting ? ngettext("Offline · {count} waiting to send", "Offline · {count} waiting to send", waiting)
        : _("Offline · reconnecting");
    } else {
      el.textContent = waiting ? ngettext("Sending {count}…", "Sending {count}…", waiting) : (mine ? mine.label : "");
    }
  }

  function message(text) {
    $("message").textContent = text;
  }

  function render() {
    status();
    if (!view || gone) return;
    const step = view.step;
    $("session").textContent = view.session;
    document.title = step.title || _("Workshop");
    $("exercise").textContent = step.exercise;
    $("title").textContent = step.title;
    $("place").textContent = step.place || "";
    $("place").hidden = !step.place;
    shownPhase = -1;  // the phase is drawn again on the next tick
    if ($("prompt").dataset.html !== step.prompt_html) {
      $("prompt").replaceChildren(...promptNodes(step.prompt_html));
      $("prompt").dataset.html = step.prompt_html;
    }
    $("notes").hidden = step.kind !== "notes";
    $("vote").hidden = step.kind !== "vote";
    $("rating").hidden = step.kind !== "rating";
    $("questions").hidden = step.kind !== "questions";
    if (step.kind === "notes") renderNotes(step);
    if (step.kind === "vote") renderVote(step);
    if (step.kind === "rating") renderRating(step);
    if (step.kind === "questions") renderQuestions(step);
    tick();
  }

  // The trainer's prompt comes as HTML from the app's Markdown renderer (raw HTML escaped,
  // only http(s) and mail links). It is still copied element by element, keeping only the
  // tags Markdown makes and a link's address, and its words set as text.
  const PROMPT_TAGS = new Set(["P", "BR", "STRONG", "EM", "CODE", "PRE", "UL", "OL", "LI", "BLOCKQUOTE",
    "H1", "H2", "H3", "H4", "H5", "H6", "HR", "DEL", "S", "A", "SPAN",
    "TABLE", "THEAD", "TBODY", "TR", "TH", "TD"]);

  function promptNodes(html) {
    const parsed = new DOMParser().parseFromString(html, "text/html");
    return copyNodes(parsed.body.childNodes);
  }

  function copyNodes(nodes) {
    const copies = [];
    for (const node of nodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        copies.push(document.createTextNode(node.textContent));
      } else if (node.nodeType === Node.ELEMENT_NODE && !PROMPT_TAGS.has(node.tagName)) {
        copies.push(...copyNodes(node.childNodes));  // an unknown element: its words only
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const copy = document.createElement(node.tagName.toLowerCase());
        const href = node.getAttribute("href") || "";
        if (node.tagName === "A" && /^(https?:|mailto:)/i.test(href.trim())) {
          copy.href = href;
          copy.target = "_blank";  // the room's page stays open behind it
          copy.rel = "noopener noreferrer";
        }
        copy.append(...copyNodes(node.childNodes));
        copies.push(copy);
      }
    }
    return copies;
  }

  function pending(kind) {
    return outbox.filter((change) => change.kind === kind && change.step === view.step.index);
  }

  function renderNotes(step) {
    const select = $("card-column");
    const columns = step.columns || [];
    select.hidden = $("card-column-label").hidden = columns.length === 0;
    const wanted = columns.map((c) => c.key).join("\n");
    if (select.dataset.columns !== wanted) {
      select.replaceChildren(...columns.map((c) => new Option(c.label, c.key)));
      select.dataset.columns = wanted;
    }
    showColumnHint();
    const list = $("my-cards");
    const rows = [];
    for (const card of pending("card")) rows.push(cardRow(card.text, offline ? _("waiting") : _("sending…"), false));
    for (const card of [...(mine?.cards || [])].reverse()) rows.push(cardRow(card.text, _("✓ received"), true));
    list.replaceChildren(...rows);
    $("mine-heading").hidden = rows.length === 0;
  }

  // The trainer's line of help for the chosen column, under the choice.
  function showColumnHint() {
    const select = $("card-column");
    const column = ((view && view.step.columns) || []).find((c) => c.key === select.value);
    const hint = select.hidden || !column ? "" : column.hint || "";
    $("card-column-hint").textContent = hint;
    $("card-column-hint").hidden = !hint;
  }

  function cardRow(text, state, ok) {
    const li = document.createElement("li");
    const span = document.createElement("span");
    span.textContent = text;
    const mark = document.createElement("span");
    mark.className = ok ? "state ok" : "state";
    mark.textContent = state;
    li.append(span, mark);
    return li;
  }

  function dots() {
    const placed = { ...(mine?.dots || {}) };
    for (const change of pending("dots")) placed[change.target] = change.count;
    return placed;
  }

  function renderVote(step) {
    const placed = dots();
    const used = Object.values(placed).reduce((a, b) => a + b, 0);
    const left = Math.max(0, step.dots - used);
    $("dots-left").textContent = ngettext("{left} of {count} dot left", "{left} of {count} dots left", step.dots, { left });
    const rows = step.targets.map((target) => {
      const li = document.createElement("li");
      const count = placed[target.target] || 0;
      li.classList.toggle("has-dots", count > 0);
      if (target.title) {
        const title = document.createElement("p");
        title.className = "target-title";
        title.textContent = target.title;
        li.append(title);
      }
      const cards = document.createElement("p");
      cards.className = "target-cards";
      cards.textContent = target.cards.join("\n");
      li.append(cards);
      const name = target.title || target.cards[0] || "";
      const stepper = document.createElement("div");
      stepper.className = "stepper";
      const minus = button("−", _("Take a dot off {name}", { name }), count === 0, () =>
        queue({ kind: "dots", target: target.target, count: count - 1 }));
      const out = document.createElement("output");
      out.textContent = String(count);
      out.setAttribute("aria-label", `${count} of your dots on ${name}`);
      const plus = button("+", _("Put a dot on {name}", { name }), left === 0, () =>
        queue({ kind: "dots", target: target.target, count: count + 1 }));
      stepper.append(minus, out, plus);
      li.append(stepper);
      return li;
    });
    if (!rows.length) {
      const li = document.createElement("li");
      li.textContent = _("Nothing on the board to vote on yet.");
      rows.push(li);
    }
    $("targets").replaceChildren(...rows);
  }

  function renderRating(step) {
    $("rating-question").textContent = step.question || "";
    const scores = { ...(mine?.scores || {}) };
    for (const change of pending("score")) scores[String(change.item)] = change.value;
    const rows = step.items.map((item, index) => {
      const li = document.createElement("li");
      const name = document.createElement("p");
      name.className = "item-name";
      name.id = `item-${index}`;
      name.textContent = item;
      const scale = document.createElement("div");
      scale.className = "scale";
      scale.setAttribute("role", "group");
      scale.setAttribute("aria-labelledby", name.id);
      for (let value = step.scale.min; value <= step.scale.max; value++) {
        const chosen = scores[String(index)] === value;
        const b = button(String(value), _("{value} for {item}", { value, item }), false, () =>
          queue({ kind: "score", item: index, value: chosen ? null : value }));
        b.setAttribute("aria-pressed", chosen ? "true" : "false");
        scale.append(b);
      }
      li.append(name, scale);
      if (step.scale.low || step.scale.high) {
        const words = document.createElement("div");
        words.className = "scale-words";
        const low = document.createElement("span");
        low.textContent = step.scale.low;
        const high = document.createElement("span");
        high.textContent = step.scale.high;
        words.append(low, high);
        li.append(words);
      }
      return li;
    });
    $("items").replaceChildren(...rows);
  }

  // Questions: one answer per question from this phone (the group's answer is the
  // facilitator's). The fields are built once per step, so an update never takes away
  // what is being typed; what is typed is kept in the browser until it is sent.
  function renderQuestions(step) {
    const list = $("question-list");
    const key = `${step.index}\n${step.questions.join("\n")}`;
    if (list.dataset.key !== key) {
      list.dataset.key = key;
      list.replaceChildren(...step.questions.map((question, index) => questionRow(step, question, index)));
    }
    const answers = { ...(mine?.answers || {}) };
    const waiting = {};
    for (const change of pending("answer")) waiting[String(change.question)] = change.text;
    step.questions.forEach((_question, index) => {
      const field = $(`answer-${index}`);
      const mark = $(`answer-state-${index}`);
      if (!field || !mark) return;
      const typed = field.value.trim();
      const saved = answers[String(index)] ?? "";
      let state = "";
      let ok = false;
      if (String(index) in waiting) state = offline ? _("waiting") : _("sending…");
      else if (typed && typed === saved) { state = _("✓ received"); ok = true; }
      else if (saved && !typed) state = _("Empty: send to take your answer back");
      else if (saved) state = _("Changed: send again");
      mark.textContent = state;
      mark.className = ok ? "state ok" : "state";
    });
  }

  function questionRow(step, question, index) {
    const li = document.createElement("li");
    const label = document.createElement("label");
    label.htmlFor = `answer-${index}`;
    label.textContent = question;
    const field = document.createElement("textarea");
    field.id = `answer-${index}`;
    field.rows = 3;
    field.maxLength = 2000;  // what one request may carry, with room to spare
    const draftKey = `:answer:${step.index}:${index}`;
    field.value = load(draftKey, null) ?? (mine?.answers || {})[String(index)] ?? "";
    field.addEventListener("input", () => { save(draftKey, field.value); renderQuestions(view.step); });
    const row = document.createElement("div");
    row.className = "answer-row";
    const send = button(_("Send answer"), _("Send your answer to: {question}", { question }), false, () => {
      queue({ kind: "answer", question: index, text: field.value.trim() });
      try { localStorage.removeItem(store + draftKey); } catch { /* private mode */ }
    });
    const mark = document.createElement("span");
    mark.id = `answer-state-${index}`;
    mark.className = "state";
    mark.setAttribute("aria-live", "polite");
    row.append(send, mark);
    li.append(label, field, row);
    return li;
  }

  function button(text, label, disabled, action) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.setAttribute("aria-label", label);
    b.disabled = disabled;
    b.addEventListener("click", action);
    return b;
  }

  // The phase running now, from the phone's own countdown: the step's phases end at `ends` seconds.
  let shownPhase = -1;
  function showPhase(elapsed) {
    const phases = (view && view.step.phases) || [];
    $("phase").hidden = phases.length === 0;
    if (phases.length === 0) return;
    let index = phases.findIndex((phase) => elapsed < phase.ends);
    if (index < 0) index = phases.length - 1;
    if (index === shownPhase) return;
    shownPhase = index;
    const phase = phases[index];
    $("phase-title").textContent = _("{title} ({number} of {count})", { title: phase.title, number: index + 1, count: phases.length });
    $("phase-prompt").replaceChildren(...promptNodes(phase.prompt_html));
  }

  function tick() {
    if (!view) return;
    const timer = view.timer;
    let left = timer.remaining;
    if (timer.running) left -= (performance.now() - viewAt) / 1000;
    showPhase(timer.state === "idle" ? 0 : timer.duration - left);
    const el = $("timer");
    if (timer.state === "idle" && !timer.running) {
      el.textContent = clock(timer.duration);
    } else {
      el.textContent = left < 0 ? "+" + clock(-left) : clock(left);
    }
    el.classList.toggle("low", left < Math.min(60, timer.duration * 0.2));
    el.classList.toggle("paused", !timer.running);
    el.setAttribute("aria-label", `Time left ${el.textContent}${timer.running ? "" : ", paused"}`);
  }

  function clock(seconds) {
    const whole = Math.floor(seconds);
    const minutes = Math.floor(whole / 60);
    return `${minutes}:${String(whole % 60).padStart(2, "0")}`;
  }

  // -- what people do ------------------------------------------------------------------------

  function saveDraft() {
    save(":draft", $("card-text").value);
  }

  function sendCard() {
    const text = $("card-text").value.trim();
    if (!text) { message(_("Write an idea first.")); return; }
    message("");
    queue({ kind: "card", text, column: $("card-column").hidden ? "" : $("card-column").value });
    $("card-text").value = "";
    saveDraft();
    $("card-text").focus();
  }

  $("card-form").addEventListener("submit", (event) => { event.preventDefault(); sendCard(); });
  $("card-text").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); sendCard(); }
  });
  $("card-text").addEventListener("input", saveDraft);
  $("card-column").addEventListener("change", showColumnHint);
  $("card-text").value = load(":draft", "");

  $("join-form").addEventListener("submit", (event) => {
    event.preventDefault();
    inTurn(join);
  });

  async function join() {
    const name = $("name").value.trim();
    save(":name", name);
    let answer;
    try { answer = await call("POST", "api/join", { name }); } catch {
      $("join-error").textContent = _("The laptop cannot be reached. Check you are on the room's Wi-Fi.");
      return;
    }
    if (answer.status === 404) { showGone(); return; }
    if (answer.status !== 200) { $("join-error").textContent = answer.data.error || _("Joining failed."); return; }
    $("join-error").textContent = "";
    take(answer.data.view, answer.data.mine);
    listen();
    flush();
  }

  window.addEventListener("online", refresh);  // which sends what waits, too
  window.addEventListener("offline", () => setOffline(true));  // say so now, not at the next send
  setInterval(tick, 250);
  refresh();
})();
