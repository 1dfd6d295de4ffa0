import * as React from 'react';
import { FiguresSource, FiguresState, emptyFigures, fromRead, readCsvText } from './figures';
import { CsvReader, SelectionReader, SourceChoice, TableReader, TablesChoice, readFileText } from './figureReaders';
import { FiguresProblems, FiguresStatus } from './FiguresReport';
import { PlanHost } from '../host/host';
import { PaneSection } from '../shared/PaneSection';
import { TEST_IDS } from '../shared/testIds';
import { figuresAlert, figuresKeyFigure } from '../keyFigures';

type Read = (what: string, job: () => Promise<FiguresState>) => Promise<void>;

interface Props {
  host: PlanHost;
  figures: FiguresState;
  onFigures: (f: FiguresState) => void;
  onError: (title: string, err: unknown) => void;
  readCsv?: (text: string) => ReturnType<typeof readCsvText>;
}

/** Runs one read at a time: the figures it gives, or the error, titled with what was read. */
function useReading(onFigures: Props['onFigures'], onError: Props['onError']): { reading: boolean; read: Read } {
  const [reading, setReading] = React.useState(false);
  const read: Read = async (what, job) => {
    setReading(true);
    try {
      onFigures(await job());
    } catch (err) {
      onError(`Could not read ${what}`, err);
    } finally {
      setReading(false);
    }
  };
  return { reading, read };
}

/** The workbook's tables, and the one chosen (kept when it is still there after a refresh). */
function useTables(host: PlanHost, read: Read): TablesChoice {
  const [names, setNames] = React.useState<string[] | null>(null);
  const [chosen, choose] = React.useState('');
  const reload = () =>
    void read('the list of tables', async () => {
      const found = await host.listTables();
      setNames(found);
      choose((t) => (found.includes(t) ? t : (found[0] ?? '')));
      return emptyFigures('table');
    });
  return { names, chosen, choose, reload };
}

/** Where the areas' figures come from. Memoised: writing and its progress leave it alone. */
export const FiguresSection = React.memo(function FiguresSection({
  host,
  figures,
  onFigures,
  onError,
  readCsv = readCsvText,
}: Props): React.ReactElement {
  const { reading, read } = useReading(onFigures, onError);
  const tables = useTables(host, read);
  const choose = (source: FiguresSource, dataSetId?: string) => {
    onFigures(emptyFigures(source, dataSetId));
    if (source === 'table') tables.reload();
  };
  const readSelection = () =>
    void read('your selection', async () => fromRead('selection', 'your selection', await host.readSelection()));
  const readTable = (t: string) =>
    void read(`table ${t}`, async () => fromRead('table', `table ${t}`, await host.readTable(t)));
  const readFile = (file: File) =>
    void read(file.name, async () => fromRead('csv', file.name, await readCsv(await readFileText(file))));

  return (
    <PaneSection
      id="figures-heading"
      title="1. Figures"
      keyFigure={figuresKeyFigure(figures, reading)}
      alert={figuresAlert(figures)}
      testId={TEST_IDS.foldFigures}
    >
      <SourceChoice
        inExcel={host.kind === 'excel'}
        source={figures.source}
        dataSetId={figures.dataSet?.id}
        onChoose={choose}
      />
      {figures.source === 'selection' && <SelectionReader disabled={reading} onRead={readSelection} />}
      {figures.source === 'table' && <TableReader tables={tables} disabled={reading} onRead={readTable} />}
      {figures.source === 'csv' && <CsvReader disabled={reading} onFile={readFile} />}
      <FiguresStatus figures={figures} reading={reading} />
      {figures.problems.length > 0 && <FiguresProblems figures={figures} />}
    </PaneSection>
  );
});
