// The Studio's process graph: x6 draws it, dagre lays it out, .NET owns the definition. Every edit made here is
// reported to .NET (which changes the draft and redraws), so the graph never holds state of its own.
import { Graph } from '@antv/x6';
import dagre from '@dagrejs/dagre';

const graphs = new Map();

function layout(model) {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 50, ranksep: 90, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const s of model.states) {
    g.setNode(s.id, { width: 160, height: 48 });
  }
  model.transitions.forEach((t, i) => {
    if (t.from !== t.to) {
      g.setEdge(t.from, t.to, {}, String(i));
    }
  });
  dagre.layout(g);
  const positions = {};
  for (const s of model.states) {
    const n = g.node(s.id);
    positions[s.id] = { x: n.x - 80, y: n.y - 24 };
  }
  return positions;
}

function render(elementId, model, dotnet) {
  destroy(elementId);
  const container = document.getElementById(elementId);
  if (!container) {
    return;
  }
  // The frame around the container sets the size. x6's own autoResize measures the container's parent, here the whole
  // column (graph, buttons, publication panel), and grows the graph with it at every change, without end.
  const frame = container.parentElement;
  const graph = new Graph({
    container,
    width: frame.clientWidth,
    height: frame.clientHeight,
    background: { color: '#fafafa' },
    grid: { visible: true, size: 10 },
    panning: { enabled: true, modifiers: 'shift' },
    mousewheel: { enabled: true, modifiers: ['ctrl', 'meta'] },
    connecting: {
      allowBlank: false,
      allowLoop: true,
      allowMulti: true,
      allowNode: true,
      allowPort: false,
      allowEdge: false,
      highlight: true,
      connectionPoint: 'boundary',
      router: 'normal',
      connector: 'smooth',
    },
  });
  const positions = layout(model);
  for (const s of model.states) {
    const p = (model.positions && model.positions[s.id]) || positions[s.id];
    graph.addNode({
      id: s.id,
      x: p.x,
      y: p.y,
      width: 160,
      height: 48,
      // Above the arrows: an arrow leaving a state starts where its port is, and the port must stay the one grabbed.
      zIndex: 2,
      shape: 'rect',
      label: s.label,
      attrs: {
        body: {
          rx: 8,
          ry: 8,
          fill: s.initial ? '#e3f2fd' : (s.final ? '#eeeeee' : '#ffffff'),
          stroke: s.selected ? '#d81b60' : '#1565c0',
          strokeWidth: s.final ? 3 : (s.selected ? 3 : 1.5),
        },
        label: { fill: '#212121', fontSize: 13 },
      },
      ports: {
        groups: {
          out: {
            position: 'right',
            attrs: { circle: { r: 6, magnet: true, stroke: '#1565c0', fill: '#ffffff', strokeWidth: 1.5 } },
          },
        },
        items: [{ id: 'out', group: 'out' }],
      },
      data: { state: s.id },
    });
  }
  model.transitions.forEach((t, i) => {
    graph.addEdge({
      id: 'transition-' + i,
      source: t.from,
      target: t.to,
      zIndex: 1,
      connector: 'smooth',
      attrs: { line: { stroke: t.selected ? '#d81b60' : '#546e7a', strokeWidth: t.selected ? 2.5 : 1.5 } },
      labels: [{ attrs: { label: { text: t.label, fill: '#212121', fontSize: 12 } } }],
      data: { index: i },
    });
  });

  graph.on('node:click', ({ node }) => dotnet.invokeMethodAsync('EtatSelectionne', node.id));
  graph.on('edge:click', ({ edge }) => {
    const data = edge.getData();
    if (data && typeof data.index === 'number') {
      dotnet.invokeMethodAsync('TransitionSelectionnee', data.index);
    }
  });
  graph.on('node:moved', ({ node }) => {
    const p = node.getPosition();
    dotnet.invokeMethodAsync('EtatDeplace', node.id, p.x, p.y);
  });
  graph.on('edge:connected', ({ edge, isNew }) => {
    if (!isNew) {
      return;
    }
    const from = edge.getSourceCellId();
    const to = edge.getTargetCellId();
    // .NET adds the transition to the draft and redraws; the drawn edge is only a gesture.
    edge.remove();
    if (from && to) {
      dotnet.invokeMethodAsync('TransitionTracee', from, to);
    }
  });
  graph.centerContent();
  const observer = new ResizeObserver(() => graph.resize(frame.clientWidth, frame.clientHeight));
  observer.observe(frame);
  graphs.set(elementId, { graph, observer });
}

function destroy(elementId) {
  const existing = graphs.get(elementId);
  if (existing) {
    existing.observer.disconnect();
    existing.graph.dispose();
    graphs.delete(elementId);
  }
}

// For browser tests: the rendered cells, as the user sees them.
function cells(elementId) {
  const { graph } = graphs.get(elementId) ?? {};
  if (!graph) {
    return { nodes: [], edges: [] };
  }
  return {
    nodes: graph.getNodes().map((n) => n.id),
    edges: graph.getEdges().map((e) => ({ from: e.getSourceCellId(), to: e.getTargetCellId() })),
  };
}

window.rafaelGraph = { render, destroy, cells };
