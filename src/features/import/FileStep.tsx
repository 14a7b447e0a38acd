import { useId } from 'react';
import { ENCODINGS, type Encoding, type EncodingChoice } from '../../domain/import/encoding';
import type { ImportSource } from '../../domain/import/plan';
import { useT } from '../../ui/useT';

const SOURCES: ImportSource[] = ['trello', 'jira', 'csv'];

interface FileStepProps {
  file: File | null;
  source: ImportSource | null;
  detectedSource: ImportSource | null;
  encoding: EncodingChoice;
  detectedEncoding: Encoding | null;
  /** 0..1 while the worker reads; null otherwise. */
  reading: number | null;
  /** Already in the PM's language: why the file is refused or could not be read. */
  error: string | null;
  onFile: (file: File) => void;
  onSource: (source: ImportSource) => void;
  onEncoding: (encoding: EncodingChoice) => void;
}

export function FileStep({
  file,
  source,
  detectedSource,
  encoding,
  detectedEncoding,
  reading,
  error,
  onFile,
  onSource,
  onEncoding,
}: FileStepProps) {
  const t = useT();
  const fileId = useId();
  const hintId = useId();
  const sourceId = useId();
  const encodingId = useId();
  return (
    <div className="import-step">
      <div className="field">
        <label htmlFor={fileId}>{t('import.file')}</label>
        <input
          id={fileId}
          type="file"
          accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values"
          aria-describedby={hintId}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen) onFile(chosen);
          }}
        />
        <span id={hintId} className="field__hint">
          {t('import.file.hint')}
        </span>
      </div>
      {file && (
        <div className="import-step__row">
          <div className="field">
            <label htmlFor={sourceId}>{t('import.source')}</label>
            <select
              id={sourceId}
              value={source ?? detectedSource ?? 'csv'}
              disabled={reading !== null}
              onChange={(event) => onSource(event.target.value as ImportSource)}
            >
              {SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`import.source.${s}`)}
                </option>
              ))}
            </select>
          </div>
          {source !== 'trello' && (
            <div className="field">
              <label htmlFor={encodingId}>{t('import.encoding')}</label>
              <select
                id={encodingId}
                value={encoding}
                disabled={reading !== null}
                onChange={(event) => onEncoding(event.target.value as EncodingChoice)}
              >
                {ENCODINGS.map((e) => (
                  <option key={e} value={e}>
                    {e === 'auto'
                      ? t('import.encoding.auto', {
                          detected: detectedEncoding ? t(`import.encoding.${detectedEncoding}`) : '…',
                        })
                      : t(`import.encoding.${e}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      )}
      {reading !== null && (
        <progress className="import-progress" aria-label={t('import.reading')} value={reading} max={1} />
      )}
      {error && (
        <p role="alert" className="import-error">
          {error}
        </p>
      )}
    </div>
  );
}
