// The columns' virtualiser, with @tanstack/virtual-core loaded once the board has painted and the
// browser is idle (~10 kB gzip off the start-up budget), or at once when a column scrolls. Until it
// arrives a column shows its first screen of cards at estimated places, the way unloaded slots
// already stand in for cards not read yet; the cards keep their keys, so nothing remounts when the
// real virtualiser takes over.
import type { Range, VirtualItem, Virtualizer } from '@tanstack/virtual-core';
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { whenIdle } from '../../state/afterPaint';

type VirtualCore = typeof import('@tanstack/virtual-core');

let core: VirtualCore | undefined;
let loading: Promise<VirtualCore> | undefined;

/** Starts the download once. */
function loadCore(): Promise<VirtualCore> {
  loading ??= import('@tanstack/virtual-core').then((m) => (core = m));
  return loading;
}

/** What VirtualCardList reads from a virtualiser; the stand-in answers the same questions. */
export interface CardVirtualizer {
  getVirtualItems(): VirtualItem[];
  getTotalSize(): number;
  getVirtualItemForOffset(offset: number): VirtualItem | undefined;
  measurementsCache: VirtualItem[];
  measureElement(node: Element | null): void;
}

export interface CardVirtualizerOptions {
  count: number;
  getScrollElement: () => HTMLDivElement | null;
  estimatedSize: number;
  overscan: number;
  getItemKey: (index: number) => Key;
  /** Kept in the DOM wherever it scrolls to (the dragged card), or -1. */
  pinnedIndex: number;
}

type Key = string | number;

/** A card's height as both virtualisers place it: rounded, so the hand-over moves no card by a pixel. */
const heightOf = (node: Element) => Math.round(node.getBoundingClientRect().height);
/** The first screen's measured heights by card key, and the observer that keeps them current. */
type FirstScreen = Map<Key, number> & { observer?: ResizeObserver };

/**
 * The first screen (the window's height, plus overscan), laid out as virtual-core would: each card
 * at its measured height once it has rendered, its estimate before. A measurement made while React
 * commits re-renders before the browser paints, and a card that grows later (a web font arriving)
 * is seen by a ResizeObserver, as virtual-core does, so cards never overlap on screen.
 */
function standIn(o: CardVirtualizerOptions, sizes: FirstScreen, measured: () => void): CardVirtualizer {
  const items: VirtualItem[] = [];
  const place = (index: number, start: number) => {
    const key = o.getItemKey(index);
    const size = sizes.get(key) ?? o.estimatedSize;
    return { index, key, start, end: start + size, size, lane: 0 };
  };
  const measure = (node: Element) => {
    const key = o.getItemKey(Number(node.getAttribute('data-index')));
    const size = heightOf(node);
    if (sizes.get(key) === size) return false;
    sizes.set(key, size);
    return true;
  };
  const screen = globalThis.innerHeight ?? 0;
  let end = 0;
  let extra = o.overscan;
  for (let i = 0; i < o.count && (end <= screen || extra-- > 0); i++) {
    const item = place(i, end);
    items.push(item);
    end = item.end;
  }
  const unplaced = (index: number) => end + (index - items.length) * o.estimatedSize;
  const all = o.pinnedIndex >= items.length ? [...items, place(o.pinnedIndex, unplaced(o.pinnedIndex))] : items;
  return {
    getVirtualItems: () => all,
    getTotalSize: () => unplaced(o.count),
    getVirtualItemForOffset: (offset) => {
      const placed = items.find((item) => offset < item.end);
      if (placed) return placed;
      const index = items.length + Math.floor((offset - end) / o.estimatedSize);
      return index < o.count ? place(index, unplaced(index)) : undefined;
    },
    measurementsCache: items,
    measureElement: (node) => {
      if (!node) return;
      sizes.observer ??= new ResizeObserver((entries) => {
        if (entries.map((e) => measure(e.target)).includes(true)) measured();
      });
      sizes.observer.observe(node);
      if (measure(node)) measured();
    },
  };
}

/** `useVirtualizer` from @tanstack/react-virtual for a scrolling element, with the core loaded lazily. */
export function useCardVirtualizer(o: CardVirtualizerOptions): CardVirtualizer {
  const [mod, setMod] = useState(core);
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  const instance = useRef<Virtualizer<HTMLDivElement, Element> | null>(null);
  // As in react-virtual: a change reported while a ref measures a card must not flushSync.
  const measuring = useRef(false);
  const firstScreen = useRef<FirstScreen>(new Map());

  useEffect(() => {
    if (mod) return;
    let live = true;
    const load = () => void loadCore().then((m) => live && setMod(m));
    // Beyond the first screen the stand-in has no cards: a scroll cannot wait for idle.
    const scroller = o.getScrollElement();
    scroller?.addEventListener('scroll', load, { once: true, passive: true });
    void whenIdle(1_000).then(load);
    return () => {
      live = false;
      scroller?.removeEventListener('scroll', load);
    };
    // The scroll element is the column's own and lives as long as it does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mod]);

  const pinned = o.pinnedIndex;
  const options = mod && {
    count: o.count,
    getScrollElement: o.getScrollElement,
    // It hears only scrolls after it exists: one that came first (the one that loaded it) is read here.
    initialOffset: () => o.getScrollElement()?.scrollTop ?? 0,
    estimateSize: () => o.estimatedSize,
    // A card mounting is measured, never taken from the cache: virtual-core's own measure returns the
    // height a card had when last shown, and one that grew off screen (badges, an edit, a filter's
    // highlight) overlapped the card below until a ResizeObserver re-render a frame later. The commit
    // lays the new cards out anyway, so reading their height costs no extra layout.
    measureElement: (node: Element, entry: ResizeObserverEntry | undefined) =>
      entry?.borderBoxSize[0] ? Math.round(entry.borderBoxSize[0].blockSize) : heightOf(node),
    overscan: o.overscan,
    getItemKey: o.getItemKey,
    // The stand-in's measurements: the real virtualiser starts where the first screen already is.
    initialMeasurementsCache: standIn(o, firstScreen.current, rerender).measurementsCache,
    rangeExtractor: (range: Range) => {
      const indexes = mod.defaultRangeExtractor(range);
      if (pinned >= 0 && !indexes.includes(pinned)) {
        indexes.push(pinned);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    observeElementRect: mod.observeElementRect,
    observeElementOffset: mod.observeElementOffset,
    scrollToFn: mod.elementScroll,
    onChange: (_: unknown, sync: boolean) => {
      if (sync && !measuring.current) flushSync(rerender);
      else rerender();
    },
  };
  if (mod && options && !instance.current) {
    const v = new mod.Virtualizer<HTMLDivElement, Element>(options);
    const measureElement = v.measureElement;
    v.measureElement = (node) => {
      measuring.current = true;
      try {
        measureElement(node);
      } finally {
        measuring.current = false;
      }
    };
    instance.current = v;
  }
  if (options) instance.current?.setOptions(options);

  useLayoutEffect(() => instance.current?._didMount(), [mod]);
  useLayoutEffect(() => instance.current?._willUpdate());
  // A new virtualiser knows no scroll element until _willUpdate has run, and would render no card
  // at all: the stand-in answers until then, and this re-render (before paint) hands over.
  const live = useRef(false);
  useLayoutEffect(() => {
    const screen = firstScreen.current;
    if (instance.current && !live.current) {
      live.current = true;
      screen.observer?.disconnect();
      rerender();
    }
    return () => screen.observer?.disconnect();
  }, [mod]);

  return live.current && instance.current ? instance.current : standIn(o, firstScreen.current, rerender);
}
