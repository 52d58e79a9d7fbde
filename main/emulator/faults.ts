// Fault injection for the sandbox platform: the --faults SPEC grammar of interfaces.md and the
// per-call decision (503, periodic 429, drop). Pure: the server applies the verdict, and the
// random source is injected so tests can force every outcome.

export interface FaultSpec {
  /** Share of calls answered 503 ServiceUnavailable, 0..1. */
  rate: number;
  /** Every Nth call is answered 429 RateLimitConditional with Retry-After: 1; null = never. */
  every429: number | null;
  /** Added before every call is handled. */
  latencyMs: number;
  /** Error bodies sent as text/html pages instead of JSON error objects. */
  htmlErrors: boolean;
  /** Share of calls whose connection is destroyed without any reply, 0..1. */
  dropRate: number;
}

export const NO_FAULTS: Readonly<FaultSpec> = Object.freeze({ rate: 0, every429: null, latencyMs: 0, htmlErrors: false, dropRate: 0 });

const KNOWN = 'rate=P, 429-after=N, latency=MS, html-errors, drop=P';

function fraction(part: string, name: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new Error(`bad fault '${part}': ${name} must be a number from 0 to 1 (e.g. ${name}=0.3)`);
  }
  return n;
}

function positiveInt(part: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new Error(`bad fault '${part}': 429-after must be a whole number of calls, 1 or more`);
  return n;
}

function duration(part: string, value: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(value.trim());
  if (m === null) throw new Error(`bad fault '${part}': latency must be a duration such as 100ms or 1s`);
  const n = Number(m[1]);
  return Math.round(m[2] === 's' ? n * 1000 : n);
}

function flag(part: string, value: string | undefined): boolean {
  if (value === undefined || value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`bad fault '${part}': html-errors takes no value (or =true/=false)`);
}

/** "rate=0.3,429-after=50,latency=100ms,html-errors,drop=0.05"; an empty spec means no faults. */
export function parseFaults(spec: string): FaultSpec {
  const out: FaultSpec = { ...NO_FAULTS };
  const seen = new Set<string>();
  for (const raw of spec.split(',')) {
    const part = raw.trim();
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq).trim();
    const value = eq < 0 ? undefined : part.slice(eq + 1).trim();
    if (seen.has(name)) throw new Error(`bad fault '${part}': ${name} is given twice`);
    seen.add(name);
    const needValue = (): string => {
      if (value === undefined) throw new Error(`bad fault '${part}': ${name} needs a value (${KNOWN})`);
      return value;
    };
    switch (name) {
      case 'rate':
        out.rate = fraction(part, name, needValue());
        break;
      case '429-after':
        out.every429 = positiveInt(part, needValue());
        break;
      case 'latency':
        out.latencyMs = duration(part, needValue());
        break;
      case 'html-errors':
        out.htmlErrors = flag(part, value);
        break;
      case 'drop':
        out.dropRate = fraction(part, name, needValue());
        break;
      default:
        throw new Error(`unknown fault '${part}' (known: ${KNOWN})`);
    }
  }
  return out;
}

export type FaultVerdict = 'none' | 'rate-limit' | 'unavailable';

/** Decided before the call is handled: a refused call changes nothing. */
export function faultBeforeCall(spec: FaultSpec, callNumber: number, random: () => number): FaultVerdict {
  if (spec.every429 !== null && callNumber % spec.every429 === 0) return 'rate-limit';
  if (spec.rate > 0 && random() < spec.rate) return 'unavailable';
  return 'none';
}

/**
 * Decided after the call was handled: a dropped call has taken effect but its reply is lost,
 * the case a client must survive without applying an edit twice.
 */
export function dropAfterCall(spec: FaultSpec, random: () => number): boolean {
  return spec.dropRate > 0 && random() < spec.dropRate;
}
