import { VERDICTS, type Verdict } from '../../domain/types';
import { useT } from '../../ui/useT';

/** The verdict of a review; the empty choice is "not reviewed". */
export function VerdictSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Verdict | null;
  onChange: (verdict: Verdict | null) => void;
}) {
  const t = useT();
  return (
    <select id={id} value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as Verdict | null)}>
      <option value="">{t('review.verdict.none')}</option>
      {VERDICTS.map((verdict) => (
        <option key={verdict} value={verdict}>
          {t(`review.verdict.${verdict}`)}
        </option>
      ))}
    </select>
  );
}
