/**
 * "Colour by" and "size by": each mode is one declarative object (a label, how it colours or sizes
 * a node, what the legend says), in one registry the controls, the reducers and the legend read.
 * A mode computes its colours or sizes for the whole graph once, when it is chosen or the graph
 * changes, so the reducers only look values up.
 */
import { dateOfDay, dayNumber } from '../pipeline/graph/dates';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import { DEFAULT_SIZE_SCALE, ENTITY_COLORS, FALLBACK_COLOR, NODE_SIZES, relativeSizes, type SizeScale } from '../pipeline/graph/style';
import type { NodeAttributes } from '../pipeline/types';
import { typeLabel } from './labels';

export interface LegendEntry {
  label: string;
  color: string;
}

export interface ColorMode {
  label: string;
  /** Colour per node; undefined = the node's own colour (its type's). */
  colors(graph: KnowledgeGraph): Map<string, string> | undefined;
  legend(graph: KnowledgeGraph): LegendEntry[];
}

export interface SizeMode {
  label: string;
  /**
   * Size per node under a scale (linear, sqrt, log: style.ts's SIZE_SCALES), relative to the
   * graph; undefined = the node's own size (the pipeline's: mentions under the default scale).
   */
  sizes(graph: KnowledgeGraph, scale: SizeScale): Map<string, number> | undefined;
  /** The node attribute the mode reads, for the ranking list ("most central"). */
  value(attributes: NodeAttributes): number;
}

/** Distinguishable colours for the largest communities; smaller ones share the last, grey. */
export const COMMUNITY_PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d4b000', '#8c564b', '#7f3c8d', '#11a579', '#3969ac', '#e68310', '#80ba5a'];
const OTHER_COMMUNITIES = '#9aa3ad';

/** Oldest → newest: light to dark, readable on white; undated grey. */
const TIME_RAMP: readonly [number, number, number][] = [
  [253, 231, 37],
  [53, 183, 121],
  [49, 104, 142],
  [68, 1, 84],
];
const UNDATED = '#b8bec6';

export const COLOR_MODES = {
  type: {
    label: 'Entity type',
    colors: () => undefined,
    legend: (graph) => {
      const types = new Set<string>();
      graph.forEachNode((_node, attributes) => types.add(attributes.type));
      return [...types].sort().map((type) => ({ label: typeLabel(type), color: (ENTITY_COLORS as Record<string, string>)[type] ?? FALLBACK_COLOR }));
    },
  },
  community: {
    label: 'Community',
    colors: (graph) => {
      const sizes = communitySizes(graph);
      const colors = new Map<string, string>();
      graph.forEachNode((node, { community }) => colors.set(node, (sizes.get(community ?? 0) ?? 0) > 1 ? communityColor(community) : OTHER_COMMUNITIES));
      return colors;
    },
    legend: (graph) => {
      // Each group named after its most central member; entities alone in theirs share one grey.
      const groups = new Map<number, { count: number; top: string; rank: number }>();
      graph.forEachNode((_node, attributes) => {
        const community = attributes.community ?? 0;
        const group = groups.get(community) ?? { count: 0, top: attributes.label, rank: -1 };
        group.count++;
        if ((attributes.pagerank ?? 0) > group.rank) Object.assign(group, { top: attributes.label, rank: attributes.pagerank ?? 0 });
        groups.set(community, group);
      });
      const listed = [...groups].filter(([, group]) => group.count > 1).sort((a, b) => a[0] - b[0]);
      const named = listed.slice(0, COMMUNITY_PALETTE.length).map(([community, { count, top }]) => ({ label: `${top} +${count - 1}`, color: communityColor(community) }));
      const rest = graph.order - named.reduce((sum, entry, i) => sum + listed[i]![1].count, 0);
      return rest > 0 ? [...named, { label: `${rest} in small or single groups`, color: OTHER_COMMUNITIES }] : named;
    },
  },
  firstSeen: {
    label: 'First seen',
    colors: (graph) => {
      const { first, last } = dateSpan(graph);
      const colors = new Map<string, string>();
      graph.forEachNode((node, attributes) => colors.set(node, timeColor(attributes.firstSeen, first, last)));
      return colors;
    },
    legend: (graph) => {
      const { first, last } = dateSpan(graph);
      if (!first || !last) return [{ label: 'no dated article', color: UNDATED }];
      const entries = first === last ? [{ label: first, color: timeColor(first, first, last) }] : [
        { label: first, color: timeColor(first, first, last) },
        { label: midDate(first, last), color: timeColor(midDate(first, last), first, last) },
        { label: last, color: timeColor(last, first, last) },
      ];
      return [...entries, { label: 'undated', color: UNDATED }];
    },
  },
} satisfies Record<string, ColorMode>;

export type ColorBy = keyof typeof COLOR_MODES;

export const SIZE_MODES = {
  // The pipeline sizes nodes by mentions under the default scale (style.ts): the GEXF's viz:size.
  mentions: {
    label: 'Mentions',
    sizes: (graph, scale) => (scale === DEFAULT_SIZE_SCALE ? undefined : scaledSizes(graph, scale, (a) => a.mentions)),
    value: (attributes) => attributes.mentions,
  },
  pagerank: { label: 'PageRank', sizes: (graph, scale) => scaledSizes(graph, scale, (a) => a.pagerank ?? 0), value: (attributes) => attributes.pagerank ?? 0 },
  degree: { label: 'Degree', sizes: (graph, scale) => scaledSizes(graph, scale, (a) => a.degree ?? 0), value: (attributes) => attributes.degree ?? 0 },
} satisfies Record<string, SizeMode>;

export type SizeBy = keyof typeof SIZE_MODES;

export function isColorBy(value: string): value is ColorBy {
  return Object.hasOwn(COLOR_MODES, value);
}

export function isSizeBy(value: string): value is SizeBy {
  return Object.hasOwn(SIZE_MODES, value);
}

function communitySizes(graph: KnowledgeGraph): Map<number, number> {
  const sizes = new Map<number, number>();
  graph.forEachNode((_node, { community }) => sizes.set(community ?? 0, (sizes.get(community ?? 0) ?? 0) + 1));
  return sizes;
}

export function communityColor(community: number | undefined): string {
  return COMMUNITY_PALETTE[community ?? 0] ?? OTHER_COMMUNITIES;
}

/** The value under the scale, relative to the graph, between the pipeline's smallest and largest node sizes. */
function scaledSizes(graph: KnowledgeGraph, scale: SizeScale, value: (attributes: NodeAttributes) => number): Map<string, number> {
  const nodes = graph.nodes();
  const sizes = relativeSizes(nodes.map((node) => value(graph.getNodeAttributes(node))), scale, NODE_SIZES);
  return new Map(nodes.map((node, i) => [node, sizes[i]!]));
}

function dateSpan(graph: KnowledgeGraph): { first?: string; last?: string } {
  let first: string | undefined;
  let last: string | undefined;
  graph.forEachNode((_node, { firstSeen }) => {
    if (firstSeen === undefined) return;
    if (first === undefined || firstSeen < first) first = firstSeen;
    if (last === undefined || firstSeen > last) last = firstSeen;
  });
  return { first, last };
}

function midDate(first: string, last: string): string {
  return dateOfDay(Math.round((dayNumber(first) + dayNumber(last)) / 2));
}

function timeColor(date: string | undefined, first: string | undefined, last: string | undefined): string {
  if (date === undefined || first === undefined || last === undefined) return UNDATED;
  const span = dayNumber(last) - dayNumber(first);
  const t = span > 0 ? (dayNumber(date) - dayNumber(first)) / span : 1;
  const scaled = Math.min(1, Math.max(0, t)) * (TIME_RAMP.length - 1);
  const i = Math.min(TIME_RAMP.length - 2, Math.floor(scaled));
  const f = scaled - i;
  const [a, b] = [TIME_RAMP[i]!, TIME_RAMP[i + 1]!];
  const channel = (k: number): string => Math.round(a[k]! + (b[k]! - a[k]!) * f).toString(16).padStart(2, '0');
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}
