// Atalaya's map page: the stored events on Mexico's states, a timeline that
// replays them hour by hour, filters, a panel with an event's reports and
// evidence, counts by state and type, and live updates from /api/stream.
//
// Report text is hostile: the DOM is built with createElement and
// textContent only, and a link is made only of an http(s) URL.
'use strict';

(() => {
  const TYPES = ['blockade', 'arson', 'business_attack', 'armed_clash', 'armed_attack', 'homicide',
    'kidnapping', 'explosive', 'intimidation', 'security_operation', 'disruption', 'advisory', 'policy'];
  const HOUR = 3600 * 1000;
  const PAGE = 1000; // events per request
  const MAX_EVENTS = 20000; // events loaded at most
  const TICK = 200; // ms per replayed hour
  const TZ = 'America/Mexico_City';

  const I18N = {
    es: {
      type: 'Tipo', state: 'Estado', minSources: 'Fuentes mín.', search: 'Buscar', all: 'Todos',
      play: '▶ Reproducir', pause: '⏸ Pausa', step: 'Paso', untimed: 'Eventos sin fecha',
      liveTitle: 'Actualización en vivo', loading: 'Cargando…', loadError: 'No se pudieron cargar los eventos',
      status: (n, shown, noPlace) => `${n} ${pl(n, 'evento', 'eventos')} · ${shown} en el mapa` + (noPlace ? ` · ${noPlace} sin lugar` : ''),
      more: 'hay más: se muestran los primeros',
      since: (d, n) => `(desde el ${d}; ${n} en total)`, noEvents: 'Sin eventos', time: 'Momento', place: 'Lugar',
      toll: 'Saldo', severity: 'Gravedad', sources: 'Fuentes', confidence: 'Confianza', unknown: 'desconocido',
      killed: ['muerto', 'muertos'], injured: ['herido', 'heridos'], detained: ['detenido', 'detenidos'],
      kidnapped: ['secuestrado', 'secuestrados'], atLeast: 'al menos',
      noToll: 'sin cifras', independent: (s, r) => `${s} ${pl(s, 'independiente', 'independientes')}, ${r} ${pl(r, 'informe', 'informes')}`,
      contradictions: 'Contradicciones', reports: 'Informes y evidencia', noEvidence: 'sin evidencia en este informe',
      byState: 'Eventos por estado', byType: 'Eventos por tipo', close: 'Cerrar', open: 'abrir fuente',
      reportsN: (n) => `${n} ${pl(n, 'informe', 'informes')}`, precision: { minute: 'minuto', hour: 'hora', day: 'día', week: 'semana', month: 'mes', year: 'año' },
      kinds: { news: 'noticia', transcript: 'transcripción', official: 'oficial', alert_feed: 'alerta' },
      fields: { killed: 'muertos', injured: 'heridos', detained: 'detenidos', kidnapped: 'secuestrados', state: 'estado',
        municipality: 'municipio', type: 'tipo', occurred: 'ocurrió', time: 'momento' },
      geo: { 1: 'punto o localidad', 2: 'municipio', 3: 'estado', 4: 'país' },
      priorOnly: 'supuesto por la sede del medio, ningún informe lo dice', panelError: 'No se pudo cargar el evento',
      tokenAsk: 'Este servidor pide un token para leer.', tokenWrong: 'El token no es válido. Pruebe otro.',
      tokenLabel: 'Token de lectura', tokenSubmit: 'Entrar',
      tokenNote: 'Se guarda solo en esta pestaña y se envía en una cabecera, nunca en la dirección.',
      merged: 'Este evento se fusionó con otro.',
      actors: 'Actores', roles: { perpetrator: 'autor', target: 'blanco', supporter: 'apoyo' },
      legend: 'Leyenda', legendNote: 'Tamaño: gravedad y fuentes. Borde punteado: sin fecha.',
      typeNames: {
        blockade: 'Bloqueo', arson: 'Incendio', business_attack: 'Ataque a negocio', armed_clash: 'Enfrentamiento',
        armed_attack: 'Ataque armado', homicide: 'Homicidio', kidnapping: 'Secuestro', explosive: 'Explosivo',
        intimidation: 'Intimidación', security_operation: 'Operativo', disruption: 'Afectación',
        advisory: 'Alerta', policy: 'Política',
      },
    },
    en: {
      type: 'Type', state: 'State', minSources: 'Min. sources', search: 'Search', all: 'All',
      play: '▶ Play', pause: '⏸ Pause', step: 'Step', untimed: 'Events without a date',
      liveTitle: 'Live updates', loading: 'Loading…', loadError: 'Could not load the events',
      status: (n, shown, noPlace) => `${n} ${pl(n, 'event', 'events')} · ${shown} on the map` + (noPlace ? ` · ${noPlace} without a place` : ''),
      more: 'more exist: showing the first',
      since: (d, n) => `(since ${d}; ${n} in all)`, noEvents: 'No events', time: 'Time', place: 'Place',
      toll: 'Toll', severity: 'Severity', sources: 'Sources', confidence: 'Confidence', unknown: 'unknown',
      killed: ['killed', 'killed'], injured: ['injured', 'injured'], detained: ['detained', 'detained'],
      kidnapped: ['kidnapped', 'kidnapped'], atLeast: 'at least',
      noToll: 'no figures', independent: (s, r) => `${s} independent, ${r} ${pl(r, 'report', 'reports')}`,
      contradictions: 'Contradictions', reports: 'Reports and evidence', noEvidence: 'no evidence in this report',
      byState: 'Events by state', byType: 'Events by type', close: 'Close', open: 'open source',
      reportsN: (n) => `${n} ${pl(n, 'report', 'reports')}`, precision: { minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year' },
      kinds: { news: 'news', transcript: 'transcript', official: 'official', alert_feed: 'alert feed' },
      fields: { killed: 'killed', injured: 'injured', detained: 'detained', kidnapped: 'kidnapped', state: 'state',
        municipality: 'municipality', type: 'type', occurred: 'occurred', time: 'time' },
      geo: { 1: 'point or locality', 2: 'municipality', 3: 'state', 4: 'country' },
      priorOnly: "assumed from the outlet's home, no report states it", panelError: 'Could not load the event',
      tokenAsk: 'This server asks for a token to read.', tokenWrong: 'That token is not valid. Try another.',
      tokenLabel: 'Read token', tokenSubmit: 'Enter',
      tokenNote: 'It is kept in this tab only and sent in a header, never in the address.',
      merged: 'This event was merged into another.',
      actors: 'Actors', roles: { perpetrator: 'perpetrator', target: 'target', supporter: 'supporter' },
      legend: 'Legend', legendNote: 'Size: severity and sources. Dashed border: no date.',
      typeNames: {
        blockade: 'Blockade', arson: 'Arson', business_attack: 'Attack on a business', armed_clash: 'Armed clash',
        armed_attack: 'Armed attack', homicide: 'Homicide', kidnapping: 'Kidnapping', explosive: 'Explosive',
        intimidation: 'Intimidation', security_operation: 'Security operation', disruption: 'Disruption',
        advisory: 'Advisory', policy: 'Policy',
      },
    },
  };

  let lang = localStorage.getItem('atalaya.lang') ||
    ((navigator.language || 'es').toLowerCase().startsWith('es') ? 'es' : 'en');
  const t = (k) => I18N[lang][k];
  // pl chooses the singular or the plural form for n in the page's
  // language.
  const pl = (n, one, other) => (new Intl.PluralRules(lang).select(n) === 'one' ? one : other);
  const typeName = (ty) => I18N[lang].typeNames[ty] || ty || t('unknown');

  // el builds an element; children that are strings become text nodes.
  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === undefined || v === null) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (k in e && typeof v !== 'string') e[k] = v;
      else e.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : String(c));
    }
    return e;
  }
  const $ = (id) => document.getElementById(id);

  // safeURL returns u when it is an absolute http or https URL, else null.
  function safeURL(u) {
    if (typeof u !== 'string' || u === '') return null;
    try {
      const p = new URL(u);
      return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : null;
    } catch {
      return null;
    }
  }

  // --- reading with a token ------------------------------------------------

  // With `serve --read-token` every request to the API needs the bearer
  // token. The page asks for it once (a form, not the URL), keeps it in
  // sessionStorage (this tab only, gone when it closes) and sends it in the
  // Authorization header, so that it is in no address, history or log.
  const TOKEN_KEY = 'atalaya.token';
  let token = sessionStorage.getItem(TOKEN_KEY) || '';
  let asking = null; // the promise of the open token form

  const authHeaders = (h) => (token ? Object.assign(h || {}, { Authorization: 'Bearer ' + token }) : (h || {}));

  // askToken shows the token form and resolves when a token is entered;
  // callers that ask while it is open wait for the same one. used is the
  // token the refused request carried: a refusal of a token already
  // replaced (a request sent before the form was answered) only retries.
  function askToken(used) {
    if (asking) return asking;
    if (used !== token) return Promise.resolve();
    const wrong = token !== '';
    token = '';
    sessionStorage.removeItem(TOKEN_KEY);
    asking = new Promise((resolve) => {
      const form = $('auth');
      const input = $('auth-token');
      $('auth-msg').textContent = t(wrong ? 'tokenWrong' : 'tokenAsk');
      $('auth-msg').classList.toggle('error', wrong);
      input.value = '';
      form.hidden = false;
      setStatus(t('tokenLabel') + '…');
      input.focus();
      form.onsubmit = (ev) => {
        ev.preventDefault();
        const v = input.value.trim();
        if (!v) return;
        token = v;
        sessionStorage.setItem(TOKEN_KEY, v);
        form.hidden = true;
        form.onsubmit = null;
        asking = null;
        resolve();
      };
    });
    return asking;
  }

  // api fetches a path of the API with the token, asking for one while the
  // server answers 401.
  async function api(path) {
    for (;;) {
      const used = token;
      const res = await fetch(path, { headers: authHeaders(), cache: 'no-store' });
      if (res.status !== 401) return res;
      await askToken(used);
    }
  }

  // The page's state.
  const events = new Map(); // id -> event
  const markers = new Map(); // id -> L.Marker
  const shown = new Set(); // ids whose marker is in the cluster group
  const stateNames = new Map(); // code -> name
  let tMin = null, tMax = null; // hour-aligned ms
  let following = true; // the slider stays at the end as events arrive
  let playing = null;
  let selected = null;
  let selectedData = null;
  let truncated = false;
  let truncatedSince = null; // {day, total} when only the latest events are loaded
  let loadSeq = 0;
  let sawEventMessages = false;
  let loadError = false;
  let opened = false; // whether the address's event was opened

  const map = L.map('map', { zoomSnap: 0.25, minZoom: 4, maxZoom: 13, worldCopyJump: false, preferCanvas: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth · GeoNames');
  map.fitBounds([[14.5, -118.4], [32.7, -86.7]]);
  const cluster = L.markerClusterGroup({
    maxClusterRadius: 36, disableClusteringAtZoom: 9, showCoverageOnHover: false, chunkedLoading: true,
  });
  map.addLayer(cluster);

  // The legend: the colours of the types and what a marker's size and
  // dashed border mean; folded at first on small screens.
  const legend = L.control({ position: 'bottomleft' });
  legend.onAdd = () => {
    const d = el('details', { class: 'legend', id: 'legend' });
    d.open = window.matchMedia('(min-width: 761px)').matches;
    L.DomEvent.disableClickPropagation(d);
    L.DomEvent.disableScrollPropagation(d);
    return d;
  };
  legend.addTo(map);

  function renderLegend() {
    $('legend').replaceChildren(el('summary', { text: t('legend') }),
      el('ul', {}, ...TYPES.map((ty) => el('li', {}, el('span', { class: 'swatch t-' + ty }), typeName(ty)))),
      el('p', { class: 'muted', text: t('legendNote') }));
  }

  // --- states -------------------------------------------------------------

  async function loadStates() {
    const res = await fetch('/states.geojson');
    if (!res.ok) throw new Error('states: ' + res.status);
    const fc = await res.json();
    const layer = L.geoJSON(fc, {
      className: 'state',
      interactive: true,
      onEachFeature: (f, l) => {
        stateNames.set(f.properties.code, f.properties.name);
        l.bindTooltip(el('span', { text: f.properties.name }), { sticky: true, direction: 'top' });
      },
    }).addTo(map);
    layer.bringToBack();
    fillStateSelect();
    render(); // the chart names the states now
  }

  function fillStateSelect() {
    const sel = $('f-state');
    const cur = sel.value;
    sel.replaceChildren(el('option', { value: '', text: t('all') }));
    [...stateNames.entries()].sort((a, b) => a[1].localeCompare(b[1], 'es'))
      .forEach(([code, name]) => sel.append(el('option', { value: code, text: name })));
    sel.value = cur;
  }

  function fillTypeSelect() {
    const sel = $('f-type');
    const cur = sel.value;
    sel.replaceChildren(el('option', { value: '', text: t('all') }));
    TYPES.map((ty) => [ty, typeName(ty)]).sort((a, b) => a[1].localeCompare(b[1], lang))
      .forEach(([ty, name]) => sel.append(el('option', { value: ty, text: name })));
    sel.value = cur;
  }

  // --- events -------------------------------------------------------------

  function filters() {
    return {
      type: $('f-type').value,
      state: $('f-state').value,
      min_sources: Math.max(1, parseInt($('f-sources').value, 10) || 1),
      q: $('f-q').value.trim(),
    };
  }

  function query(f) {
    const p = new URLSearchParams();
    if (f.type) p.set('type', f.type);
    if (f.state) p.set('state', f.state);
    if (f.min_sources > 1) p.set('min_sources', String(f.min_sources));
    if (f.q) p.set('q', f.q);
    p.set('limit', String(PAGE));
    return p;
  }

  // passes tells whether e meets the filters the page can check itself (all
  // but the text search, which only the server can).
  function passes(e, f) {
    return (!f.type || e.type === f.type) && (!f.state || e.state_code === f.state) &&
      (e.sources || 0) >= f.min_sources;
  }

  // sinceDay returns the first day to load so that at most MAX_EVENTS
  // events, the latest ones, are loaded; null when all of them fit. It asks
  // /api/stats for the events' counts by day.
  async function sinceDay(f) {
    const p = query(f);
    p.delete('limit');
    p.set('of', 'events');
    const res = await api('/api/stats?' + p);
    if (!res.ok) return null;
    const st = await res.json();
    if (!(st.total > MAX_EVENTS) || !Array.isArray(st.by_day) || !st.by_day.length) return null;
    let n = 0;
    let day = st.by_day[st.by_day.length - 1].day;
    for (let i = st.by_day.length - 1; i >= 0; i--) {
      n += st.by_day[i].count;
      if (n > MAX_EVENTS) break;
      day = st.by_day[i].day;
    }
    return { day, total: st.total };
  }

  async function loadEvents() {
    const seq = ++loadSeq;
    setStatus(t('loading'));
    const got = [];
    let cursor = null;
    let more = false;
    try {
      const f = filters();
      const since = await sinceDay(f).catch(() => null);
      truncatedSince = since;
      do {
        const p = query(f);
        if (since) p.set('since', since.day);
        if (cursor) p.set('cursor', cursor);
        const res = await api('/api/events?' + p);
        if (!res.ok) throw new Error('events: ' + res.status);
        const body = await res.json();
        got.push(...(body.events || []));
        setStatus(t('loading') + ' ' + got.length);
        cursor = body.next_cursor || null;
        more = cursor !== null && got.length >= MAX_EVENTS;
      } while (cursor && !more && seq === loadSeq);
    } catch (err) {
      if (seq !== loadSeq) return;
      loadError = true;
      setStatus(t('loadError'), true);
      console.warn(err);
      return;
    }
    if (seq !== loadSeq) return; // a newer load started
    loadError = false;
    truncated = more;
    events.clear();
    for (const e of got) events.set(e.id, e);
    rebuildMarkers();
    updateBounds();
    render();
    document.body.dataset.ready = '1';
    if (!opened) { opened = true; fromHash(); }
  }

  const evTime = (e) => (e.time_start ? Date.parse(e.time_start) : NaN);

  function markerFor(e) {
    const sev = Math.min(4, Math.max(1, e.severity || 1));
    const src = Math.min(6, Math.max(1, e.sources || 1));
    const d = 10 + 4 * sev + 3 * (src - 1);
    const untimed = Number.isNaN(evTime(e));
    const icon = L.divIcon({
      className: 'ev t-' + (TYPES.includes(e.type) ? e.type : 'unknown') + (untimed ? ' untimed' : '') +
        (e.id === selected ? ' selected' : ''),
      iconSize: [d, d], html: '',
    });
    const place = [e.place || e.municipality, e.state].filter(Boolean).join(', ');
    const m = L.marker([e.lat, e.lon], { icon, title: typeName(e.type) + (place ? ' — ' + place : ''), keyboard: true, riseOnHover: true });
    m.on('click', () => select(e.id));
    m.on('add', () => { const n = m.getElement(); if (n) n.dataset.id = e.id; });
    return m;
  }

  const placed = (e) => typeof e.lat === 'number' && typeof e.lon === 'number';

  function rebuildMarkers() {
    cluster.clearLayers();
    shown.clear();
    markers.clear();
    for (const e of events.values()) if (placed(e)) markers.set(e.id, markerFor(e));
  }

  function updateBounds() {
    let lo = Infinity, hi = -Infinity;
    for (const e of events.values()) {
      const s = evTime(e);
      if (Number.isNaN(s)) continue;
      lo = Math.min(lo, s);
      hi = Math.max(hi, s);
    }
    const slider = $('time');
    const cur = current();
    if (lo === Infinity) {
      tMin = tMax = null;
      slider.max = '0';
      slider.value = '0';
      slider.disabled = true;
      return;
    }
    tMin = Math.floor(lo / HOUR) * HOUR;
    tMax = Math.floor(hi / HOUR) * HOUR;
    slider.disabled = false;
    slider.max = String(Math.round((tMax - tMin) / HOUR));
    if (following || cur === null) slider.value = slider.max;
    else slider.value = String(Math.max(0, Math.min(+slider.max, Math.round((cur - tMin) / HOUR))));
  }

  // current returns the start of the slider's hour in ms, or null with no
  // timed event.
  function current() {
    if (tMin === null) return null;
    return tMin + Number($('time').value) * HOUR;
  }

  // visible tells whether e is on the map at the slider's hour: a timed
  // event from the hour it starts in on; an event without a time when the
  // box says so.
  function visible(e, now) {
    const s = evTime(e);
    if (Number.isNaN(s)) return $('untimed').checked;
    return now === null || s < now + HOUR;
  }

  function render() {
    const now = current();
    const add = [], remove = [];
    let noPlace = 0;
    const vis = [];
    for (const e of events.values()) {
      const v = visible(e, now);
      if (v) vis.push(e);
      if (!placed(e)) { if (v) noPlace++; continue; }
      const m = markers.get(e.id);
      if (v && !shown.has(e.id)) { add.push(m); shown.add(e.id); }
      if (!v && shown.has(e.id)) { remove.push(m); shown.delete(e.id); }
    }
    for (const id of [...shown]) {
      if (!events.has(id)) shown.delete(id);
    }
    if (remove.length > 500) {
      // Removing many markers one by one from the clusters is slow:
      // rebuilding them from the visible ones is faster.
      cluster.clearLayers();
      cluster.addLayers([...shown].map((id) => markers.get(id)).filter(Boolean));
    } else {
      if (remove.length) cluster.removeLayers(remove);
      if (add.length) cluster.addLayers(add);
    }
    document.body.dataset.shown = String(shown.size);
    document.body.dataset.loaded = String(events.size);
    if (!loadError && !asking) {
      setStatus(t('status')(events.size, shown.size, noPlace) +
        (truncatedSince ? ' ' + t('since')(truncatedSince.day, truncatedSince.total) : '') +
        (truncated ? ` (${t('more')} ${events.size})` : ''));
    }
    $('timelabel').value = now === null ? '—' : fmtTime(new Date(now));
    renderChart(vis);
  }

  function setStatus(text, error) {
    const s = $('status');
    s.textContent = text;
    s.classList.toggle('error', !!error);
  }

  function fmtTime(d) {
    return new Intl.DateTimeFormat(lang === 'es' ? 'es-MX' : 'en-US', { timeZone: TZ, dateStyle: 'medium', timeStyle: 'short' }).format(d);
  }

  // --- live updates -------------------------------------------------------

  let reloadTimer = null;
  let lateTimer = null;
  function scheduleReload(ms) {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(loadEvents, ms);
  }

  function upsert(e) {
    if (!e || typeof e.id !== 'string') return;
    const f = filters();
    if (f.q) { scheduleReload(500); return; }
    const old = markers.get(e.id);
    if (old) {
      if (shown.has(e.id)) cluster.removeLayer(old);
      shown.delete(e.id);
      markers.delete(e.id);
    }
    if (passes(e, f)) {
      events.set(e.id, e);
      if (placed(e)) markers.set(e.id, markerFor(e));
    } else {
      events.delete(e.id);
    }
    updateBounds();
    render();
    if (selected === e.id) select(e.id);
  }

  // removeEvent drops an event that fusion removed. When its panel is
  // open, the event that took its incidents (sent before the removal) is
  // opened instead.
  function removeEvent(id) {
    if (typeof id !== 'string') return;
    const gone = events.get(id) || (selected === id && selectedData ? selectedData.event : null);
    const m = markers.get(id);
    if (m) {
      if (shown.has(id)) cluster.removeLayer(m);
      shown.delete(id);
      markers.delete(id);
    }
    const had = events.delete(id);
    if (had) { updateBounds(); render(); }
    if (selected !== id) return;
    const mine = new Set((gone && gone.incident_ids) || []);
    const into = [...events.values()].find((e) => (e.incident_ids || []).some((x) => mine.has(x)));
    if (into) {
      select(into.id);
    } else {
      closePanel();
      setStatus(t('merged'));
    }
  }

  // dispatch handles a message of the stream.
  function dispatch(name, data) {
    if (name === 'event' || name === 'removed') {
      sawEventMessages = true;
      document.body.dataset.streamed = String(+(document.body.dataset.streamed || 0) + 1);
      try {
        const d = JSON.parse(data);
        if (name === 'event') upsert(d); else removeEvent(d && d.id);
      } catch (err) { console.warn(err); }
      return;
    }
    // Incidents are fused into events on the server; if it sends no event
    // messages, the page reloads the events shortly after new incidents.
    // Fusion can finish after the incident is announced: look once more
    // a few seconds later.
    if (name === 'incident' && !sawEventMessages) {
      scheduleReload(1500);
      clearTimeout(lateTimer);
      lateTimer = setTimeout(() => scheduleReload(0), 6000);
    }
  }

  // connect reads /api/stream for as long as the page is open. It uses
  // fetch rather than EventSource, which cannot send the token's header,
  // and resumes after the last message with Last-Event-ID when it
  // reconnects.
  async function connect() {
    const live = $('live');
    let lastId = '';
    let retry = 3000;
    for (;;) {
      try {
        const used = token;
        const headers = authHeaders({ Accept: 'text/event-stream' });
        if (lastId) headers['Last-Event-ID'] = lastId;
        const res = await fetch('/api/stream', { headers, cache: 'no-store' });
        if (res.status === 401) { live.classList.remove('on'); await askToken(used); continue; }
        if (!res.ok || !res.body) throw new Error('stream: ' + res.status);
        live.classList.add('on');
        const feed = window.atalayaSSE((name, data, id) => {
          if (id !== null) lastId = id;
          dispatch(name, data);
        }, (ms) => { retry = ms; });
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          feed(value);
        }
      } catch (err) {
        // A dropped connection: retried below.
      }
      live.classList.remove('on');
      await new Promise((r) => setTimeout(r, retry));
    }
  }

  // --- timeline -----------------------------------------------------------

  function stop() {
    clearInterval(playing);
    playing = null;
    $('play').textContent = t('play');
  }

  function play() {
    if (playing) { stop(); return; }
    const s = $('time');
    if (s.disabled) return;
    if (+s.value >= +s.max) s.value = '0';
    following = false;
    $('play').textContent = t('pause');
    playing = setInterval(() => {
      if (+s.value >= +s.max) { following = true; stop(); return; }
      s.value = String(Math.min(+s.max, +s.value + (+$('step').value || 1)));
      render();
    }, TICK);
    render();
  }

  // --- panel --------------------------------------------------------------

  // fromHash opens the event the address names (#event=ID: a link to it)
  // and zooms the map to its marker.
  function fromHash() {
    const m = /^#event=(.+)$/.exec(location.hash);
    if (!m) return;
    let id;
    try { id = decodeURIComponent(m[1]); } catch { return; }
    if (id === selected) return;
    select(id);
    // (Not the cluster group's zoomToShowLayer, which throws at every
    // later move once the marker is replaced, as live updates do.)
    const e = events.get(id);
    if (e && placed(e) && shown.has(id)) map.setView([e.lat, e.lon], Math.max(map.getZoom(), 10));
  }

  async function select(id) {
    const prev = selected;
    selected = id;
    history.replaceState(null, '', '#event=' + encodeURIComponent(id));
    for (const pid of [prev, id]) {
      const m = pid && markers.get(pid);
      const n = m && m.getElement();
      if (n) n.classList.toggle('selected', pid === id);
    }
    const panel = $('panel');
    panel.hidden = false;
    try {
      const res = await api('/api/events/' + encodeURIComponent(id));
      if (!res.ok) throw new Error('event: ' + res.status);
      const data = await res.json();
      if (selected !== id) return;
      selectedData = data;
      renderPanel(data);
    } catch (err) {
      if (selected !== id) return;
      selectedData = null;
      panel.replaceChildren(panelHead(null), el('p', { class: 'error', text: t('panelError') }));
      console.warn(err);
    }
  }

  function closePanel() {
    const m = selected && markers.get(selected);
    const n = m && m.getElement();
    if (n) n.classList.remove('selected');
    selected = null;
    selectedData = null;
    history.replaceState(null, '', location.pathname + location.search);
    $('panel').hidden = true;
    $('panel').replaceChildren();
  }

  function panelHead(e) {
    const ty = e ? e.type : null;
    return el('h2', {},
      el('span', { class: 'swatch t-' + (TYPES.includes(ty) ? ty : 'unknown') }),
      e ? typeName(ty) : '—',
      el('button', { type: 'button', class: 'close', 'aria-label': t('close'), title: t('close'), onclick: closePanel }, '×'));
  }

  // fmtAt formats a time to its precision: a day-precision time has no
  // hour, a month-precision one no day.
  function fmtAt(iso, precision, end) {
    const f = new Intl.DateTimeFormat(lang === 'es' ? 'es-MX' : 'en-US', fmtOpts(precision));
    // A range on one day names the day once.
    return end ? f.formatRange(new Date(iso), new Date(end)) : f.format(new Date(iso));
  }

  function fmtOpts(precision) {
    const opts = { timeZone: TZ };
    if (precision === 'year') opts.year = 'numeric';
    else if (precision === 'month') Object.assign(opts, { year: 'numeric', month: 'long' });
    else if (precision === 'day' || precision === 'week') opts.dateStyle = 'medium';
    else Object.assign(opts, { dateStyle: 'medium', timeStyle: 'short' });
    return opts;
  }

  function fmtSpan(e) {
    if (!e.time_start) return t('unknown');
    const p = e.time_precision ? ` (${I18N[lang].precision[e.time_precision] || e.time_precision})` : '';
    const end = e.time_end && Date.parse(e.time_end) > Date.parse(e.time_start) ? e.time_end : null;
    return fmtAt(e.time_start, e.time_precision, end) + p;
  }

  function fmtToll(e) {
    const parts = [];
    const add = (n, key, atLeast) => {
      if (typeof n === 'number') parts.push((atLeast ? t('atLeast') + ' ' : '') + n + ' ' + pl(n, ...t(key)));
    };
    add(e.killed, 'killed', e.killed_at_least);
    add(e.injured, 'injured', e.injured_at_least);
    add(e.detained, 'detained');
    add(e.kidnapped, 'kidnapped');
    return parts.length ? parts.join(', ') : t('noToll');
  }

  function renderPanel(data) {
    const e = data.event || {};
    // Reports in the order they were published (unknown dates last).
    const when = (r) => { const v = Date.parse(r.published); return Number.isNaN(v) ? Infinity : v; };
    const reports = (data.reports || []).slice().sort((a, b) => when(a) - when(b));
    const incidents = data.incidents || [];
    const byReport = new Map(); // by the source's id and by content hash
    for (const r of reports) {
      if (r.hash) byReport.set(r.hash, r);
      byReport.set(r.id, r);
    }
    const label = (rid) => {
      const r = byReport.get(rid);
      return r ? (r.source || r.title || rid) : rid;
    };
    const actors = (e.actors || []).filter((a) => a && a.name).map((a) =>
      a.name + (a.role ? ` (${I18N[lang].roles[a.role] || a.role})` : ''));
    const place = [e.locality, e.place !== e.municipality && e.place !== e.locality ? e.place : null, e.municipality, e.state]
      .filter(Boolean).join(', ');
    const dl = el('dl', {},
      el('dt', { text: t('place') }), el('dd', {}, place || t('unknown'),
        e.geo_precision ? el('span', { class: 'muted', text: ` (${I18N[lang].geo[e.geo_precision] || ''})` }) : null,
        e.geo_basis === 'outlet_prior' ? el('div', { class: 'muted prior', text: t('priorOnly') }) : null),
      el('dt', { text: t('time') }), el('dd', { text: fmtSpan(e) }),
      el('dt', { text: t('toll') }), el('dd', { text: fmtToll(e) }),
      actors.length ? el('dt', { text: t('actors') }) : null,
      actors.length ? el('dd', { text: actors.join('; ') }) : null,
      el('dt', { text: t('severity') }), el('dd', { text: e.severity ? e.severity + ' / 4' : t('unknown') }),
      el('dt', { text: t('sources') }), el('dd', {}, t('independent')(e.sources || 0, e.reports || reports.length),
        (e.outlets || []).length ? el('div', { class: 'muted', text: e.outlets.join(' · ') }) : null),
      typeof e.confidence === 'number' ? el('dt', { text: t('confidence') }) : null,
      typeof e.confidence === 'number' ? el('dd', { text: e.confidence.toFixed(2) }) : null,
    );
    const out = [panelHead(e), dl];

    const contra = e.contradictions || [];
    if (contra.length) {
      out.push(el('h3', { text: t('contradictions') }));
      out.push(el('ul', { class: 'contra' }, ...contra.map((c) => el('li', {},
        el('strong', { text: (I18N[lang].fields[c.field] || String(c.field)) + ': ' }),
        ...(c.values || []).flatMap((v, i) => [
          i ? ' vs ' : '',
          el('span', { text: String(v.value) }),
          el('span', { class: 'muted', text: ' (' + (v.report_ids || []).map(label).join(', ') + ')' }),
        ])))));
    }

    out.push(el('h3', { text: t('reports') }));
    const evidence = new Map(); // report id -> spans
    for (const inc of incidents) {
      for (const ev of inc.evidence || []) {
        if (!evidence.has(ev.report_id)) evidence.set(ev.report_id, []);
        evidence.get(ev.report_id).push(ev);
      }
    }
    for (const r of reports) {
      const url = safeURL(r.url);
      const meta = el('div', { class: 'meta' },
        el('strong', { text: r.source || '—' }),
        r.kind ? ' · ' + (I18N[lang].kinds[r.kind] || r.kind) : '',
        r.published ? ' · ' + fmtTime(new Date(r.published)) : '',
        url ? ' · ' : '',
        url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer nofollow', text: t('open') }) : null);
      const spans = (evidence.get(r.id) || []).concat(r.hash && r.hash !== r.id ? evidence.get(r.hash) || [] : []);
      out.push(el('div', { class: 'report', 'data-report': r.id },
        r.title ? el('div', {}, el('strong', { text: r.title })) : null,
        meta,
        spans.length ? highlighted(r.text || '', spans) : el('div', { class: 'muted', text: t('noEvidence') })));
    }
    $('panel').replaceChildren(...out);
  }

  // highlighted returns the report's text around its evidence spans, each
  // span in a <mark>. Span offsets are bytes of the UTF-8 text: they are
  // turned into string indices by decoding the bytes before them.
  function highlighted(text, spans) {
    const bytes = new TextEncoder().encode(text);
    const dec = new TextDecoder();
    const idx = (b) => dec.decode(bytes.subarray(0, Math.max(0, Math.min(bytes.length, b)))).length;
    let ranges = [];
    for (const s of spans) {
      let a = idx(s.start), b = idx(s.end), moved = false;
      if (s.text && text.slice(a, b) !== s.text) { // offsets out of step: find the sentence
        const at = text.indexOf(s.text);
        if (at < 0) continue;
        a = at; b = at + s.text.length; moved = true;
      }
      if (b > a) ranges.push([a, b, moved]);
    }
    ranges.sort((x, y) => x[0] - y[0]);
    const merged = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) { last[1] = Math.max(last[1], r[1]); last[2] = last[2] || r[2]; }
      else merged.push(r.slice());
    }
    ranges = merged;
    // Context: 240 characters either side of each span, windows merged.
    const CTX = 240;
    const windows = [];
    for (const [a, b] of ranges) {
      const w = [Math.max(0, a - CTX), Math.min(text.length, b + CTX)];
      const last = windows[windows.length - 1];
      if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
      else windows.push(w);
    }
    const box = el('div', { class: 'text' });
    for (const [wa, wb] of windows) {
      if (wa > 0) box.append(el('span', { class: 'gap', text: '… ' }));
      let pos = wa;
      for (const [a, b, moved] of ranges) {
        if (b <= wa || a >= wb) continue;
        if (a > pos) box.append(text.slice(pos, a));
        // "moved": found by its text, not at its offsets (a test checks
        // that this does not happen).
        box.append(el('mark', { text: text.slice(a, b), class: moved ? 'moved' : null }));
        pos = b;
      }
      if (pos < wb) box.append(text.slice(pos, wb));
      if (wb < text.length) box.append(el('span', { class: 'gap', text: ' …' }));
      box.append('\n');
    }
    if (!ranges.length) box.append(el('span', { class: 'muted', text: t('noEvidence') }));
    return box;
  }

  // --- chart --------------------------------------------------------------

  function bars(title, rows, swatch) {
    const max = Math.max(1, ...rows.map((r) => r[1]));
    return [el('h3', { text: title }), el('ul', { class: 'bars' }, ...rows.map(([key, n, name]) => {
      const bar = el('div', { class: 'bar' + (swatch ? ' t-' + key : '') });
      bar.style.width = (100 * n / max).toFixed(1) + '%';
      return el('li', {}, el('span', { class: 'label', title: name, text: name }), el('div', {}, bar), el('span', { class: 'n', text: String(n) }));
    }))];
  }

  function renderChart(vis) {
    const byState = new Map(), byType = new Map();
    for (const e of vis) {
      const s = e.state_code || '';
      byState.set(s, (byState.get(s) || 0) + 1);
      const ty = TYPES.includes(e.type) ? e.type : 'unknown';
      byType.set(ty, (byType.get(ty) || 0) + 1);
    }
    const states = [...byState.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)
      .map(([code, n]) => [code, n, code ? (stateNames.get(code) || code) : t('unknown')]);
    const types = [...byType.entries()].sort((a, b) => b[1] - a[1]).map(([ty, n]) => [ty, n, typeName(ty === 'unknown' ? null : ty)]);
    const chart = $('chart');
    if (!vis.length) {
      chart.replaceChildren(el('p', { class: 'muted', text: t('noEvents') }));
      return;
    }
    chart.replaceChildren(...bars(t('byState'), states, false), ...bars(t('byType'), types, true));
  }

  // --- language -----------------------------------------------------------

  function applyLang() {
    document.documentElement.lang = lang;
    $('lang').textContent = lang === 'es' ? 'EN' : 'ES';
    $('lang').title = lang === 'es' ? 'English' : 'Español';
    for (const n of document.querySelectorAll('[data-i18n]')) n.textContent = t(n.dataset.i18n);
    for (const n of document.querySelectorAll('[data-i18n-title]')) n.title = t(n.dataset.i18nTitle);
    $('play').textContent = playing ? t('pause') : t('play');
    fillTypeSelect();
    fillStateSelect();
    renderLegend();
    rebuildMarkers();
    render();
    if (selectedData) renderPanel(selectedData);
  }

  // --- wiring -------------------------------------------------------------

  let qTimer = null;
  $('filters').addEventListener('submit', (ev) => { ev.preventDefault(); loadEvents(); });
  for (const id of ['f-type', 'f-state', 'f-sources']) $(id).addEventListener('change', () => loadEvents());
  $('f-q').addEventListener('input', () => { clearTimeout(qTimer); qTimer = setTimeout(loadEvents, 350); });
  let frame = 0;
  $('time').addEventListener('input', () => {
    const s = $('time');
    following = +s.value >= +s.max;
    // Dragging fires many input events: draw once per frame.
    if (!frame) frame = requestAnimationFrame(() => { frame = 0; render(); });
  });
  $('untimed').addEventListener('change', render);
  $('play').addEventListener('click', play);
  $('lang').addEventListener('click', () => {
    lang = lang === 'es' ? 'en' : 'es';
    localStorage.setItem('atalaya.lang', lang);
    applyLang();
  });
  document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape' && $('auth').hidden) closePanel(); });
  window.addEventListener('hashchange', fromHash);

  applyLang();
  loadStates().catch((err) => { setStatus(String(err.message || err), true); console.warn(err); });
  loadEvents();
  connect();
})();
