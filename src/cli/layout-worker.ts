/**
 * A worker thread that lays out one graph: receives a LayoutInput, answers with the positions
 * (their buffer transferred, not copied). Started by layout-thread.ts.
 */
import { parentPort } from 'node:worker_threads';
import { computePositions, type LayoutInput } from '../pipeline/graph/layout';

const port = parentPort;
if (port === null) throw new Error('layout-worker.ts must run as a worker thread');

port.once('message', (input: LayoutInput) => {
  const positions = computePositions(input);
  port.postMessage(positions, [positions.buffer as ArrayBuffer]);
});
