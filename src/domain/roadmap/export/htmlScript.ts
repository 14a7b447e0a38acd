// The inline script of the self-contained HTML page, kept as plain ES2017 so
// any phone browser runs it. It builds every piece of user text with
// textContent, never innerHTML, so roadmap data cannot become markup.
export const HTML_PAGE_SCRIPT = `(function () {
  'use strict';
  var payload = JSON.parse(document.getElementById('roadmap-data').textContent);
  var L = payload.labels;
  var byId = {};
  payload.initiatives.forEach(function (item) { byId[item.id] = item; });
  var laneNames = {};
  payload.lanes.forEach(function (lane) { laneNames[lane.id] = lane.name; });
  var requirements = {};
  payload.requirements.forEach(function (req) {
    (requirements[req.initiativeId] = requirements[req.initiativeId] || []).push(req);
  });

  var levels = ['half', 'quarter', 'month'];
  var current = Math.max(0, levels.indexOf(payload.options.zoom));
  var zoomIn = document.getElementById('zoom-in');
  var zoomOut = document.getElementById('zoom-out');
  var zoomLevel = document.getElementById('zoom-level');
  function showLevel(index) {
    current = Math.min(levels.length - 1, Math.max(0, index));
    var figures = document.querySelectorAll('[data-level]');
    for (var i = 0; i < figures.length; i++) figures[i].hidden = figures[i].getAttribute('data-level') !== levels[current];
    zoomIn.disabled = current === levels.length - 1;
    zoomOut.disabled = current === 0;
    zoomLevel.textContent = L.levels[levels[current]];
  }
  zoomIn.addEventListener('click', function () { showLevel(current + 1); });
  zoomOut.addEventListener('click', function () { showLevel(current - 1); });
  showLevel(current);

  var panel = document.getElementById('details');
  var body = document.getElementById('details-body');
  var shownId = null;
  function add(parent, tag, text, className) {
    var el = document.createElement(tag);
    if (text !== undefined && text !== null) el.textContent = text;
    if (className) el.className = className;
    parent.appendChild(el);
    return el;
  }
  function row(list, term, value) {
    if (value === null || value === undefined || value === '') return;
    add(list, 'dt', term);
    add(list, 'dd', value);
  }
  function show(id) {
    var item = byId[id];
    if (!item || shownId === id) return;
    shownId = id;
    body.textContent = '';
    var heading = add(body, 'h2', item.title);
    heading.style.borderColor = item.color;
    var list = add(body, 'dl');
    row(list, L.lane, laneNames[item.laneId]);
    row(list, L.status, L.statuses[item.status]);
    if (item.start) row(list, L.when, item.milestone ? item.start : item.start + ' – ' + item.end);
    else row(list, L.horizon, L.horizons[item.horizon]);
    if (item.progress.byCount !== null) row(list, L.progress, Math.round(item.progress.byCount * 100) + '%');
    row(list, L.owner, item.owner);
    if (item.description) add(body, 'p', item.description, 'description');
    var reqs = requirements[id] || [];
    if (reqs.length) {
      add(body, 'h3', L.requirements);
      var ul = add(body, 'ul');
      reqs.forEach(function (req) {
        add(ul, 'li', (req.done ? '\\u2611 ' : '\\u2610 ') + req.title + ' \\u00b7 ' + req.stage);
      });
    }
    panel.hidden = false;
  }
  function hide() {
    panel.hidden = true;
    shownId = null;
  }
  function itemOf(target) {
    var el = target && target.closest ? target.closest('[data-initiative-id]') : null;
    return el ? el.getAttribute('data-initiative-id') : null;
  }
  // Hover previews only the timeline's items: on a narrow window the panel may
  // cover the list, and a preview must never sit on what the pointer is over.
  document.addEventListener('pointerover', function (event) {
    if (event.pointerType !== 'mouse') return;
    var item = event.target && event.target.closest ? event.target.closest('.item') : null;
    if (item) show(item.getAttribute('data-initiative-id'));
  });
  document.addEventListener('click', function (event) {
    var id = itemOf(event.target);
    if (id) {
      shownId = null;
      show(id);
    }
  });
  document.addEventListener('focusin', function (event) {
    var id = itemOf(event.target);
    if (id) show(id);
  });
  document.addEventListener('keydown', function (event) {
    var id = itemOf(event.target);
    if (id && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      shownId = null;
      show(id);
    }
    if (event.key === 'Escape') hide();
  });
  document.getElementById('details-close').addEventListener('click', hide);
})();`;
