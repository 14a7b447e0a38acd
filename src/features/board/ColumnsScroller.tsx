import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../ui/useT';

/**
 * The board's columns, scrolled sideways: a fade and a button on each side where stages are out
 * of sight, so a narrow window still says there is more (issue 18). The buttons are real buttons,
 * reached by Tab before the columns.
 */
export function ColumnsScroller({ stageCount, children }: { stageCount: number; children: ReactNode }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  // " earlier later": the sides with stages out of sight, as class modifiers.
  const [more, setMore] = useState('');

  const measure = () => {
    const el = box.current;
    if (el)
      setMore(
        (el.scrollLeft > 1 ? ' earlier' : '') + (el.scrollLeft + el.clientWidth < el.scrollWidth - 1 ? ' later' : ''),
      );
  };
  useEffect(() => {
    measure();
    const observer = new ResizeObserver(measure);
    if (box.current) observer.observe(box.current);
    return () => observer.disconnect();
  }, [stageCount]);

  const button = (side: 'earlier' | 'later', direction: number) =>
    more.includes(side) && (
      <button
        type="button"
        className={`board__scroll board__scroll--${side}`}
        aria-label={t(`board.scroll.${side}`)}
        onClick={() => box.current?.scrollBy({ left: direction * box.current.clientWidth * 0.8 })}
      >
        {direction < 0 ? '‹' : '›'}
      </button>
    );

  return (
    <div className={`board__scroller${more.replace(/ /g, ' board__scroller--')}`}>
      {button('earlier', -1)}
      {button('later', 1)}
      <div ref={box} className="board__columns" onScroll={measure}>
        {children}
      </div>
    </div>
  );
}
