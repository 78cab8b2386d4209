// newskg explorer. Every value from the store goes into the page with textContent, never innerHTML.
(function () {
  'use strict';
  const TONE_COLOURS = { cooperation: '#2e7d32', conflict: '#c62828', mixed: '#ef8f00', relation: '#90a4ae' };
  const QUADS = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
  const state = { actor: null, cy: null };
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'text') e.textContent = v;
      else if (k === 'onclick') e.addEventListener('click', v);
      else e.setAttribute(k, v);
    });
    children.flat().forEach((c) => e.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return e;
  }

  async function api(path, params) {
    const url = new URL(path, location.href);
    Object.entries(params || {}).forEach(([k, v]) => url.searchParams.set(k, v));
    const resp = await fetch(url);
    const body = await resp.json();
    if (!resp.ok) throw new Error(body.error || resp.statusText);
    return body;
  }

  function status(text) { $('status').textContent = text || ''; }

  // ---- tabs --------------------------------------------------------------------------------
  function show(page) {
    document.querySelectorAll('.page').forEach((p) => { p.hidden = p.id !== page; });
    document.querySelectorAll('.tab').forEach((t) => t.classList.toggle('active', t.dataset.tab === page));
    if (page === 'explore' && state.cy) state.cy.resize();
  }
  document.querySelectorAll('.tab').forEach((t) => t.addEventListener('click', () => show(t.dataset.tab)));

  // ---- search with suggestions -------------------------------------------------------------
  let searchTimer = null;
  $('search').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(suggest, 150);
  });
  $('search').addEventListener('keydown', (ev) => {
    const first = $('suggestions').querySelector('li');
    if (ev.key === 'Enter' && first) { ev.preventDefault(); first.click(); }
    if (ev.key === 'Escape') $('suggestions').replaceChildren();
  });

  async function suggest() {
    const q = $('search').value.trim();
    if (!q) { $('suggestions').replaceChildren(); return; }
    try {
      const actors = await api('api/actors', { q, limit: 10 });
      $('suggestions').replaceChildren(...actors.map((a) => el('li', {
        role: 'option', 'data-iri': a.iri,
        onclick: () => { $('suggestions').replaceChildren(); $('search').value = a.label; explore(a.iri); },
      }, el('span', { text: a.label }), ' ',
        el('span', { class: 'sub', text: [a.type, a.code].filter(Boolean).join(', ') +
          (a.aliases.length ? ' · ' + a.aliases.slice(0, 4).join(', ') : '') }))));
    } catch (e) { status(e.message); }
  }

  // ---- actor: card, network, timeline ------------------------------------------------------
  async function explore(iri) {
    status('loading…');
    try {
      const [card, nb, tl] = await Promise.all([
        api('api/actor', { name: iri }), api('api/neighbours', { actor: iri }), api('api/timeline', { actor: iri })]);
      state.actor = card;
      renderCard(card);
      renderNetwork(nb);
      renderNeighbours(nb);
      renderTimeline(tl);
      $('details').replaceChildren(el('p', { class: 'hint', text: 'Click an edge, a neighbour or an event for the sentences behind it.' }));
      status('');
    } catch (e) { status(e.message); }
  }

  function renderCard(a) {
    const rows = [['type', a.type], ['code', a.code], ['country', a.countryLabel],
      ['aliases', a.aliases.join(', ')], ['roles', a.roles.join('; ')],
      ['events', a.eventsAsSource + ' as source, ' + a.eventsAsTarget + ' as target; ' + a.relations + ' relations']];
    const dl = el('dl');
    rows.filter(([, v]) => v).forEach(([k, v]) => dl.append(el('dt', { text: k }), el('dd', { text: v })));
    if (a.wikidata) {
      dl.append(el('dt', { text: 'wikidata' }),
        el('dd', {}, el('a', { href: a.wikidata, target: '_blank', rel: 'noopener noreferrer', text: a.wikidata })));
    }
    $('card').replaceChildren(el('h2', { text: a.label }), dl);
    $('card').hidden = false;
  }

  function renderNetwork(nb) {
    const centre = nb.actor;
    const max = Math.max(1, ...nb.neighbours.map((n) => n.events + n.relations));
    const elements = [{ data: { id: centre.iri, label: centre.label, centre: 1 } }];
    nb.neighbours.forEach((n, i) => {
      elements.push({ data: { id: n.iri, label: n.label } });
      elements.push({ data: { id: 'e' + i, source: centre.iri, target: n.iri, other: n.iri, otherLabel: n.label,
        weight: n.events + n.relations, tone: n.tone, colour: TONE_COLOURS[n.tone] } });
    });
    if (state.cy) state.cy.destroy();
    state.cy = cytoscape({
      container: $('graph'), elements, wheelSensitivity: 0.3,
      layout: { name: 'concentric', concentric: (n) => (n.data('centre') ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 70, animate: false },
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 120, 'background-color': '#5c7c99', width: 18, height: 18, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#1d2733' } },
        { selector: 'node[centre]', style: { 'background-color': '#1f3447', width: 30, height: 30, 'font-weight': 'bold', 'font-size': 13 } },
        { selector: 'edge', style: { 'line-color': 'data(colour)', width: `mapData(weight, 1, ${max}, 2, 12)`, 'curve-style': 'bezier', opacity: 0.85 } },
        { selector: 'edge:selected', style: { opacity: 1, 'overlay-opacity': 0.15, 'overlay-color': '#000' } },
      ],
    });
    state.cy.on('tap', 'edge', (ev) => showBetween(centre.iri, ev.target.data('other')));
    state.cy.on('tap', 'node', (ev) => { if (!ev.target.data('centre')) showBetween(centre.iri, ev.target.id()); });
    state.cy.on('dbltap', 'node', (ev) => { if (!ev.target.data('centre')) explore(ev.target.id()); });
    window.newskg = { cy: state.cy };
  }

  function renderNeighbours(nb) {
    $('neighbours').tBodies[0].replaceChildren(...nb.neighbours.map((n) => el('tr', {
      'data-iri': n.iri, onclick: () => showBetween(nb.actor.iri, n.iri),
    }, el('td', { text: n.label }), el('td', { text: n.events }), el('td', { text: n.relations }),
      el('td', { class: 'tone-' + n.tone, text: n.tone }))));
  }

  function renderTimeline(tl) {
    $('timeline').replaceChildren(...tl.events.map((l) => el('li', {
      class: 'q' + l.quadClass, onclick: () => showLinks(describe(l), [l]),
    }, el('span', { class: 'date', text: l.date }), summary(l))));
  }

  function describe(l) { return (l.fromLabel || '?') + ' → ' + (l.toLabel || '?'); }

  function summary(l) {
    // a domestic dyad (one country on both sides): its codes tell the sides apart
    const own = l.from && l.from === l.to;
    const side = (label, code) => (label || '?') + (own && code ? ' (' + code + ')' : '');
    return side(l.fromLabel, l.fromCode) + ' —[' + l.code + (l.label ? ' ' + l.label : '') + ']→ '
      + side(l.toLabel, l.toCode);
  }

  // ---- sentences behind links --------------------------------------------------------------
  async function showBetween(a, b) {
    try {
      const r = await api('api/between', { a, b });
      showLinks(r.from.label + ' ↔ ' + r.to.label, r.links);
    } catch (e) { status(e.message); }
  }

  function showLinks(title, links) {
    const items = links.map((l) => el('div', { class: 'link' },
      el('div', { class: 'what' }, el('span', { class: 'date', text: l.date + ' ' }), summary(l),
        l.quadClass ? el('span', { class: 'flag', text: QUADS[l.quadClass] }) : '',
        ...l.flags.map((f) => el('span', { class: 'flag', text: f }))),
      el('p', { class: 'sentence' }, highlighted(l.sentence, l.highlights)),
      el('a', { href: '#article', class: 'article-link', 'data-article': l.article,
        onclick: (ev) => { ev.preventDefault(); showArticle(l.article); }, text: 'full article: ' + l.article })));
    $('details').replaceChildren(el('h3', { text: title + ' (' + links.length + ')' }), ...items);
  }

  function highlighted(sentence, spans) {
    const parts = [];
    let at = 0;
    [...(spans || [])].sort((x, y) => x.begin - y.begin).forEach((s) => {
      if (s.begin < at || s.end > sentence.length) return;
      parts.push(sentence.slice(at, s.begin));
      parts.push(el('mark', { class: s.role, title: s.role, text: sentence.slice(s.begin, s.end) }));
      at = s.end;
    });
    parts.push(sentence.slice(at));
    return parts;
  }

  async function showArticle(id) {
    try {
      const a = await api('api/article', { id });
      $('article-headline').textContent = a.headline || a.id;
      $('article-meta').textContent = [a.date, a.id].filter(Boolean).join(' · ');
      $('article-text').textContent = a.text;
      show('article');
    } catch (e) { status(e.message); }
  }
  $('article-back').addEventListener('click', () => show('explore'));

  // ---- paths -------------------------------------------------------------------------------
  $('path-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const c = await api('api/path', { a: $('path-a').value, b: $('path-b').value, maxHops: $('path-hops').value });
      const direct = c.events.length + c.relations.length;
      $('path-result').replaceChildren(
        el('h3', { text: c.from.label + ' and ' + c.to.label }),
        el('p', { text: direct + ' direct events and relations' }),
        el('h3', { text: 'Paths through other actors (' + c.paths.length + ')' }),
        el('ol', {}, ...c.paths.map((p) => el('li', { text: p.text }))));
    } catch (e) { $('path-result').replaceChildren(el('p', { class: 'error', text: e.message })); }
  });

  // ---- SPARQL page -------------------------------------------------------------------------
  const endpoint = new URL('newskg/sparql', location.href).href;
  $('endpoint').textContent = endpoint;
  let examples = [];
  api('api/queries').then((qs) => {
    examples = qs;
    $('examples').replaceChildren(...qs.map((q, i) => el('option', { value: i, text: q.name })));
    pickExample(0);
  }).catch((e) => status(e.message));
  $('examples').addEventListener('change', () => pickExample($('examples').value));
  function pickExample(i) {
    if (!examples[i]) return;
    $('query').value = examples[i].text.replace(/^#.*\n/gm, (line) => (line.startsWith('# @param') ? '' : line));
    $('example-description').textContent = examples[i].description;
  }

  $('run').addEventListener('click', async () => {
    $('query-status').textContent = 'running…';
    try {
      const resp = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json, text/turtle;q=0.9' },
        body: $('query').value,
      });
      const text = await resp.text();
      if (!resp.ok) throw new Error(text);
      const ct = resp.headers.get('Content-Type') || '';
      $('results').replaceChildren(ct.includes('json') ? resultTable(JSON.parse(text)) : el('pre', { text }));
      $('query-status').textContent = '';
    } catch (e) {
      $('query-status').textContent = '';
      $('results').replaceChildren(el('pre', { class: 'error', text: e.message }));
    }
  });

  function resultTable(r) {
    if (r.boolean !== undefined) return el('p', { text: String(r.boolean) });
    const vars = r.head.vars;
    return el('table', { class: 'list' },
      el('thead', {}, el('tr', {}, ...vars.map((v) => el('th', { text: v })))),
      el('tbody', {}, ...r.results.bindings.map((b) => el('tr', {},
        ...vars.map((v) => el('td', { text: b[v] ? b[v].value : '' }))))));
  }
}());
