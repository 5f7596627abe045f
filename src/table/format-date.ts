/**
 * Java `DateTimeFormatter` patterns, rendered in a time zone with the platform's `Intl` (US English text): the
 * letters Deephaven's formats use (`y u M L d D E a h H k K m s S n V z O X x Z`), quoted literals and `[optional]`
 * sections (always printed).
 * @internal
 */

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  /** Nanoseconds of the second. */
  nanos: number;
  /** Offset from UTC in seconds. */
  offset: number;
  zone: string;
  epochMs: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The calendar fields of an instant (epoch nanoseconds) in a zone. */
function fieldsOf(epochNanos: bigint, zone: string): Fields {
  const ms = Number(epochNanos / 1_000_000n) - (epochNanos % 1_000_000n < 0n ? 1 : 0);
  const flooredSecondMs = Math.floor(ms / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const p of partsFormatter(zone).formatToParts(new Date(flooredSecondMs))) parts[p.type] = p.value;
  const yearOfEra = Number(parts['year']);
  const year = parts['era'] === 'BC' ? 1 - yearOfEra : yearOfEra;
  const [month, day, hour, minute, second] = ['month', 'day', 'hour', 'minute', 'second'].map((k) => Number(parts[k])) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const local = new Date(0);
  local.setUTCFullYear(year, month - 1, day);
  const localMs = local.setUTCHours(hour, minute, second, 0);
  const nanos = Number(((epochNanos % 1_000_000_000n) + 1_000_000_000n) % 1_000_000_000n);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    weekday: (new Date(localMs).getUTCDay() + 6) % 7,
    nanos,
    offset: Math.round((localMs - flooredSecondMs) / 1000),
    zone,
    epochMs: flooredSecondMs,
  };
}

const pad = (n: number, width: number): string => (n < 0 ? `-${String(-n).padStart(width, '0')}` : String(n).padStart(width, '0'));

/** @internal Formats an instant (epoch nanoseconds) with a `DateTimeFormatter` pattern in `zone`. */
export function formatDate(epochNanos: bigint, pattern: string, zone: string): string {
  const f = fieldsOf(epochNanos, zone);
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i] as string;
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      const close = end < 0 ? pattern.length : end;
      out += close === i + 1 ? "'" : pattern.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    if (c === '[' || c === ']') {
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n++;
    out += /[A-Za-z]/.test(c) ? field(c, n, f) : c.repeat(n);
    i += n;
  }
  return out;
}

// One case per pattern letter: a flat table reads better than nested branches.
// eslint-disable-next-line complexity -- the cases' own width choices (`MMM` vs `MMMM`) count as branches
function field(letter: string, n: number, f: Fields): string {
  switch (letter) {
    case 'y':
    case 'u':
      return n === 2 ? pad(((f.year % 100) + 100) % 100, 2) : pad(f.year, n);
    case 'M':
    case 'L':
      return n >= 4 ? (MONTHS[f.month - 1] as string) : n === 3 ? (MONTHS[f.month - 1] as string).slice(0, 3) : pad(f.month, n);
    case 'd':
      return pad(f.day, n);
    case 'D':
      return pad(Math.round((Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86_400_000) + 1, n);
    case 'E':
      return n >= 4 ? (DAYS[f.weekday] as string) : (DAYS[f.weekday] as string).slice(0, 3);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, n);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, n);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, n);
    case 'K':
      return pad(f.hour % 12, n);
    case 'm':
      return pad(f.minute, n);
    case 's':
      return pad(f.second, n);
    case 'S':
      return String(f.nanos).padStart(9, '0').slice(0, Math.min(n, 9)).padEnd(n, '0');
    case 'n':
      return pad(f.nanos, n);
    case 'V':
      return f.zone;
    case 'z':
      return zoneName(f, n >= 4 ? 'long' : 'short');
    case 'O':
      return f.offset === 0 ? 'GMT' : `GMT${offset(f.offset, n >= 4 ? 'HH:MM' : 'H')}`;
    case 'X':
    case 'x':
      return letter === 'X' && f.offset === 0 ? 'Z' : offset(f.offset, n === 1 ? 'HHmm?' : n === 2 || n === 4 ? 'HHMM' : 'HH:MM');
    case 'Z':
      return n <= 3
        ? offset(f.offset, 'HHMM')
        : n === 4
          ? f.offset === 0
            ? 'GMT'
            : `GMT${offset(f.offset, 'HH:MM')}`
          : f.offset === 0
            ? 'Z'
            : offset(f.offset, 'HH:MM');
    default:
      return letter.repeat(n);
  }
}

function offset(seconds: number, style: 'H' | 'HHmm?' | 'HHMM' | 'HH:MM'): string {
  const sign = seconds < 0 ? '-' : '+';
  const total = Math.abs(Math.round(seconds / 60));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (style === 'H') return `${sign}${h}${m === 0 ? '' : `:${pad(m, 2)}`}`;
  if (style === 'HHmm?') return `${sign}${pad(h, 2)}${m === 0 ? '' : pad(m, 2)}`;
  return `${sign}${pad(h, 2)}${style === 'HH:MM' ? ':' : ''}${pad(m, 2)}`;
}

/** English locales whose zone abbreviations Java knows too (en-US has only North America's). */
const NAME_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU', 'en-NZ', 'en-IE', 'en-ZA', 'en-SG', 'en-HK', 'en-CA'];

function zoneName(f: Fields, style: 'short' | 'long'): string {
  if (f.zone === 'UTC' || f.zone === 'Etc/UTC') return style === 'short' ? 'UTC' : 'Coordinated Universal Time';
  // Zone names are known from 1970 on: earlier instants are named as the same day of 2000 is, at the same offset.
  let when = f.epochMs;
  if (when < 0) {
    const same = new Date(when);
    same.setUTCFullYear(2000);
    if (fieldsOf(BigInt(same.getTime()) * 1_000_000n, f.zone).offset === f.offset) when = same.getTime();
  }
  let fallback: string | undefined;
  for (const locale of NAME_LOCALES) {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: f.zone, timeZoneName: style }).formatToParts(new Date(when));
    const name = parts.find((p) => p.type === 'timeZoneName')?.value;
    fallback ??= name;
    if (name !== undefined && !/^(GMT|UTC)[+-−]/.test(name)) return name;
  }
  return fallback ?? f.zone;
}
