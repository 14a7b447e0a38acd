import '../../i18n/workspaceMessages';
import { TAG_PALETTE } from '../../domain/requirements/tagPalette';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { useT } from '../../ui/useT';
import type { MessageKey } from '../../i18n/translate';
import { setTagColorRecorded } from './workspaceHistory';
import './workspace.css';

const NAMES: Record<(typeof TAG_PALETTE)[number], string> = {
  '#e03131': 'red',
  '#f08c00': 'orange',
  '#2f9e44': 'green',
  '#1971c2': 'blue',
  '#7048e8': 'violet',
  '#c2255c': 'pink',
  '#0c8599': 'teal',
  '#495057': 'grey',
};
/** Stands for a tag without a colour of its own (or with an imported one outside the palette); it is not a colour to pick. */
const DEFAULT = '';

/** A tag's colour within the product, from a palette whose every colour keeps the tag's text readable. */
export function TagColorSelect({
  productId,
  tag,
  color,
}: {
  productId: string;
  tag: string;
  color: string | undefined;
}) {
  const t = useT();
  const known = color !== undefined && color in NAMES;
  return (
    <select
      aria-label={t('workspace.tagColor', { tag })}
      value={known ? color : DEFAULT}
      onChange={(e) => {
        if (e.target.value === DEFAULT) return;
        trackSave(setTagColorRecorded(productId, tag, e.target.value, color)).catch((error: unknown) =>
          showToast({ tone: 'error', message: describeError(error, t) }),
        );
      }}
    >
      <option value={DEFAULT} disabled={known}>
        {color !== undefined && !known ? color : t('workspace.color.default')}
      </option>
      {TAG_PALETTE.map((value) => (
        <option key={value} value={value}>
          {t(`workspace.color.${NAMES[value]}` as MessageKey)}
        </option>
      ))}
    </select>
  );
}
