import { describe, expect, it } from 'vitest';
import { AppState, type StateChange } from '../../src/explorer/app-state';
import { NO_FILTERS } from '../../src/explorer/filtered-view';
import { buildGraph } from '../../src/pipeline/graph/build-graph';
import { ENTITIES, fixtureGraph, fixtureRecord } from './fixture-graph';

describe('the explorer state', () => {
  it('focuses a hovered node with its neighbours and the edges between them', () => {
    const state = new AppState(fixtureGraph());
    state.hover('claude-code', null);
    expect([...(state.focus?.nodes ?? [])].sort()).toEqual(['alibaba', 'anthropic', 'claude-code']);
    expect([...(state.focus?.edges ?? [])].sort()).toEqual(['alibaba->banned->claude-code', 'anthropic->develops->claude-code']);
  });

  it('keeps the selected node in focus when nothing is hovered, and lets a hover take over', () => {
    const state = new AppState(fixtureGraph());
    state.select({ kind: 'node', node: 'qwen' });
    expect([...(state.focus?.nodes ?? [])].sort()).toEqual(['alibaba', 'qwen']);
    state.hover('china', null);
    expect([...(state.focus?.nodes ?? [])]).toEqual(['china']);
    state.hover(null, null);
    expect(state.focus?.nodes.has('qwen')).toBe(true);
  });

  it('focuses the two ends of a hovered or selected edge', () => {
    const state = new AppState(fixtureGraph());
    state.select({ kind: 'edge', edge: 'alibaba->banned->claude-code' });
    expect([...(state.focus?.nodes ?? [])].sort()).toEqual(['alibaba', 'claude-code']);
    expect([...(state.focus?.edges ?? [])]).toEqual(['alibaba->banned->claude-code']);
    state.select({ kind: 'none' });
    expect(state.focus).toBeNull();
  });

  it('recomputes the filtered view when filters change and tells listeners what changed', () => {
    const state = new AppState(fixtureGraph());
    const changes: StateChange[] = [];
    state.onChange((change) => changes.push(change));
    state.setFilters({ ...NO_FILTERS, hiddenTypes: new Set(['company']) });
    expect(state.view.nodes.has('alibaba')).toBe(false);
    state.hover('qwen', null);
    state.hover('qwen', null); // unchanged: no event
    state.setZoomedIn(true);
    expect(changes).toEqual(['filters', 'hover', 'zoom']);
  });

  it('drops a selection the new graph does not hold, and keeps one it does', () => {
    const state = new AppState(fixtureGraph());
    state.select({ kind: 'node', node: 'claude' });
    state.setGraph(fixtureGraph());
    expect(state.selection).toEqual({ kind: 'node', node: 'claude' });
    const smaller = buildGraph([fixtureRecord('other', ENTITIES.slice(0, 2), [['alibaba', 'competes_with', 'anthropic']])]);
    state.setGraph(smaller);
    expect(state.selection).toEqual({ kind: 'none' });
    expect(state.view.nodes.size).toBe(2);
  });
});
