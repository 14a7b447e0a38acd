import { textColorOn } from '../../../domain/requirements/tagColors';
import { useExtrasData } from './store';

function tagStyle(color: string | undefined) {
  return color ? { background: color, color: textColorOn(color), borderColor: 'transparent' } : undefined;
}

/** A card's tags in the product's colours. */
export function CardTags({ tags }: { tags: readonly string[] }) {
  const colors = useExtrasData((s) => s.tagColors);
  return (
    <>
      {tags.map((tag) => (
        <span key={tag} className="tag" style={tagStyle(colors.get(tag))}>
          {tag}
        </span>
      ))}
    </>
  );
}
