// The event card: what an event says, who claims it, and its evidence highlighted
// in the source text, all built as DOM nodes from untrusted strings.

import { append, colorOf, el, link, safeUrl } from "./dom.js";

const PRECISION = { 1: "day", 2: "week or range", 3: "month" };
const GEO_PRECISION = { 1: "town", 2: "near a town / district", 3: "region" };

function row(label, value) {
  if (value === null || value === undefined || value === "") return [];
  return [el("dt", { text: label }), el("dd", {}, value)];
}

function actorText(actor, assoc) {
  if (!actor) return null;
  return assoc ? `${actor} (with ${assoc})` : actor;
}

function highlighted(text, spans) {
  // The text as text nodes, with each evidence span wrapped in <mark>.
  const ranges = spans.map((s) => [s.start, s.end]).filter(([a, b]) => a < b)
    .sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const box = el("div", { className: "source-text" });
  let at = 0;
  for (const [start, end] of merged) {
    box.appendChild(document.createTextNode(text.slice(at, start)));
    box.appendChild(el("mark", { text: text.slice(start, end) }));
    at = end;
  }
  box.appendChild(document.createTextNode(text.slice(at)));
  return box;
}

function equipmentTable(items) {
  if (!items || !items.length) return null;
  return el("table", {},
    el("tr", {}, ["count", "equipment", "status", "side"].map((h) => el("th", { text: h }))),
    items.map((item) => el("tr", {},
      el("td", { text: item.count }),
      el("td", { text: item.model ? `${item.model} (${item.category})` : item.category }),
      el("td", { text: item.status || "" }), el("td", { text: item.side || "" }))));
}

function prisonersText(p) {
  if (!p) return null;
  let text = `${p.count ?? "?"}`;
  if (p.wounded) text += ` (${p.wounded} wounded)`;
  if (p.side) text += `, ${p.side}`;
  if (p.held_by) text += `, held by ${p.held_by}`;
  return text;
}

function claimBadge(claim) {
  if (!claim || !claim.status) return null;
  return el("span", {},
    el("span", { className: `claim claim-${claim.status}`, text: claim.status }),
    claim.by ? ` by ${claim.by}` : "");
}

function corroborationList(items) {
  if (!items || !items.length) return null;
  return el("ul", {}, items.map((doc) => el("li", {},
    link(doc.url, doc.title || doc.document_id || doc.id || doc.url),
    [doc.source, doc.published].filter(Boolean).length
      ? ` — ${[doc.source, doc.published].filter(Boolean).join(", ")}` : "")));
}

function evidenceBlocks(event) {
  const fields = (event.document && event.document.fields) || {};
  const blocks = [];
  for (const [field, text] of Object.entries(fields)) {
    const spans = event.evidence.filter((s) => (s.field || "text") === field);
    blocks.push(el("div", { className: "field-name", text: field === "text" ? "article text" : field }));
    blocks.push(typeof text === "string" ? highlighted(text, spans)
      : el("div", { className: "source-text" }, spans.map((s) => el("mark", { text: s.text }))));
  }
  return blocks;
}

export function renderCard(event, onClose) {
  const doc = event.document || {};
  const place = [event.location, event.admin2, event.admin1, event.country].filter(Boolean).join(", ");
  const casualties = [
    `${event.fatalities ?? 0} killed`,
    event.injuries !== null && event.injuries !== undefined ? `${event.injuries} injured` : null,
  ].filter(Boolean).join(", ");
  const card = document.getElementById("card");
  card.replaceChildren();
  append(card, [
    el("button", { type: "button", className: "close", text: "close", onclick: onClose }),
    el("div", {}, el("span", { className: "dot", style: { background: colorOf(event.event_type) } }),
      event.event_type || ""),
    el("h2", { text: event.sub_event_type || event.event_type || "event" }),
    el("dl", {},
      row("date", `${event.event_date || "unknown"} (precision ${event.date_precision}: ` +
        `${PRECISION[event.date_precision] || "?"})`),
      row("place", place ? `${place} (${GEO_PRECISION[event.geo_precision] || "?"})` : null),
      row("actor 1", actorText(event.actor1, event.assoc_actor_1)),
      row("actor 2", actorText(event.actor2, event.assoc_actor_2)),
      row("casualties", casualties),
      row("prisoners", prisonersText(event.prisoners)),
      row("territory", event.territory_km2 !== null && event.territory_km2 !== undefined
        ? `${event.territory_km2} km²` : null),
      row("claim", claimBadge(event.claim)),
      row("confidence", event.confidence),
      row("source", el("span", {}, link(doc.url || event.url, doc.title || event.title || doc.id),
        [doc.source || event.source, doc.published || event.published].filter(Boolean).length
          ? ` — ${[doc.source || event.source, doc.published || event.published].filter(Boolean).join(", ")}`
          : ""))),
    event.notes ? el("p", { className: "notes", text: event.notes }) : null,
    event.equipment && event.equipment.length ? el("h3", { text: "Equipment" }) : null,
    equipmentTable(event.equipment),
    event.corroboration && event.corroboration.length ? el("h3", { text: "Corroborated by" }) : null,
    corroborationList(event.corroboration),
    el("h3", { text: "Evidence" }),
    el("ul", { className: "quotes" }, event.evidence.map((span) => el("li", {},
      el("mark", { text: span.text }),
      span.field && span.field !== "text" ? el("span", { className: "field-name", text: ` (${span.field})` }) : null))),
    evidenceBlocks(event),
    safeUrl(doc.url || event.url)
      ? el("p", {}, link(doc.url || event.url, "open the original article ↗")) : null,
  ]);
  card.dataset.eventId = event.id;
  card.hidden = false;
  card.parentElement.scrollTop = 0;
  for (const box of card.querySelectorAll(".source-text")) {
    const mark = box.querySelector("mark");
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
  }
}
