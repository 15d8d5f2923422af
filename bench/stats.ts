// Shared by the search and suggestion benchmarks: timing and percentile helpers.

/** Nearest-rank percentile of an ascending list of milliseconds. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** "p50 0.12 ms · p99 0.80 ms · max 1.20 ms" for a list of timings (any order). */
export function summary(times: readonly number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  return `p50 ${ms(percentile(sorted, 50))} · p99 ${ms(percentile(sorted, 99))} · max ${ms(sorted[sorted.length - 1]!)}`;
}

/** The first plain number among the command-line arguments (`-- 1000` works too), or `fallback`. */
export function countArgument(fallback: number): number {
  const given = process.argv.slice(2).find((arg) => /^\d+$/.test(arg));
  return given ? Number(given) : fallback;
}

/** Deterministic letters, so every run feeds the same nonsense. */
export function nonsense(length: number, seed: number, spaces = false): string {
  let state = seed >>> 0;
  let text = '';
  while (text.length < length) {
    state = (state * 1664525 + 1013904223) >>> 0;
    const pick = state % (spaces ? 32 : 26);
    text += pick >= 26 ? ' ' : String.fromCharCode(97 + pick);
  }
  return text;
}

/** Queries readers type: words, abbreviations, typos, upper case, several words, numbers, misses. */
export const ORDINARY_QUERIES = ['revenue', 'revops', 'churn', 'retenton', 'commisions', 'quota annual', 'pipeline forecast', 'sigma 42', 'xyz', 'REVENUE', 'monthly recurring revenue', 'territory', 'alpha 9999', 'renewal', 'net margin', 'enpz', 'montly revenu sigma'];

/** Inputs a hostile or careless reader can send, each as long as the search field allows. */
export function adversarialQueries(): [label: string, query: string][] {
  const fill = (unit: string, length = 200) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return [
    ['200 chars of nonsense, one word', nonsense(200, 1)],
    ['200 chars of nonsense words', nonsense(200, 2, true)],
    ['one letter × 200', 'e'.repeat(200)],
    ['40 one-letter words', Array.from({ length: 40 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(' ')],
    ['punctuation only', fill('!?.,;:-_()[]{}<>"\'/\\|@#$%^&*+=~`')],
    ['emoji', fill('😀🚀💼📈🔥👩🏽‍💻🇮🇹')],
    ['mixed scripts', fill('Revenue выручка 收入 الإيرادات Umsatz リテンション прибыль ')],
    [
      '200 chars of real words',
      fill('monthly recurring revenue forecast for the sales pipeline with net margin gross bookings territory team quota commissions renewal churn retention discount contract target incentive lead opportunity '),
    ],
  ];
}
