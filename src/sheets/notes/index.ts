// The Notes sheet: method, sources, warnings and the date generated.
export { NOTES_SHEET, buildNotesSheet } from './notesSheet';
