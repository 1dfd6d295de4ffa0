/** Types for manifest-url.js (kept in JS so webpack.config.js can require it without a compiler). */
export declare const DEV_URL: string;
export declare function normaliseAddinUrl(url: string): string;
export declare function substituteAddinUrl(xml: string, url: string): string;
