// Modules only the bundler knows.

declare module 'virtual:country-codes' {
  /** [ISO 3166-1 numeric, ISO3, common name] for every country of world-countries. */
  export const COUNTRIES: ReadonlyArray<readonly [string, string, string]>;
}

declare module '*?url' {
  const url: string;
  export default url;
}
