import '../../i18n/importMessages';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Analysis } from '../../domain/import/analyse';
import type { EncodingChoice } from '../../domain/import/encoding';
import type { ColumnMapping } from '../../domain/import/generic';
import {
  defaultMapping,
  hasBlockingProblems,
  type ImportMapping,
  type ImportPlan,
  type ImportSource,
  type PlanRequirement,
} from '../../domain/import/plan';
import { repositories } from '../../db';
import { usePreferences } from '../../state/preferences';
import { Dialog } from '../../ui/Dialog';
import { describeError } from '../../ui/describeError';
import { useT } from '../../ui/useT';
import { IMPORT_LIMITS } from '../../domain/import/refusal';
import { useLocale } from '../../ui/useT';
import { refusalMessage } from './refusalMessage';
import { createImportClient, type ImportClient } from './importClient';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { runImport } from './runImport';
import { unpackRequirements, type PackedRequirements } from './planTransfer';
import type { ImportTarget } from '../../db/importAccess';
import type { TargetChoice } from './types';
import './import.css';

interface ImportDialogProps {
  onClose: () => void;
  /** Called once the import is written (the settings dialog closes so the PM sees the board). */
  onImported: () => void;
}

const STEPS = ['file', 'mapping', 'preview'] as const;
type Step = (typeof STEPS)[number];

/** A stage mapping that fits the target: lifecycle keys for a new product, stage ids for the current one. */
function fitMapping(plan: ImportPlan, target: TargetChoice, stageIdByKey: Map<string, string>): ImportMapping {
  const mapping = defaultMapping(plan);
  if (target === 'existing') {
    for (const [key, value] of Object.entries(mapping.stages)) {
      const id = value.startsWith('default:') ? stageIdByKey.get(value.slice('default:'.length)) : undefined;
      mapping.stages[key] = id ? `stage:${id}` : 'new';
    }
  }
  return mapping;
}

/** Settings → Data → Import: file, mapping, preview, then one transaction. */
export function ImportDialog({ onClose, onImported }: ImportDialogProps) {
  const t = useT();
  const locale = useLocale();
  const stepHeadingId = useId();
  const currentProductId = usePreferences((s) => s.currentProductId);
  const currentProduct = useLiveQuery(
    () => (currentProductId ? repositories.products.getProduct(currentProductId) : undefined),
    [currentProductId],
  );
  const liveStages = useLiveQuery(
    () => (currentProductId ? repositories.stages.listStages(currentProductId) : []),
    [currentProductId],
  );
  const currentStages = useMemo(() => liveStages ?? [], [liveStages]);
  const clientRef = useRef<ImportClient | null>(null);
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState<ImportSource | null>(null);
  const [encoding, setEncoding] = useState<EncodingChoice>('auto');
  const [reading, setReading] = useState<number | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  /** The plan without its requirements, which stay packed until Import (planTransfer.ts). */
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [packed, setPacked] = useState<PackedRequirements | null>(null);
  const [columnMapping, setColumnMapping] = useState<ColumnMapping>([]);
  const [target, setTarget] = useState<TargetChoice>('new');
  const [productName, setProductName] = useState('');
  const [mapping, setMapping] = useState<ImportMapping>({ stages: {}, priorities: {} });
  const [writing, setWriting] = useState(false);
  /** 0..1 of the requirements written, while writing. */
  const [written, setWritten] = useState(0);
  /** Aborted when the dialog closes: a write still running rolls back (nothing is left behind). */
  const cancelRef = useRef<AbortController | null>(null);
  /** The plan's requirements, unpacked in the background from when the file is read (planTransfer.ts). */
  const unpackRef = useRef<{
    packed: PackedRequirements;
    requirements: Promise<PlanRequirement[]>;
    cancel: AbortController;
  } | null>(null);

  useEffect(() => {
    const client = createImportClient();
    clientRef.current = client;
    return () => {
      client.dispose();
      const cancelled = new Error('The import was cancelled');
      cancelRef.current?.abort(cancelled);
      unpackRef.current?.cancel.abort(cancelled);
    };
  }, []);

  const stageIdByKey = useMemo(
    () => new Map(currentStages.flatMap((s) => (s.key ? [[s.key, s.id] as const] : []))),
    [currentStages],
  );

  const adopt = (next: ImportPlan, nextPacked: PackedRequirements, nextTarget: TargetChoice) => {
    setPlan(next);
    setPacked(nextPacked);
    unpackRef.current?.cancel.abort(new Error('A newer reading of the file replaced this one'));
    const cancel = new AbortController();
    const requirements = unpackRequirements(nextPacked, cancel.signal);
    // Read when the PM presses Import; a rejection before then (a newer file, Cancel) is not an error.
    requirements.catch(() => {});
    unpackRef.current = { packed: nextPacked, requirements, cancel };
    setMapping(fitMapping(next, nextTarget, stageIdByKey));
  };

  const read = (nextFile: File, nextSource: ImportSource | null, nextEncoding: EncodingChoice) => {
    const client = clientRef.current;
    if (!client) return;
    setReadError(null);
    const refuse = (message: string) => {
      setReading(null);
      setAnalysis(null);
      setPlan(null);
      setReadError(message);
    };
    // Refused before the bytes are even loaded: a file this size would not fit the page's memory budget.
    if (nextFile.size > IMPORT_LIMITS.maxBytes) {
      refuse(refusalMessage({ code: 'tooLarge', detail: String(nextFile.size) }, t, locale));
      return;
    }
    setReading(0);
    client.analyse(nextFile, { source: nextSource, encoding: nextEncoding }, setReading).then(
      ({ analysis: result, packed: resultPacked }) => {
        if (result.refusal) {
          refuse(refusalMessage(result.refusal, t, locale));
          return;
        }
        setReading(null);
        setAnalysis(result);
        setColumnMapping(result.columnMapping);
        // A Trello board or a Jira project is a product of its own; a spreadsheet usually adds to the current one.
        const nextTarget: TargetChoice = result.source === 'csv' && currentProductId ? 'existing' : 'new';
        setTarget(nextTarget);
        setProductName(result.plan.name);
        adopt(result.plan, resultPacked, nextTarget);
      },
      (error: unknown) => refuse(t('import.readFailed', { message: describeError(error, t) })),
    );
  };

  const changeColumns = (next: ColumnMapping) => {
    setColumnMapping(next);
    void clientRef.current
      ?.remap(next, plan?.name ?? '')
      .then((remapped) => adopt(remapped.plan, remapped.packed, target));
  };

  const changeTarget = (next: TargetChoice) => {
    setTarget(next);
    if (plan) setMapping(fitMapping(plan, next, stageIdByKey));
  };

  const blocked = plan === null || packed === null || hasBlockingProblems(plan) || packed.counts.requirements === 0;
  const canImport =
    !blocked && !writing && (target === 'existing' ? currentProductId !== null : productName.trim() !== '');

  const doImport = () => {
    if (!plan || !packed || !canImport) return;
    setWriting(true);
    setWritten(0);
    const cancel = new AbortController();
    cancelRef.current = cancel;
    const into: ImportTarget =
      target === 'new' ? { kind: 'new', name: productName } : { kind: 'existing', productId: currentProductId ?? '' };
    const unpacked =
      unpackRef.current?.packed === packed ? unpackRef.current.requirements : unpackRequirements(packed, cancel.signal);
    unpacked
      .then((requirements) => runImport({ ...plan, requirements }, mapping, into, t, setWritten, cancel.signal))
      .then(
        (ok) => {
          setWriting(false);
          if (ok) onImported();
        },
        (error: unknown) => {
          setWriting(false);
          // Cancelled: the dialog is gone and nothing was written; there is nothing to report.
          if (!cancel.signal.aborted) setReadError(describeError(error, t));
        },
      );
  };

  const index = STEPS.indexOf(step);
  const stepName = t(`import.step.${step}`);
  const footer = (
    <>
      <button type="button" className="button" onClick={onClose}>
        {t('import.cancel')}
      </button>
      {index > 0 && (
        <button type="button" className="button" onClick={() => setStep(STEPS[index - 1] as Step)} disabled={writing}>
          {t('import.back')}
        </button>
      )}
      {step !== 'preview' ? (
        <button
          type="button"
          className="button button--primary"
          disabled={plan === null || reading !== null}
          onClick={() => setStep(STEPS[index + 1] as Step)}
        >
          {t('import.next')}
        </button>
      ) : (
        <button type="button" className="button button--primary" disabled={!canImport} onClick={doImport}>
          {t('import.run')}
        </button>
      )}
    </>
  );

  return (
    <Dialog open title={t('import.title')} onClose={onClose} className="import-dialog" footer={footer}>
      <p id={stepHeadingId} className="import-dialog__step" aria-live="polite">
        {t('import.step', { step: index + 1, total: STEPS.length, name: stepName })}
      </p>
      {step === 'file' && (
        <FileStep
          file={file}
          source={analysis?.source ?? source}
          detectedSource={analysis?.detectedSource ?? null}
          encoding={encoding}
          detectedEncoding={analysis?.encoding ?? null}
          reading={reading}
          error={readError}
          onFile={(next) => {
            setFile(next);
            setSource(null);
            setEncoding('auto');
            read(next, null, 'auto');
          }}
          onSource={(next) => {
            setSource(next);
            if (file) read(file, next, encoding);
          }}
          onEncoding={(next) => {
            setEncoding(next);
            if (file) read(file, analysis?.source ?? source, next);
          }}
        />
      )}
      {step === 'mapping' && plan && analysis && (
        <MappingStep
          plan={plan}
          analysis={analysis}
          columnMapping={columnMapping}
          onColumns={changeColumns}
          mapping={mapping}
          onMapping={setMapping}
          target={target}
          onTarget={changeTarget}
          currentProductName={currentProduct?.name ?? null}
          currentStages={currentStages}
          productName={productName}
          onProductName={setProductName}
        />
      )}
      {step === 'preview' && plan && packed && (
        <PreviewStep plan={plan} counts={packed.counts} writing={writing ? written : null} error={readError} />
      )}
    </Dialog>
  );
}
