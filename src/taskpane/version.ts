/** Set by webpack's DefinePlugin from package.json; tests and tools without it see "dev". */
declare const __APP_VERSION__: string | undefined;

export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
