import * as React from 'react';
import { Button, Field, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { DATA_SETS, DEFAULT_DATA_SET_ID, areaCount } from '../../data';
import type { FiguresSource } from './figures';
import { usePaneStyles } from '../shared/styles';
import { TEST_IDS } from '../shared/testIds';

/** File.text() where there is one; FileReader for older WebViews (and jsdom). */
export function readFileText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.readAsText(file);
  });
}

/** A radio per built-in data set: its value "builtin:ID"; the default data set's radio keeps the builtin test id. */
const BUILTIN = 'builtin:';
const builtinTestId = (id: string) =>
  id === DEFAULT_DATA_SET_ID ? TEST_IDS.figuresBuiltin : `${TEST_IDS.figuresBuiltin}-${id}`;

export function SourceChoice(props: {
  inExcel: boolean;
  source: FiguresSource;
  /** The built-in data set chosen, when the source is 'builtin'. */
  dataSetId?: string;
  onChoose: (source: FiguresSource, dataSetId?: string) => void;
}): React.ReactElement {
  const { inExcel } = props;
  const value = props.source === 'builtin' ? `${BUILTIN}${props.dataSetId ?? DEFAULT_DATA_SET_ID}` : props.source;
  const choose = (v: string) =>
    v.startsWith(BUILTIN) ? props.onChoose('builtin', v.slice(BUILTIN.length)) : props.onChoose(v as FiguresSource);
  return (
    <Field label="People in contact with SMI services, by area">
      <RadioGroup value={value} onChange={(_, d) => choose(d.value)} data-testid={TEST_IDS.figuresSource}>
        {DATA_SETS.map((set) => (
          <Radio
            key={set.id}
            value={`${BUILTIN}${set.id}`}
            label={`${set.title}: ${areaCount(set)} (built-in)`}
            data-testid={builtinTestId(set.id)}
          />
        ))}
        {inExcel && <Radio value="selection" label="My selection" data-testid={TEST_IDS.figuresSelection} />}
        {inExcel && <Radio value="table" label="A table in this workbook" data-testid={TEST_IDS.figuresTable} />}
        <Radio value="csv" label="A CSV file" data-testid={TEST_IDS.figuresCsv} />
      </RadioGroup>
    </Field>
  );
}

export function SelectionReader({ disabled, onRead }: { disabled: boolean; onRead: () => void }): React.ReactElement {
  const styles = usePaneStyles();
  return (
    <>
      <p className={styles.muted}>
        Select a range with a header row (board, SMI contacts, and optionally population, existing ES, phase, code),
        then read it.
      </p>
      <Button onClick={onRead} disabled={disabled} data-testid={TEST_IDS.readSelection}>
        Read my selection
      </Button>
    </>
  );
}

export interface TablesChoice {
  /** null while loading. */
  names: string[] | null;
  chosen: string;
  choose: (name: string) => void;
  reload: () => void;
}

export function TableReader(props: {
  tables: TablesChoice;
  disabled: boolean;
  onRead: (table: string) => void;
}): React.ReactElement {
  const styles = usePaneStyles();
  const { names, chosen, choose, reload } = props.tables;
  return (
    <div className={styles.row}>
      {names && names.length === 0 ? (
        <p className={styles.muted}>This workbook has no tables. Insert one (Insert → Table) or use your selection.</p>
      ) : (
        <Field label="Table" style={{ flex: '1 1 10rem', minWidth: 0 }}>
          <Select
            value={chosen}
            onChange={(_, d) => choose(d.value)}
            disabled={!names}
            data-testid={TEST_IDS.tableName}
          >
            {(names ?? []).map((t) => (
              <option key={t}>{t}</option>
            ))}
          </Select>
        </Field>
      )}
      <Button
        onClick={() => props.onRead(chosen)}
        disabled={props.disabled || !chosen}
        data-testid={TEST_IDS.readTable}
      >
        Read table
      </Button>
      <Button appearance="subtle" onClick={reload} disabled={props.disabled}>
        Refresh tables
      </Button>
    </div>
  );
}

export function CsvReader({
  disabled,
  onFile,
}: {
  disabled: boolean;
  onFile: (file: File) => void;
}): React.ReactElement {
  const styles = usePaneStyles();
  return (
    <div className={styles.section}>
      <label htmlFor="csv-file">
        CSV file (board, smi_contacts, and optionally population, existing_es, phase, code)
      </label>
      <input
        id="csv-file"
        className={styles.fileInput}
        type="file"
        accept=".csv,text/csv"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
        }}
        disabled={disabled}
        data-testid={TEST_IDS.csvFile}
      />
    </div>
  );
}
