import { useLayoutEffect, useRef, type MouseEvent } from 'react';
import { setAppView, useAppView, type AppView } from '../state/appView';
import { useLocale, useT } from '../ui/useT';
import { VIEW_COMMANDS } from './commands/viewCommands';

interface ViewNavProps {
  /** Index of the first view that did not fit on the header's row (the menu lists it and those after). */
  hiddenFrom: number;
  onHiddenFrom: (index: number) => void;
}

/**
 * The views as navigation: links to their hash (#/table), the open one marked aria-current.
 * The list is one row high and wraps out of sight; views that wrapped are hidden here and
 * listed in the header's "More" menu instead, so a narrow window never gets a second row.
 */
export function ViewNav({ hiddenFrom, onHiddenFrom }: ViewNavProps) {
  const t = useT();
  const locale = useLocale();
  const view = useAppView((s) => s.view);
  const list = useRef<HTMLUListElement>(null);

  useLayoutEffect(() => {
    const ul = list.current;
    if (!ul) return;
    const measure = () => {
      const items = [...ul.children] as HTMLElement[];
      const top = items[0]?.offsetTop ?? 0;
      const first = items.findIndex((item) => item.offsetTop > top);
      onHiddenFrom(first === -1 ? items.length : first);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(ul);
    return () => observer.disconnect();
    // The labels' widths change with the language.
  }, [locale, onHiddenFrom]);

  const open = (event: MouseEvent, target: AppView) => {
    // A modified click opens the view in a new tab, as links do.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    setAppView(target);
  };

  return (
    <nav className="shell__nav" aria-label={t('roadmap.nav.label')}>
      <ul ref={list}>
        {VIEW_COMMANDS.map((item, index) => (
          <li key={item.view} className={index >= hiddenFrom ? 'shell__nav-hidden' : undefined}>
            <a
              href={`#/${item.view}`}
              aria-current={view === item.view ? 'page' : undefined}
              onClick={(event) => open(event, item.view)}
            >
              {t(item.name)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
