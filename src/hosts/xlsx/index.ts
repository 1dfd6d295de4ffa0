export { writeXlsx } from './writeXlsx';
