/**
 * On big graphs, the hovered or selected node's neighbourhood is drawn on a 2D canvas over the
 * graph instead of by re-rendering the whole WebGL scene: redrawing 30,000 edges costs seconds a
 * frame in software WebGL, drawing one neighbourhood costs next to nothing. So hovering a node
 * costs what it costs in a bare Sigma page. Small graphs keep the richer highlight (the rest dims),
 * drawn by the reducers.
 */
import { CONFLICT_COLOR } from '../../pipeline/graph/style';
import type { AppState } from '../app-state';
import { hasManyEdges } from '../big-graph';
import type { ExplorerSigma } from './create-renderer';

export function usesFocusOverlay(state: AppState): boolean {
  return hasManyEdges(state.graph);
}

export class FocusOverlay {
  private readonly canvas = document.createElement('canvas');

  constructor(
    private readonly sigma: ExplorerSigma,
    private readonly state: AppState,
  ) {
    this.canvas.className = 'focus-overlay';
    this.canvas.setAttribute('aria-hidden', 'true');
    sigma.getContainer().append(this.canvas);
    // Camera moves and graph redraws move the nodes: the overlay follows each frame Sigma draws.
    sigma.on('afterRender', () => this.draw());
  }

  /** Draws the current focus (nothing on small graphs, where the reducers show it). */
  draw(): void {
    const { width, height } = this.sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    const context = this.canvas.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const focus = usesFocusOverlay(this.state) ? this.state.focus : null;
    this.canvas.dataset.focusNodes = String(focus?.nodes.size ?? 0);
    if (!focus) return;

    const graph = this.state.graph;
    const view = this.state.view;
    const at = (node: string) => {
      const display = this.sigma.getNodeDisplayData(node);
      return display ? { ...this.sigma.graphToViewport(display), size: this.sigma.scaleSize(display.size), color: display.color, label: display.label } : undefined;
    };
    context.lineCap = 'round';
    for (const edge of focus.edges) {
      if (!view.edges.has(edge)) continue;
      const [source, target] = graph.extremities(edge);
      const from = at(source);
      const to = at(target);
      if (!from || !to) continue;
      const attributes = graph.getEdgeAttributes(edge);
      context.strokeStyle = attributes.conflict ? CONFLICT_COLOR : attributes.color;
      context.lineWidth = 2.5;
      context.beginPath();
      context.moveTo(from.x, from.y);
      context.lineTo(to.x, to.y);
      context.stroke();
    }
    context.font = '500 13px Inter, "Segoe UI", system-ui, sans-serif';
    context.textBaseline = 'middle';
    for (const node of focus.nodes) {
      if (!view.nodes.has(node)) continue;
      const point = at(node);
      if (!point) continue;
      context.fillStyle = point.color;
      context.strokeStyle = '#ffffff';
      context.lineWidth = 2;
      context.beginPath();
      context.arc(point.x, point.y, Math.max(3, point.size), 0, 2 * Math.PI);
      context.fill();
      context.stroke();
      if (point.label) {
        context.lineWidth = 4;
        context.strokeText(point.label, point.x + point.size + 4, point.y);
        context.fillStyle = '#1f2933';
        context.fillText(point.label, point.x + point.size + 4, point.y);
      }
    }
  }
}
