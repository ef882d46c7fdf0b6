import { wordTable } from "./word-table.js";
// Units that turn a number into a money amount, a percentage, a duration or a physical measure.
// Source: ISO 4217 codes and common English unit names.

/** Symbols written before the number. */
export const CURRENCY_SYMBOLS: Record<string, string> = wordTable({
  $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH", "₩": "KRW",
});

/** Codes and words written before or after the number: "US$", "USD 5", "5 euros". */
export const CURRENCY_WORDS: Record<string, string> = wordTable({
  usd: "USD", dollar: "USD", dollars: "USD", eur: "EUR", euro: "EUR", euros: "EUR",
  gbp: "GBP", pound: "GBP", pounds: "GBP", sterling: "GBP", yen: "JPY", jpy: "JPY",
  yuan: "CNY", renminbi: "CNY", cny: "CNY", rupee: "INR", rupees: "INR", inr: "INR",
  rouble: "RUB", roubles: "RUB", ruble: "RUB", rubles: "RUB", rub: "RUB", hryvnia: "UAH",
  hryvnias: "UAH", franc: "CHF", francs: "CHF", chf: "CHF", zloty: "PLN", zlotys: "PLN",
  won: "KRW", lira: "TRY", lire: "TRY", real: "BRL", reais: "BRL", peso: "MXN", pesos: "MXN",
  cad: "CAD", aud: "AUD", rand: "ZAR", naira: "NGN", shekel: "ILS", shekels: "ILS",
});

/** Hundredths of a currency, written after the number: "73 cents", "73c", "45p". A cent is a dollar's unless a currency is written. */
export const SUBUNITS: Record<string, string> = wordTable({ cent: "USD", cents: "USD", c: "USD", penny: "GBP", pence: "GBP", p: "GBP" });

/** Prefixes that name a dollar: "US$", "A$", "C$". */
export const DOLLAR_PREFIXES: Record<string, string> = wordTable({ us: "USD", a: "AUD", c: "CAD", nz: "NZD", hk: "HKD", s: "SGD" });

export const PERCENT_WORDS = new Set(["percent", "per cent", "pct", "percentage points", "percentage point"]);

/** Time units, singular and plural, to a canonical unit. */
export const TIME_UNITS: Record<string, string> = wordTable({
  second: "second", seconds: "second", minute: "minute", minutes: "minute", hour: "hour",
  hours: "hour", day: "day", days: "day", week: "week", weeks: "week", month: "month",
  months: "month", year: "year", years: "year", decade: "decade", decades: "decade",
  century: "century", centuries: "century",
});

/** Physical units, to a canonical unit. */
export const MEASURE_UNITS: Record<string, string> = wordTable({
  km: "km", kilometre: "km", kilometres: "km", kilometer: "km", kilometers: "km",
  mile: "mile", miles: "mile", metre: "m", metres: "m", meter: "m", meters: "m", m: "m", cm: "cm", mm: "mm",
  centimetre: "cm", centimetres: "cm", millimetre: "mm", millimetres: "mm", ft: "foot", lb: "lb", lbs: "lb",
  kg: "kg", kilogram: "kg", kilograms: "kg", tonne: "tonne", tonnes: "tonne", ton: "ton", tons: "ton",
  hectare: "hectare", hectares: "hectare", acre: "acre", acres: "acre", mph: "mph", "km/h": "km/h",
  litre: "litre", litres: "litre", liter: "litre", liters: "litre", gallon: "gallon", gallons: "gallon",
  barrel: "barrel", barrels: "barrel", megawatt: "MW", megawatts: "MW", mw: "MW", gw: "GW",
  degree: "degree", degrees: "degree", feet: "foot", foot: "foot", inch: "inch", inches: "inch",
});

/**
 * Units of one dimension as multiples of its base unit, so that "two to three weeks" meets "at
 * least 15 days" and "1,100 km" meets "684 miles". Durations in days (a month and a year as
 * their calendar averages), lengths in metres, masses in kilograms, areas in hectares, volumes
 * in litres. Units whose size is disputed ("ton": short, long or metric) are left out, and so are
 * decades and centuries: "three decades" is a round figure of speech ("ruled for over three
 * decades"), seldom another outlet's "30 years", and converted it met every term of its person.
 */
export const UNIT_SCALES: Readonly<Record<string, { base: string; factor: number }>> = wordTable({
  second: { base: "day", factor: 1 / 86_400 }, minute: { base: "day", factor: 1 / 1_440 }, hour: { base: "day", factor: 1 / 24 },
  day: { base: "day", factor: 1 }, week: { base: "day", factor: 7 }, month: { base: "day", factor: 365.25 / 12 },
  year: { base: "day", factor: 365.25 },
  mm: { base: "m", factor: 0.001 }, cm: { base: "m", factor: 0.01 }, m: { base: "m", factor: 1 }, km: { base: "m", factor: 1_000 },
  inch: { base: "m", factor: 0.0254 }, foot: { base: "m", factor: 0.3048 }, mile: { base: "m", factor: 1_609.344 },
  kg: { base: "kg", factor: 1 }, tonne: { base: "kg", factor: 1_000 }, lb: { base: "kg", factor: 0.453_592 },
  hectare: { base: "hectare", factor: 1 }, acre: { base: "hectare", factor: 0.404_686 },
  litre: { base: "litre", factor: 1 }, gallon: { base: "litre", factor: 3.785_41 }, barrel: { base: "litre", factor: 158.987 },
  mph: { base: "km/h", factor: 1.609_344 }, "km/h": { base: "km/h", factor: 1 },
});

/**
 * A span told in two units, the larger first: "22 years and six months", "nine minutes and 29
 * seconds". How many of the smaller unit make one of the larger.
 */
export const COMPOUND_TIME: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  year: { month: 12 }, week: { day: 7 }, day: { hour: 24 }, hour: { minute: 60 }, minute: { second: 60 },
};
