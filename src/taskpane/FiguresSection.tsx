import * as React from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Spinner,
} from '@fluentui/react-components';
import { describeProblem } from '../parse/areasTable';
import { FiguresSource, FiguresState, emptyFigures, fromRead, readCsvText } from './figures';
import { formatWhole } from './format';
import { PlanHost } from './host';
import { usePaneStyles } from './styles';

interface Props {
  host: PlanHost;
  figures: FiguresState;
  onFigures: (f: FiguresState) => void;
  onError: (title: string, err: unknown) => void;
  readCsv?: (text: string) => ReturnType<typeof readCsvText>;
}

/** More than this many problems would bury the first ones: the rest are counted. */
const MAX_PROBLEMS_SHOWN = 50;

/** File.text() where there is one; FileReader for older WebViews (and jsdom). */
function readFileText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.readAsText(file);
  });
}

export function FiguresSection({
  host,
  figures,
  onFigures,
  onError,
  readCsv = readCsvText,
}: Props): React.ReactElement {
  const styles = usePaneStyles();
  const inExcel = host.kind === 'excel';
  const [reading, setReading] = React.useState(false);
  const [tables, setTables] = React.useState<string[] | null>(null);
  const [table, setTable] = React.useState('');

  const read = async (what: string, job: () => Promise<FiguresState>) => {
    setReading(true);
    try {
      onFigures(await job());
    } catch (err) {
      onError(`Could not read ${what}`, err);
    } finally {
      setReading(false);
    }
  };

  const loadTables = () =>
    read('the list of tables', async () => {
      const names = await host.listTables();
      setTables(names);
      setTable((t) => (names.includes(t) ? t : (names[0] ?? '')));
      return emptyFigures('table');
    });

  const choose = (source: FiguresSource) => {
    onFigures(emptyFigures(source));
    if (source === 'table') void loadTables();
  };

  const onFile = (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    void read(file.name, async () => fromRead('csv', file.name, await readCsv(await readFileText(file))));
  };

  const areas = figures.areas;
  const problems = figures.problems;
  return (
    <section className={styles.section} aria-labelledby="figures-heading">
      <h2 id="figures-heading" className={styles.heading}>
        1. Figures
      </h2>
      <Field label="People in contact with SMI services, by area">
        <RadioGroup
          value={figures.source}
          onChange={(_, d) => choose(d.value as FiguresSource)}
          data-testid="figures-source"
        >
          <Radio value="builtin" label="Scotland 2018, 14 health boards (built-in)" data-testid="figures-builtin" />
          {inExcel && <Radio value="selection" label="My selection" data-testid="figures-selection" />}
          {inExcel && <Radio value="table" label="A table in this workbook" data-testid="figures-table" />}
          <Radio value="csv" label="A CSV file" data-testid="figures-csv" />
        </RadioGroup>
      </Field>
      {figures.source === 'selection' && (
        <>
          <p className={styles.muted}>
            Select a range with a header row (board, SMI contacts, and optionally population, existing ES, phase, code),
            then read it.
          </p>
          <Button
            onClick={() =>
              void read('your selection', async () =>
                fromRead('selection', 'your selection', await host.readSelection()),
              )
            }
            disabled={reading}
            data-testid="read-selection"
          >
            Read my selection
          </Button>
        </>
      )}
      {figures.source === 'table' && (
        <div className={styles.row}>
          {tables && tables.length === 0 ? (
            <p className={styles.muted}>
              This workbook has no tables. Insert one (Insert → Table) or use your selection.
            </p>
          ) : (
            <Field label="Table" style={{ flex: '1 1 10rem', minWidth: 0 }}>
              <Select value={table} onChange={(_, d) => setTable(d.value)} disabled={!tables} data-testid="table-name">
                {(tables ?? []).map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </Select>
            </Field>
          )}
          <Button
            onClick={() =>
              void read(`table ${table}`, async () => fromRead('table', `table ${table}`, await host.readTable(table)))
            }
            disabled={reading || !table}
            data-testid="read-table"
          >
            Read table
          </Button>
          <Button appearance="subtle" onClick={() => void loadTables()} disabled={reading}>
            Refresh tables
          </Button>
        </div>
      )}
      {figures.source === 'csv' && (
        <div className={styles.section}>
          <label htmlFor="csv-file">
            CSV file (board, smi_contacts, and optionally population, existing_es, phase, code)
          </label>
          <input
            id="csv-file"
            className={styles.fileInput}
            type="file"
            accept=".csv,text/csv"
            onChange={onFile}
            disabled={reading}
            data-testid="csv-file"
          />
        </div>
      )}
      <div role="status" aria-live="polite" data-testid="figures-status">
        {reading ? (
          <Spinner size="tiny" label="Reading…" />
        ) : areas ? (
          <span>
            Read {formatWhole(areas.length)} {areas.length === 1 ? 'area' : 'areas'},{' '}
            {formatWhole(areas.reduce((s, a) => s + a.smiContacts, 0))} SMI contacts, from {figures.label}.
          </span>
        ) : problems.length === 0 ? (
          <span className={styles.muted}>No figures read yet.</span>
        ) : null}
      </div>
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="figures-problems">
          <MessageBarBody>
            <MessageBarTitle>
              {problems.length === 1 ? '1 problem' : `${formatWhole(problems.length)} problems`} in {figures.label}.
              Nothing will be written until {problems.length === 1 ? 'it is' : 'they are'} fixed.
            </MessageBarTitle>
            <ul className={styles.problems}>
              {problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
                <li key={i}>{describeProblem(p)}</li>
              ))}
              {problems.length > MAX_PROBLEMS_SHOWN && (
                <li>… and {formatWhole(problems.length - MAX_PROBLEMS_SHOWN)} more</li>
              )}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
