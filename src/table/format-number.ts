/**
 * Java `DecimalFormat` patterns, rendered as the server renders them (US symbols): prefixes and suffixes with quoted
 * literals, `%` and `‰`, grouping, minimum and maximum integer and fraction digits, `0.##E0` exponents and a
 * negative subpattern; rounding half-even on the exact binary value, as Java does.
 * @internal
 */
interface NumberPattern {
  readonly prefix: string;
  readonly suffix: string;
  readonly negPrefix: string;
  readonly negSuffix: string;
  readonly minInt: number;
  readonly minFrac: number;
  readonly maxFrac: number;
  readonly grouping: number;
  readonly multiplier: number;
  /** Minimum exponent digits when the pattern is scientific. */
  readonly exponent: number | undefined;
}

interface Affix {
  text: string;
  multiplier: number;
}

const cache = new Map<string, NumberPattern>();

/** @internal Parses a pattern (cached). */
export function parseNumberPattern(pattern: string): NumberPattern {
  let parsed = cache.get(pattern);
  if (parsed === undefined) {
    parsed = parse(pattern);
    if (cache.size > 256) cache.clear();
    cache.set(pattern, parsed);
  }
  return parsed;
}

function parse(pattern: string): NumberPattern {
  const [pos, neg] = splitUnquoted(pattern);
  const p = parsePart(pos);
  const n = neg === undefined ? undefined : parsePart(neg);
  return {
    prefix: p.prefix.text,
    suffix: p.suffix.text,
    negPrefix: n === undefined ? `-${p.prefix.text}` : n.prefix.text,
    negSuffix: n === undefined ? p.suffix.text : n.suffix.text,
    minInt: p.minInt,
    minFrac: p.minFrac,
    maxFrac: p.maxFrac,
    grouping: p.grouping,
    multiplier: p.prefix.multiplier * p.suffix.multiplier,
    exponent: p.exponent,
  };
}

function splitUnquoted(pattern: string): [string, string | undefined] {
  let quoted = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "'") quoted = !quoted;
    else if (c === ';' && !quoted) return [pattern.slice(0, i), pattern.slice(i + 1)];
  }
  return [pattern, undefined];
}

/** Reads an affix from `i` up to the number part (or the end); returns the text and where it stopped. */
function readAffix(part: string, i: number, stop: (c: string) => boolean): [Affix, number] {
  let text = '';
  let multiplier = 1;
  while (i < part.length) {
    const c = part[i] as string;
    if (c === "'") {
      const end = part.indexOf("'", i + 1);
      const close = end < 0 ? part.length : end;
      text += close === i + 1 ? "'" : part.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    if (stop(c)) break;
    if (c === '%') multiplier = 100;
    else if (c === '\u2030') multiplier = 1000;
    text += c === '\u00a4' ? '$' : c;
    i++;
  }
  return [{ text, multiplier }, i];
}

const NUMBER_CHARS = '#0,.';

function parsePart(
  part: string,
): Omit<NumberPattern, 'negPrefix' | 'negSuffix' | 'prefix' | 'suffix' | 'multiplier'> & { prefix: Affix; suffix: Affix } {
  const [prefix, start] = readAffix(part, 0, (c) => NUMBER_CHARS.includes(c));
  let i = start;
  let intPart = '';
  let fracPart = '';
  let inFrac = false;
  let exponent: number | undefined;
  for (; i < part.length; i++) {
    const c = part[i] as string;
    if (c === '.' && !inFrac) inFrac = true;
    else if (c === 'E' && exponent === undefined) {
      exponent = 0;
      while (part[i + 1] === '0') {
        exponent++;
        i++;
      }
    } else if (NUMBER_CHARS.includes(c) && exponent === undefined) {
      if (inFrac) fracPart += c;
      else intPart += c;
    } else break;
  }
  const [suffix] = readAffix(part, i, () => false);
  const digits = intPart.replace(/,/g, '');
  const lastComma = intPart.lastIndexOf(',');
  // As Java reads `#.##`: without any `0`, the last `#` before the point counts as one.
  const noZero = !digits.includes('0') && !fracPart.includes('0') && inFrac && digits.length > 0;
  return {
    prefix,
    suffix,
    minInt: noZero ? 1 : digits.split('').filter((c) => c === '0').length,
    minFrac: fracPart.split('').filter((c) => c === '0').length,
    maxFrac: fracPart.length,
    grouping: lastComma < 0 ? 0 : intPart.length - lastComma - 1,
    exponent,
  };
}

/** A decimal value as digits (no leading or trailing zeros) and the position of the decimal point among them. */
interface Digits {
  digits: number[];
  point: number;
}

/** @internal Formats a number (a double) or a bigint (a long) with a pattern. */
export function formatNumber(value: number | bigint, pattern: string): string {
  const p = parseNumberPattern(pattern);
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  const scaled = typeof value === 'bigint' ? value * BigInt(p.multiplier) : value * p.multiplier;
  const negative = typeof scaled === 'bigint' ? scaled < 0n : scaled < 0 || Object.is(scaled, -0);
  const [pre, post] = negative ? [p.negPrefix, p.negSuffix] : [p.prefix, p.suffix];
  if (scaled === Infinity || scaled === -Infinity) return `${pre}\u221e${post}`;
  const abs = typeof scaled === 'bigint' ? (negative ? -scaled : scaled) : Math.abs(scaled);
  const body = p.exponent === undefined ? fixed(abs, p) : scientific(abs, p, p.exponent);
  return pre + body + post;
}

function fixed(abs: number | bigint, p: NumberPattern): string {
  const d = round(toDigits(abs), p.maxFrac, typeof abs === 'number' ? { value: abs, shift: 0 } : undefined);
  const intDigits = d.point > 0 ? d.digits.slice(0, d.point).join('').padEnd(d.point, '0') : '';
  let int = intDigits.padStart(p.minInt, '0');
  let frac = d.point < 0 ? '0'.repeat(-d.point) + d.digits.join('') : d.digits.slice(d.point).join('');
  frac = frac.slice(0, p.maxFrac).padEnd(p.minFrac, '0');
  while (frac.length > p.minFrac && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (p.grouping > 0 && int.length > p.grouping) int = group(int, p.grouping);
  if (int === '' && frac === '') int = '0';
  return frac === '' ? int : `${int}.${frac}`;
}

function scientific(abs: number | bigint, p: NumberPattern, expDigits: number): string {
  const intDigits = Math.max(1, p.minInt);
  const d0 = toDigits(abs);
  if (d0.digits.length === 0) return `${'0'.repeat(intDigits)}${p.minFrac > 0 ? `.${'0'.repeat(p.minFrac)}` : ''}E${'0'.repeat(expDigits)}`;
  // Shift the point so that `intDigits` digits stand before it, round the fraction, and re-normalize on a carry.
  let exp = d0.point - intDigits;
  let d = round({ digits: d0.digits, point: intDigits }, p.maxFrac, typeof abs === 'number' ? { value: abs, shift: -exp } : undefined);
  if (d.point > intDigits) {
    exp += d.point - intDigits;
    d = { digits: d.digits, point: intDigits };
  }
  const int = d.digits.slice(0, intDigits).join('').padEnd(intDigits, '0');
  let frac = d.digits
    .slice(intDigits, intDigits + p.maxFrac)
    .join('')
    .padEnd(p.minFrac, '0');
  while (frac.length > p.minFrac && frac.endsWith('0')) frac = frac.slice(0, -1);
  const e = `${exp < 0 ? '-' : ''}${String(Math.abs(exp)).padStart(expDigits, '0')}`;
  return `${int}${frac === '' ? '' : `.${frac}`}E${e}`;
}

function group(int: string, size: number): string {
  const parts: string[] = [];
  for (let end = int.length; end > 0; end -= size) parts.unshift(int.slice(Math.max(0, end - size), end));
  return parts.join(',');
}

/** The shortest decimal digits that read back as the double (what Java's formatting starts from), or a bigint's. */
function toDigits(abs: number | bigint): Digits {
  if (typeof abs === 'bigint') return trim(abs.toString(), abs.toString().length);
  if (abs === 0) return { digits: [], point: 0 };
  const [mantissa, e] = abs.toExponential().split('e') as [string, string];
  return trim(mantissa.replace('.', ''), Number(e) + 1);
}

function trim(s: string, point: number): Digits {
  const digits = s.split('').map(Number);
  while (digits.length > 0 && digits[digits.length - 1] === 0) digits.pop();
  while (digits.length > 0 && digits[0] === 0) {
    digits.shift();
    point--;
  }
  return { digits, point };
}

/**
 * Rounds to `maxFrac` fraction digits, half-even. A tie in the shortest digits is settled on the double's exact
 * binary value (`exact`), as Java's `DecimalFormat` does: 0.125 is a tie (to 0.12), 2.675 lies below (to 2.67).
 */
function round(d: Digits, maxFrac: number, exact: { value: number; shift: number } | undefined): Digits {
  const keep = d.point + maxFrac;
  if (keep >= d.digits.length) return d;
  if (keep < 0) return { digits: [], point: 0 };
  const next = d.digits[keep] as number;
  const rest = d.digits.slice(keep + 1).some((x) => x !== 0);
  let up = next > 5 || (next === 5 && rest);
  if (next === 5 && !rest) {
    const side = exact === undefined ? 0 : exactSide(exact.value, maxFrac + exact.shift);
    up = side === 0 ? ((d.digits[keep - 1] ?? 0) & 1) === 1 : side > 0;
  }
  const digits = d.digits.slice(0, keep);
  let point = d.point;
  if (up) {
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === 9) digits[i--] = 0;
    if (i >= 0) digits[i] = (digits[i] as number) + 1;
    else {
      digits.unshift(1);
      point++;
    }
  }
  return trim(digits.join(''), point);
}

/**
 * Where the exact value of a double lies against the half-way point when rounded to `frac` fraction digits (negative:
 * to tens, hundreds…): -1, 0 or 1.
 */
function exactSide(abs: number, frac: number): number {
  if (frac < 0) {
    const int = BigInt(Math.trunc(abs)).toString();
    const tail = int.slice(Math.max(0, int.length + frac)).padStart(-frac, '0');
    return compareHalf(tail, abs % 1 !== 0);
  }
  if (abs >= 1e21) return 0;
  const s = abs.toFixed(Math.min(100, frac + 40));
  return compareHalf((s.split('.')[1] ?? '').slice(frac), false);
}

function compareHalf(tail: string, more: boolean): number {
  const half = `5${'0'.repeat(Math.max(0, tail.length - 1))}`;
  return tail === half ? (more ? 1 : 0) : tail > half ? 1 : -1;
}
