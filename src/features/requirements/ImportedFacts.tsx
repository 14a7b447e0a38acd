import '../../i18n/importMessages';
import type { Requirement } from '../../domain/types';
import { useT } from '../../ui/useT';

/** What imports bring that the panel does not edit: a start date and whether the due date was met. */
export function ImportedFacts({ requirement }: { requirement: Pick<Requirement, 'startDate' | 'dueDone'> }) {
  const t = useT();
  const { startDate, dueDone } = requirement;
  if (startDate === null && !dueDone) return null;
  return (
    <dl className="detail__facts">
      {startDate !== null && (
        <>
          <dt>{t('import.detail.start')}</dt>
          <dd>{startDate}</dd>
        </>
      )}
      {dueDone && (
        <>
          <dt>{t('import.detail.due')}</dt>
          <dd>{t('import.detail.dueDone')}</dd>
        </>
      )}
    </dl>
  );
}
