/**
 * Keeps the user's view across reloads (io/saved-view.ts): after they move the camera, pin a node
 * or change "colour by" / "size by", the view is saved in this browser, a note says so and offers
 * to forget it. At start the saved view comes back: pins before the layout runs, the camera once
 * the graph is drawn. Only the user's own changes are saved: the camera moves the app makes (Fit
 * at start) are not a view anyone chose.
 */
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import type { AppState } from './app-state';
import { DEFAULT_SIZE_SCALE, isSizeScale } from '../pipeline/graph/style';
import { isColorBy, isSizeBy } from './appearance';
import { byId } from './dom';
import { clearSavedView, loadSavedView, saveView, type SavedView } from './io/saved-view';
import type { Messages } from './messages';
import { pinNode } from './pinned-nodes';
import type { ExplorerSigma } from './render/create-renderer';

/** Saving waits for the camera to come to rest (animations last up to half a second). */
const SAVE_AFTER_MS = 700;

export class ViewMemory {
  private readonly note = byId('saved-view-note');
  private timer: number | undefined;
  /** Changes made so far: a save that a newer change overtook does not call the view saved. */
  private changes = 0;

  private constructor(
    private readonly saved: SavedView | undefined,
    private readonly messages: Messages,
  ) {
    this.note.hidden = saved === undefined;
    byId('forget-view').addEventListener('click', () => void this.forget());
  }

  /** Reads the saved view (none when storage is blocked or holds none). */
  static async load(messages: Messages): Promise<ViewMemory> {
    let saved: SavedView | undefined;
    try {
      saved = await loadSavedView();
    } catch {
      saved = undefined; // storage blocked: the view lasts this page only
    }
    return new ViewMemory(saved, messages);
  }

  /** Pins and appearance, before anything is drawn or laid out. */
  restoreInto(state: AppState): void {
    if (!this.saved) return;
    const graph = state.graph;
    for (const [node, x, y] of this.saved.pins) {
      if (!graph.hasNode(node)) continue;
      graph.mergeNodeAttributes(node, { x, y });
      pinNode(graph, node);
    }
    const { colorBy, sizeBy, sizeScale = DEFAULT_SIZE_SCALE } = this.saved;
    if (isColorBy(colorBy) && isSizeBy(sizeBy) && isSizeScale(sizeScale)) state.setAppearance({ colorBy, sizeBy, sizeScale });
  }

  /** The camera, once Sigma exists; true when there was one to restore. */
  restoreCamera(sigma: ExplorerSigma): boolean {
    if (this.saved) sigma.getCamera().setState(this.saved.camera);
    return this.saved !== undefined;
  }

  /** Saves after each change the user makes. */
  follow(state: AppState, sigma: ExplorerSigma): void {
    const schedule = (): void => {
      // `data-state` says whether the view on screen is the one saved ("pending" until it is).
      this.note.dataset.state = 'pending';
      this.changes++;
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.save(state, sigma), SAVE_AFTER_MS);
    };
    const container = sigma.getContainer();
    container.addEventListener('wheel', schedule, { passive: true });
    container.addEventListener('pointerup', schedule);
    for (const id of ['zoom-in', 'zoom-out', 'zoom-reset']) byId(id).addEventListener('click', schedule);
    state.onChange((change) => {
      if (change === 'appearance') schedule();
    });
    // Pins: dragging a node pins it, its panel unpins it.
    let watched: KnowledgeGraph | null = null;
    const watchPins = (): void => {
      if (watched === state.graph) return;
      watched?.removeListener('nodeAttributesUpdated', onPin);
      watched = state.graph;
      watched.on('nodeAttributesUpdated', onPin);
    };
    const onPin = (payload: { key?: string; name?: string }): void => {
      if (payload.name === 'fixed' || payload.key === 'fixed') schedule();
    };
    watchPins();
    state.onChange((change) => {
      if (change === 'graph') watchPins();
    });
  }

  async forget(): Promise<void> {
    window.clearTimeout(this.timer);
    this.timer = undefined;
    try {
      await clearSavedView();
    } catch (error) {
      this.messages.error(`The saved view could not be forgotten: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.note.hidden = true;
    delete this.note.dataset.state;
  }

  private async save(state: AppState, sigma: ExplorerSigma): Promise<void> {
    // Still moving (a slow machine): save where it comes to rest.
    if (sigma.getCamera().isAnimated()) {
      this.timer = window.setTimeout(() => void this.save(state, sigma), SAVE_AFTER_MS);
      return;
    }
    const graph = state.graph;
    const pins: [string, number, number][] = [];
    graph.forEachNode((node, attributes) => {
      if (attributes.fixed) pins.push([node, attributes.x, attributes.y]);
    });
    const { x, y, ratio, angle } = sigma.getCamera().getState();
    const changes = this.changes;
    try {
      const { colorBy, sizeBy, sizeScale } = state.appearance;
      await saveView({ camera: { x, y, ratio, angle }, colorBy, sizeBy, sizeScale, pins });
      this.note.hidden = false;
      if (changes === this.changes) this.note.dataset.state = 'saved';
    } catch {
      // storage blocked: the view lasts this page only
    }
  }
}
