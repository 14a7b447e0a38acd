import { useBoardUi } from '../../state/boardUi';
import { useFilterEngine } from './engine';

/** `text` with the parts the current search matched marked. */
export function Highlighted({ text }: { text: string }) {
  const query = useBoardUi((s) => s.filters.q);
  const engine = useFilterEngine(query.trim() !== '');
  if (!engine || query.trim() === '') return text;
  return engine.highlightParts(text, engine.searchTerms(query)).map((part, i) =>
    part.match ? (
      <mark key={i} className="search-hit">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
