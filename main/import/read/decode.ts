// Byte-level decisions: which encoding a file is in and where its text starts. Owns BOM
// detection and the UTF-8 -> Windows-1252 fallback; must not look at CSV structure.
import { TextDecoder } from 'node:util';
import type { ImportEncoding } from './types';
import { Windows1252Decoder } from './windows1252';

export interface Bom {
  encoding: ImportEncoding;
  length: number;
}

export function detectBom(head: Uint8Array): Bom | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Incremental UTF-8 validity check, so a file on disk is judged without holding it. */
export class Utf8Validator {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private valid = true;

  push(chunk: Uint8Array): boolean {
    if (!this.valid) return false;
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.valid = false;
    }
    return this.valid;
  }

  end(): boolean {
    if (!this.valid) return false;
    try {
      this.decoder.decode();
    } catch {
      this.valid = false;
    }
    return this.valid;
  }
}

/** What the file will be decoded as and how many leading bytes (a matching BOM) to skip. */
export interface EncodingChoice {
  encoding: ImportEncoding;
  bom: boolean;
  skipBytes: number;
}

export function chooseEncoding(bom: Bom | null, forced: ImportEncoding | undefined, validUtf8: () => boolean): EncodingChoice {
  const encoding = forced ?? bom?.encoding ?? (validUtf8() ? 'utf-8' : 'windows-1252');
  const matching = bom !== null && bom.encoding === encoding;
  return { encoding, bom: matching, skipBytes: matching ? bom.length : 0 };
}

/** The part of TextDecoder the readers use (stream: true between chunks, then a final call). */
export interface ChunkDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

/** BOM bytes are cut off by the caller, so the decoder must keep any later U+FEFF as text. */
export function createDecoder(encoding: ImportEncoding): ChunkDecoder {
  if (encoding === 'windows-1252') return new Windows1252Decoder();
  return new TextDecoder(encoding, { ignoreBOM: true });
}
