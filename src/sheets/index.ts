// The workbook blueprint's public face: what hosts, the task pane and the CLI may use.
export * from './shared/blueprint';
export * from './shared/cells';
export * from './workbook';
export * from './inputs';
export * from './scenario';
export * from './summary';
export * from './sensitivity';
export * from './monitoring';
export * from './notes';
export * from './economics';
