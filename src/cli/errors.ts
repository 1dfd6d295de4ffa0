/** A problem the user can fix (a path, an existing file): printed as one line, exit code 2. */
export class CliError extends Error {}
