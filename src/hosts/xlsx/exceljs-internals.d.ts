// ExcelJS parts the streaming writer reuses that its typings do not list (exceljs 4.4, lib/).
declare module 'exceljs/lib/doc/table' {
  /** Fills in a table model's defaults and refs (validate), without a worksheet when none is given. */
  export default class Table {
    table: Record<string, unknown>;
    validate(): void;
  }
}
declare module 'exceljs/lib/xlsx/xform/table/table-xform' {
  export default class TableXform {
    prepare(model: unknown, options: unknown): void;
    toXml(model: unknown): string;
  }
}
declare module 'exceljs/lib/xlsx/xform/core/content-types-xform' {
  export default class ContentTypesXform {
    toXml(model: unknown): string;
  }
}
declare module 'exceljs/lib/xlsx/xform/book/workbook-xform' {
  export default class WorkbookXform {
    prepare(model: unknown): void;
    toXml(model: unknown): string;
  }
}
