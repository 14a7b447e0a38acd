// The columns' virtualiser, with @tanstack/virtual-core loaded just after the board's first paint
// (~10 kB gzip off the start-up budget). Until it arrives a column shows its first screen of cards
// at estimated places, the way unloaded slots already stand in for cards not read yet; the cards
// keep their keys, so nothing remounts when the real virtualiser takes over.
import type { Range, VirtualItem, Virtualizer } from '@tanstack/virtual-core';
import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

type VirtualCore = typeof import('@tanstack/virtual-core');

let core: VirtualCore | undefined;
let loading: Promise<VirtualCore> | undefined;

/** Starts the download once, after the frame that paints the board (rAF, then a task). */
function loadAfterPaint(): Promise<VirtualCore> {
  loading ??= new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    .then(() => import('@tanstack/virtual-core'))
    .then((m) => (core = m));
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
  getItemKey: (index: number) => string | number;
  /** Kept in the DOM wherever it scrolls to (the dragged card), or -1. */
  pinnedIndex: number;
}

function estimatedItem(index: number, size: number, key: string | number): VirtualItem {
  return { index, key, start: index * size, end: (index + 1) * size, size, lane: 0 };
}

/** The first screen (the window's height, plus overscan) at estimated sizes. */
function standIn(o: CardVirtualizerOptions): CardVirtualizer {
  const firstScreen = Math.ceil((globalThis.innerHeight ?? 0) / o.estimatedSize) + o.overscan;
  const indexes = Array.from({ length: Math.min(o.count, firstScreen) }, (_, i) => i);
  if (o.pinnedIndex >= indexes.length) indexes.push(o.pinnedIndex);
  const items = indexes.map((i) => estimatedItem(i, o.estimatedSize, o.getItemKey(i)));
  return {
    getVirtualItems: () => items,
    getTotalSize: () => o.count * o.estimatedSize,
    getVirtualItemForOffset: (offset) => {
      const index = Math.floor(offset / o.estimatedSize);
      return index < o.count ? estimatedItem(index, o.estimatedSize, o.getItemKey(index)) : undefined;
    },
    measurementsCache: [],
    measureElement: () => {},
  };
}

/** `useVirtualizer` from @tanstack/react-virtual for a scrolling element, with the core loaded lazily. */
export function useCardVirtualizer(o: CardVirtualizerOptions): CardVirtualizer {
  const [mod, setMod] = useState(core);
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  const instance = useRef<Virtualizer<HTMLDivElement, Element> | null>(null);
  // As in react-virtual: a change reported while a ref measures a card must not flushSync.
  const measuring = useRef(false);

  useEffect(() => {
    if (mod) return;
    let live = true;
    void loadAfterPaint().then((m) => live && setMod(m));
    return () => {
      live = false;
    };
  }, [mod]);

  const pinned = o.pinnedIndex;
  const options = mod && {
    count: o.count,
    getScrollElement: o.getScrollElement,
    estimateSize: () => o.estimatedSize,
    overscan: o.overscan,
    getItemKey: o.getItemKey,
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

  return instance.current ?? standIn(o);
}
