// Draws every [data-graph] container of a page with Cytoscape.js from the JSON data block its attribute names. A click on an
// edge opens that flow in the list beside the drawing (the list, written by the server, holds the evidence; this
// script writes no HTML of its own); a click on a party opens its entity page. Served from the application itself.
(function () {
  'use strict';
  const styleOf = {
    asserted: { color: '#1b1b1b', line: 'solid' },
    reported: { color: '#1f5fa8', line: 'solid' },
    alleged: { color: '#b35c00', line: 'dashed' },
    expected: { color: '#6b6b6b', line: 'dotted' },
    hypothetical: { color: '#8a8a8a', line: 'dotted' },
    denied: { color: '#b00020', line: 'dashed' },
    negated: { color: '#b00020', line: 'dotted' },
  };
  const shapeOf = {
    Country: 'round-rectangle', Person: 'ellipse', Organization: 'rectangle', Company: 'rectangle',
    PublicBody: 'rectangle', Vessel: 'diamond', Address: 'triangle', Thing: 'hexagon', unnamed: 'ellipse',
  };
  const graphs = [];
  window.sanctionWatch = { graphs };

  function style(maxSources) {
    const modalities = Object.entries(styleOf).map(([m, s]) => ({
      selector: `edge[modality = "${m}"]`,
      style: { 'line-color': s.color, 'target-arrow-color': s.color, 'line-style': s.line },
    }));
    return [
      {
        selector: 'node',
        style: {
          label: 'data(label)', 'font-size': 14, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'wrap',
          'text-max-width': 140, 'background-color': '#12263a', width: 24, height: 24,
          shape: ele => shapeOf[ele.data('schema')] || 'ellipse',
        },
      },
      { selector: 'node[schema = "unnamed"]', style: { 'background-color': '#fff', 'border-width': 1, 'border-style': 'dashed', 'border-color': '#777', color: '#555' } },
      { selector: 'node[?listed]', style: { 'border-width': 4, 'border-color': '#b00020' } },
      {
        selector: 'edge',
        style: {
          label: 'data(label)', 'font-size': 11, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          'text-rotation': 'autorotate', 'text-background-color': '#fafafa', 'text-background-opacity': 0.85,
          width: maxSources > 1 ? `mapData(sources, 1, ${maxSources}, 1.5, 9)` : 2,
        },
      },
      ...modalities,
      { selector: 'edge:selected', style: { 'overlay-color': '#c9a800', 'overlay-opacity': 0.35 } },
    ];
  }

  function openFlow(id) {
    const details = document.getElementById(id);
    if (!details) return;
    for (const open of document.querySelectorAll('details.flow.selected')) open.classList.remove('selected');
    details.open = true;
    details.classList.add('selected');
    details.scrollIntoView({ block: 'nearest' });
    details.querySelector('summary').focus({ preventScroll: true });
  }

  function draw(box) {
    // The elements come in a JSON data block of the page (the Content-Security-Policy allows no fetch).
    const graph = JSON.parse(document.getElementById(box.dataset.graph).textContent);
    box.textContent = '';
    const count = graph.elements.nodes.length;
    const large = count > 150;
    // Placed first on a circle (or, for a large network, in rings by degree: linear time), so the force-directed
    // layout starts from distinct points and gives the same drawing every time; a large network gets a bounded
    // number of force-directed rounds (about 0.3 s for 220 parties) and a very large one keeps the rings.
    const start = large
      ? { name: 'concentric', concentric: n => n.degree(), levelWidth: () => 2, minNodeSpacing: 8, animate: false }
      : { name: 'circle', animate: false };
    const cy = cytoscape({
      container: box, elements: graph.elements, style: style(graph.maxSources), layout: start,
      minZoom: 0.05, maxZoom: 4, hideEdgesOnViewport: large, textureOnViewport: large, pixelRatio: large ? 1 : 'auto',
    });
    if (count <= 600) {
      cy.layout({
        name: 'cose', animate: false, randomize: false, nodeRepulsion: () => (large ? 12000 : 1000000),
        idealEdgeLength: () => (large ? 120 : 150), nodeOverlap: 20, padding: 30, numIter: large ? 250 : 1500,
      }).run();
    }
    // A few parties would otherwise be blown up to fill the box, labels and all.
    if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(); }
    cy.on('tap', 'edge', e => openFlow(e.target.id()));
    cy.on('tap', 'node', e => { const href = e.target.data('href'); if (href) window.location.assign(href); });
    cy.on('mouseover', 'node[href], edge', () => { box.style.cursor = 'pointer'; });
    cy.on('mouseout', 'node, edge', () => { box.style.cursor = ''; });
    graphs.push(cy);
    // Drawn once the first frame is on screen: the time since navigation started, for the benchmark and tests.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      box.dataset.renderedMs = String(Math.round(performance.now()));
      box.classList.add('drawn');
    }));
  }

  for (const box of document.querySelectorAll('[data-graph]')) draw(box);
})();
