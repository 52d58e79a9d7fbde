// Windows-1252 decoding. Node 20's TextDecoder('windows-1252') decodes bytes 0x80-0x9F as
// Latin-1 control characters instead of € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ,
// so this maps them itself. Single-byte, so chunk boundaries need no state.
import { Buffer } from 'node:buffer';

// Index = byte - 0x80; undefined slots (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as their code point, as browsers do.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export class Windows1252Decoder {
  decode(input?: Uint8Array): string {
    if (input === undefined || input.length === 0) return '';
    const latin1 = Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1');
    return latin1.replace(/[\u0080-\u009F]/g, (c) => HIGH[c.charCodeAt(0) - 0x80] ?? c);
  }
}
