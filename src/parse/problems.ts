/** Where a problem is: a row, and a column where one cell is at fault; for Excel a sheet and address. */
export interface Located {
  sheet?: string;
  /** 1-based row as the user sees it (CSV line, or Excel row); 0 when the problem has no row. */
  row: number;
  /** The column's header as the user wrote it (or its letter, for Excel); '' for a whole row or file. */
  column: string;
  address?: string;
  /** The value as typed, quoted when it is text; '' for a blank cell or a whole row. */
  value: string;
}

export interface Problem extends Located {
  message: string;
}

/** A problem in one line: "row 3, column smi_contacts: "abc" is not a number …". */
export function describeProblem(p: Problem): string {
  const column = p.column ? `, column ${p.column}` : '';
  const where = p.address
    ? `${p.address} (row ${p.row}${column})`
    : p.row > 0
      ? `${p.sheet ? `sheet ${p.sheet}, ` : ''}row ${p.row}${column}`
      : '';
  const what = `${p.value ? `${p.value} ` : ''}${p.message}`;
  return where ? `${where}: ${what}` : what;
}
