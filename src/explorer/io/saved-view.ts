/**
 * The user's view, kept in this browser (browser-store.ts) so that a reload shows what they left:
 * the camera, "colour by" and "size by", and the nodes they pinned where they put them. The
 * selection and the filters travel in the URL instead (url-state.ts), which a reload keeps too.
 * Read back through a decoder: what a store holds is input like any other.
 */
import { isObject } from '../../pipeline/schema/decode';
import { inTransaction } from './browser-store';

const STORE = 'view';
const KEY = 'current';

export interface SavedView {
  camera: { x: number; y: number; ratio: number; angle: number };
  colorBy: string;
  sizeBy: string;
  /** Linear, sqrt or log; absent in views saved before the choice existed. */
  sizeScale?: string;
  /** Pinned nodes and where they were put: [key, x, y]. */
  pins: [string, number, number][];
}

export async function loadSavedView(): Promise<SavedView | undefined> {
  return decodeView(await inTransaction(STORE, 'readonly', (store) => store.get(KEY)));
}

export async function saveView(view: SavedView): Promise<void> {
  await inTransaction(STORE, 'readwrite', (store) => {
    store.put(view, KEY);
  });
}

export async function clearSavedView(): Promise<void> {
  await inTransaction(STORE, 'readwrite', (store) => store.clear());
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The view if the stored value is one; undefined for anything else (an older or damaged entry). */
export function decodeView(value: unknown): SavedView | undefined {
  if (!isObject(value) || !isObject(value.camera) || !Array.isArray(value.pins)) return undefined;
  const { x, y, ratio, angle } = value.camera;
  if (!finite(x) || !finite(y) || !finite(ratio) || ratio <= 0 || !finite(angle)) return undefined;
  if (typeof value.colorBy !== 'string' || typeof value.sizeBy !== 'string') return undefined;
  const pins = value.pins.filter((pin): pin is [string, number, number] => Array.isArray(pin) && typeof pin[0] === 'string' && finite(pin[1]) && finite(pin[2]));
  const sizeScale = typeof value.sizeScale === 'string' ? { sizeScale: value.sizeScale } : {};
  return { camera: { x, y, ratio, angle }, colorBy: value.colorBy, sizeBy: value.sizeBy, ...sizeScale, pins };
}
