/**
 * The timeline under the graph: articles (light bars) and newly stated claims (dark bars) per day,
 * month or year; dragging across it sets a date range, so the graph shows only what was stated
 * inside it (plus what undated articles state, counted apart and always shown); Play replays the
 * story bin by bin, claims appearing with their first article. The range is an ordinary filter
 * (AppState.filters.dateRange), so it travels in the URL and the claims table follows it.
 */
import type { AppState } from './app-state';
import { byId, clear } from './dom';
import type { DateRange } from './filtered-view';
import { plural } from './labels';
import { timelineOf, type Timeline } from './time-bins';

const SVG = 'http://www.w3.org/2000/svg';
const CHART_HEIGHT = 56;
/** Time per bin while playing; long stories play faster so a replay takes at most ~20 s. */
const STEP_MS = 700;
const MAX_PLAY_MS = 20_000;
const MAX_BAR_WIDTH = 18;

export class TimelineView {
  private readonly section = byId('timeline');
  private readonly chart = byId('timeline-chart');
  private readonly rangeText = byId('timeline-range');
  private readonly undatedText = byId('timeline-undated');
  private readonly playButton = byId<HTMLButtonElement>('timeline-play');
  private readonly allButton = byId<HTMLButtonElement>('timeline-all');
  private timeline: Timeline;
  private dragFrom: number | null = null;
  private dragTo: number | null = null;
  private playTimer: number | undefined;

  constructor(private readonly state: AppState) {
    this.timeline = timelineOf(state.graph);
    state.onChange((change) => {
      if (change === 'graph') {
        this.stop();
        this.timeline = timelineOf(state.graph);
        this.render();
      } else if (change === 'filters') {
        this.showRange();
      }
    });
    this.playButton.addEventListener('click', () => (this.playTimer === undefined ? this.play() : this.stop()));
    this.allButton.addEventListener('click', () => {
      this.stop();
      this.setRange(null);
    });
    this.chart.addEventListener('pointerdown', (event) => this.onPointerDown(event));
    this.chart.addEventListener('pointermove', (event) => this.onPointerMove(event));
    this.chart.addEventListener('pointerup', (event) => this.onPointerUp(event));
    new ResizeObserver(() => this.render()).observe(this.chart);
    this.render();
  }

  /**
   * Replays the story: the range grows from the first date to each date something happened (an
   * article or a new claim), one step at a time, ending with the range cleared (everything shown).
   */
  play(): void {
    const bins = this.timeline.bins;
    if (bins.length === 0) return;
    this.stop();
    const steps = bins.flatMap((bin, i) => (bin.articles > 0 || bin.claims > 0 || i === bins.length - 1 ? [i] : []));
    const wait = Math.min(STEP_MS, MAX_PLAY_MS / steps.length);
    let step = 0;
    this.section.dataset.playing = 'true';
    this.playButton.textContent = 'Stop';
    const advance = (): void => {
      const index = steps[step]!;
      const last = step === steps.length - 1;
      // The replay ends on the whole story with no range left set, so articles added later show.
      this.setRange(last ? null : { from: bins[0]!.from, to: bins[index]!.to });
      this.section.dataset.playStep = String(step);
      if (last) {
        this.stop();
        return;
      }
      step++;
      this.playTimer = window.setTimeout(advance, wait);
    };
    advance();
  }

  stop(): void {
    if (this.playTimer !== undefined) window.clearTimeout(this.playTimer);
    this.playTimer = undefined;
    this.section.dataset.playing = 'false';
    this.playButton.textContent = 'Play';
  }

  private setRange(range: DateRange | null): void {
    const current = this.state.filters.dateRange;
    if (current?.from === range?.from && current?.to === range?.to) return;
    this.state.setFilters({ ...this.state.filters, dateRange: range });
  }

  private render(): void {
    const { bins, undatedArticles, undatedClaims } = this.timeline;
    this.section.dataset.bins = String(bins.length);
    this.playButton.disabled = bins.length === 0;
    this.undatedText.textContent =
      bins.length === 0
        ? `No article has a date: ${plural(undatedArticles, 'article')}, all shown. Dates come from JSON "date", HTML metadata, Markdown front matter or a dateline.`
        : undatedArticles > 0
          ? `${plural(undatedArticles, 'undated article')} (${plural(undatedClaims, 'claim')} only they state): always shown.`
          : '';
    clear(this.chart);
    const width = this.chart.clientWidth;
    if (bins.length === 0 || width === 0) {
      this.showRange();
      return;
    }
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(CHART_HEIGHT));
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `Articles and new claims per ${this.timeline.unit}, ${bins[0]!.label} to ${bins[bins.length - 1]!.label}`);
    const max = Math.max(1, ...bins.map((bin) => Math.max(bin.articles, bin.claims)));
    const slot = width / bins.length;
    // Two bars per bin, centred in it, never wider than a finger's width.
    const barWidth = Math.min(MAX_BAR_WIDTH, Math.max(1, slot / 2 - 1));
    bins.forEach((bin, i) => {
      const x = i * slot + slot / 2 - barWidth - 1;
      for (const [value, offset, kind] of [[bin.articles, 0, 'articles'], [bin.claims, barWidth + 1, 'claims']] as const) {
        if (value === 0) continue;
        const height = Math.max(2, (value / max) * (CHART_HEIGHT - 14));
        const bar = document.createElementNS(SVG, 'rect');
        bar.setAttribute('class', `bar ${kind}`);
        bar.setAttribute('x', String(x + offset));
        bar.setAttribute('y', String(CHART_HEIGHT - 12 - height));
        bar.setAttribute('width', String(barWidth));
        bar.setAttribute('height', String(height));
        const title = document.createElementNS(SVG, 'title');
        title.textContent = `${bin.label}: ${plural(value, kind === 'articles' ? 'article' : 'new claim')}`;
        bar.append(title);
        svg.append(bar);
      }
    });
    // First and last labels only: the bars say the rest on hover.
    for (const [text, anchor, x] of [[bins[0]!.label, 'start', 1], [bins[bins.length - 1]!.label, 'end', width - 1]] as const) {
      const label = document.createElementNS(SVG, 'text');
      label.setAttribute('class', 'axis');
      label.setAttribute('x', String(x));
      label.setAttribute('y', String(CHART_HEIGHT - 1));
      label.setAttribute('text-anchor', anchor);
      label.textContent = text;
      svg.append(label);
    }
    const brush = document.createElementNS(SVG, 'rect');
    brush.setAttribute('class', 'brush');
    brush.setAttribute('y', '0');
    brush.setAttribute('height', String(CHART_HEIGHT - 12));
    svg.append(brush);
    this.chart.append(svg);
    this.showRange();
  }

  /** The brush and the range text follow the filter (set here, by Play, by a link or by "show all"). */
  private showRange(): void {
    const range = this.dragFrom !== null && this.dragTo !== null ? this.binRange(this.dragFrom, this.dragTo) : this.state.filters.dateRange;
    this.section.dataset.from = range?.from ?? '';
    this.section.dataset.to = range?.to ?? '';
    this.rangeText.textContent = range ? (range.from === range.to ? range.from : `${range.from} – ${range.to}`) : 'all dates';
    this.allButton.disabled = range === null;
    const brush = this.chart.querySelector<SVGRectElement>('rect.brush');
    const bins = this.timeline.bins;
    if (!brush) return;
    if (!range || bins.length === 0) {
      brush.setAttribute('width', '0');
      return;
    }
    const first = bins.findIndex((bin) => bin.to >= range.from);
    let last = -1;
    bins.forEach((bin, i) => {
      if (bin.from <= range.to) last = i;
    });
    const slot = this.chart.clientWidth / bins.length;
    const from = Math.max(0, first);
    brush.setAttribute('x', String(from * slot));
    brush.setAttribute('width', String(Math.max(0, (last - from + 1) * slot)));
  }

  private binAt(event: PointerEvent): number {
    const box = this.chart.getBoundingClientRect();
    const bins = this.timeline.bins.length;
    return Math.min(bins - 1, Math.max(0, Math.floor(((event.clientX - box.left) / Math.max(1, box.width)) * bins)));
  }

  private binRange(a: number, b: number): DateRange {
    const bins = this.timeline.bins;
    return { from: bins[Math.min(a, b)]!.from, to: bins[Math.max(a, b)]!.to };
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.timeline.bins.length === 0 || event.button !== 0) return;
    this.stop();
    this.chart.setPointerCapture(event.pointerId);
    this.dragFrom = this.dragTo = this.binAt(event);
    this.showRange();
  }

  private onPointerMove(event: PointerEvent): void {
    if (this.dragFrom === null) return;
    const bin = this.binAt(event);
    if (bin === this.dragTo) return;
    this.dragTo = bin;
    this.showRange();
  }

  /** The filter changes once, when the drag ends: the graph redraws once, not per bin crossed. */
  private onPointerUp(event: PointerEvent): void {
    if (this.dragFrom === null) return;
    this.dragTo = this.binAt(event);
    const range = this.binRange(this.dragFrom, this.dragTo);
    this.dragFrom = this.dragTo = null;
    const bins = this.timeline.bins;
    // A range covering every bin is no range.
    this.setRange(range.from === bins[0]!.from && range.to === bins[bins.length - 1]!.to ? null : range);
    this.showRange();
  }
}
