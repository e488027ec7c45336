/**
 * Framing the graph in the part of the canvas that nothing covers: the side panel and the article
 * reader lie over the graph (opening them never resizes the canvas), and the legend and the
 * neighbourhood bar sit in its corners. Fit, "show only its neighbourhood", a chain of the path
 * finder and a selected node are all framed in what they leave free.
 */
import { cameraToFit, freeRect, type Rect, type ViewportMapping } from './frame-math';
import { moveCamera, type ExplorerSigma } from './create-renderer';

/** What lies over the graph, by id. */
const OVERLAYS = ['side-panel', 'article-view', 'legend', 'around-bar'];
/** Room kept around the framed nodes: their discs and the start of their labels. */
const MARGIN = 36;
const FRAME_MS = 400;

/** The free part of the graph's container, in the container's pixels. */
export function freeArea(sigma: ExplorerSigma): Rect {
  const container = sigma.getContainer();
  const box = container.getBoundingClientRect();
  const obstacles: Rect[] = [];
  for (const id of OVERLAYS) {
    const element = document.getElementById(id);
    if (!element || element.hidden) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    obstacles.push({ left: rect.left - box.left, top: rect.top - box.top, right: rect.right - box.left, bottom: rect.bottom - box.top });
  }
  return freeRect({ left: 0, top: 0, right: box.width, bottom: box.height }, obstacles);
}

/** The mapping of framed-graph points to the viewport, read from Sigma itself. */
function mappingOf(sigma: ExplorerSigma): ViewportMapping {
  const cameraState = { x: 0, y: 0, ratio: 1, angle: 0 };
  const origin = sigma.framedGraphToViewport({ x: 0, y: 0 }, { cameraState });
  const unitX = sigma.framedGraphToViewport({ x: 1, y: 0 }, { cameraState });
  const unitY = sigma.framedGraphToViewport({ x: 0, y: 1 }, { cameraState });
  return { origin, scale: { x: unitX.x - origin.x, y: unitY.y - origin.y } };
}

/**
 * Moves the camera so that `nodes` fill the free area. The display data (framed coordinates) is
 * read after a synchronous refresh, so positions the layout changed since the last frame count.
 */
export function frameNodes(sigma: ExplorerSigma, nodes: Iterable<string>, options: { animate?: boolean; maxZoomIn?: number } = {}): void {
  sigma.refresh();
  const points: { x: number; y: number }[] = [];
  for (const node of nodes) {
    const data = sigma.getNodeDisplayData(node);
    if (data) points.push({ x: data.x, y: data.y });
  }
  const target = cameraToFit(points, freeArea(sigma), mappingOf(sigma), MARGIN, options.maxZoomIn ?? 0.1, sigma.getSetting('maxCameraRatio') ?? 10);
  if (!target) return;
  if (options.animate === false) sigma.getCamera().setState(target);
  else moveCamera(sigma, (camera) => camera.animate(target, { duration: FRAME_MS }));
}

/**
 * Moves the camera to a node, zoomed in to at most `ratio`, so that it lands in the middle of the
 * free area (a searched or clicked node, never under the side panel that its selection opens).
 */
export function frameNode(sigma: ExplorerSigma, node: string, ratio = Math.min(sigma.getCamera().ratio, 0.5)): void {
  const data = sigma.getNodeDisplayData(node);
  if (!data) return;
  const target = cameraToFit([{ x: data.x, y: data.y }], freeArea(sigma), mappingOf(sigma), 0, ratio, ratio);
  if (target) moveCamera(sigma, (camera) => camera.animate(target, { duration: FRAME_MS }));
}

/** True when the node is drawn inside the free area (with a margin), i.e. no panel covers it. */
export function isInFreeArea(sigma: ExplorerSigma, node: string): boolean {
  const data = sigma.getNodeDisplayData(node);
  if (!data) return false;
  const point = sigma.framedGraphToViewport(data);
  const free = freeArea(sigma);
  return point.x >= free.left + MARGIN / 2 && point.x <= free.right - MARGIN / 2 && point.y >= free.top + MARGIN / 2 && point.y <= free.bottom - MARGIN / 2;
}
