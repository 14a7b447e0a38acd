import { useState } from 'react';
import { setTableColumns } from '../../state/preferences';
import { useT } from '../../ui/useT';
import { TABLE_COLUMNS, type TableColumn } from './columns';

/** Which columns the table shows; the choice is kept in this browser's preferences. */
export function ColumnChooser({ columns }: { columns: readonly TableColumn[] }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <div className="table__chooser">
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('table.columns')}
      </button>
      {open && (
        <fieldset
          className="table__chooser-list"
          onKeyDown={(event) => {
            if (event.key === 'Escape') setOpen(false);
          }}
        >
          <legend>{t('table.columns.label')}</legend>
          {TABLE_COLUMNS.map((column) => (
            <label key={column} className="filters__choice">
              <input
                type="checkbox"
                checked={columns.includes(column)}
                disabled={column === 'title'}
                onChange={(event) =>
                  setTableColumns(event.target.checked ? [...columns, column] : columns.filter((c) => c !== column))
                }
              />
              {t(`table.col.${column}`)}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
