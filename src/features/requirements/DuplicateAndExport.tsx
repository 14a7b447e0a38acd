import '../../i18n/workspaceMessages';
import { workspaceRepository } from '../../db/workspaceAccess';
import { prdFileName, requirementToMarkdown } from '../../domain/requirements/prdMarkdown';
import type { Member, Requirement, Stage } from '../../domain/types';
import { openRequirement } from '../../state/boardUi';
import { recordChange } from '../../state/history';
import { trackSave } from '../../state/saveStatus';
import { showToast } from '../../state/toasts';
import { describeError } from '../../ui/describeError';
import { downloadBlob } from '../../ui/download';
import { memberNameOf } from '../../ui/memberName';
import { stageDisplayName } from '../../ui/stageName';
import { useLocale, useT } from '../../ui/useT';
import { duplicateEntry } from './requirementHistory';
import { formatNumber } from '../../i18n/format';
import { formatDateTime } from '../../i18n/formatTime';

interface Props {
  requirement: Requirement;
  stage: Stage | undefined;
  members: Member[];
  /** Writes what was typed before the copy or the export reads the row. */
  flush: () => void;
}

/** Duplicate the requirement (the copy opens), or download it as a Markdown PRD. */
export function DuplicateAndExport({ requirement, stage, members, flush }: Props) {
  const t = useT();
  const locale = useLocale();

  const duplicate = () => {
    flush();
    trackSave(workspaceRepository.duplicateRequirement(requirement.id, t('workspace.copySuffix'))).then(
      (copy) => {
        recordChange(duplicateEntry(copy));
        showToast({ tone: 'info', message: t('workspace.duplicated', { title: copy.title }) });
        openRequirement(copy.id);
      },
      (error: unknown) => showToast({ tone: 'error', message: describeError(error, t) }),
    );
  };

  const exportMarkdown = () => {
    const text = requirementToMarkdown(requirement, {
      labels: {
        meta: t('workspace.prd.meta'),
        field: t('workspace.prd.field'),
        value: t('workspace.prd.value'),
        stage: t('detail.stage'),
        type: t('detail.type'),
        priority: t('detail.priority'),
        owner: t('detail.owner'),
        due: t('detail.due'),
        estimate: t('workspace.field.estimate'),
        source: t('workspace.source'),
        tags: t('detail.tags'),
        created: t('workspace.prd.created'),
        updated: t('workspace.prd.updated'),
        description: t('detail.description'),
        criteria: t('detail.criteria'),
        metric: t('workspace.metric.legend'),
        metricName: t('workspace.metric.name'),
        baseline: t('workspace.metric.baseline'),
        target: t('workspace.metric.target'),
        actual: t('workspace.metric.actual'),
        links: t('workspace.links.heading'),
        notes: t('workspace.notes.heading'),
        none: t('workspace.prd.none'),
      },
      stageName: stage ? stageDisplayName(stage, t) : '',
      typeName: t(`type.${requirement.type}`),
      sourceName: requirement.source === null ? null : t(`workspace.source.${requirement.source}`),
      memberName: (id) => memberNameOf(members, id, t),
      formatDateTime: (iso) => formatDateTime(iso, locale),
      formatNumber: (n) => formatNumber(n, locale),
    });
    downloadBlob(new Blob([text], { type: 'text/markdown;charset=utf-8' }), prdFileName(requirement.title));
  };

  return (
    <div className="detail__actions">
      <button type="button" className="button" onClick={duplicate}>
        {t('workspace.duplicate')}
      </button>
      <button type="button" className="button" onClick={exportMarkdown}>
        {t('workspace.exportMarkdown')}
      </button>
    </div>
  );
}
