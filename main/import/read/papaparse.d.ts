// Types for the one part of PapaParse the reader uses: the low-level Parser, which parses a
// string and reports where it stopped so chunks can be fed one after another. The package ships
// no types and @types/papaparse types Parser.parse() as `any`; keep this to what chunkedParser.ts calls.
declare module 'papaparse' {
  export interface PapaParseError {
    type: string;
    code: string;
    message: string;
    /** Index of the record within this parse call's data. */
    row?: number;
    index?: number;
  }
  export interface PapaParserConfig {
    delimiter: string;
    newline: '\r\n' | '\n' | '\r';
    quoteChar: string;
    escapeChar?: string;
  }
  export interface PapaParserResult {
    data: string[][];
    errors: PapaParseError[];
    meta: { cursor: number };
  }
  export class Parser {
    constructor(config: PapaParserConfig);
    /** ignoreLastRow: leave a possibly incomplete last record for the next chunk (cursor = its start). */
    parse(input: string, baseIndex: number, ignoreLastRow: boolean): PapaParserResult;
  }
  const Papa: { Parser: typeof Parser };
  export default Papa;
}
