/** Errors shaped like OfficeExtension.Error: a `code` the writer and tests can check, and a message. */
export type FakeErrorCode =
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'PropertyNotLoaded'
  | 'GeneralException'
  | 'ApiNotFound'
  | 'RequestPayloadSizeLimitExceeded'
  | 'InvalidReference';

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  /** The traces (context.trace) the failing request ran before the error, as OfficeExtension.Error has them. */
  traceMessages: string[] = [];
  constructor(
    readonly code: FakeErrorCode,
    message: string,
    where?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation: where };
  }
}
