/** The forecast words that name a forecaster's estimate: analysts, polls, consensus, projections. */
export const FORECASTER_WORDS: ReadonlySet<string> = new Set([
  "expect", "expected", "expects", "expecting", "expectation", "expectations", "forecast", "forecasts",
  "forecasting", "forecaster", "forecasters", "projected", "projection", "projections", "projects",
  "predicted", "prediction", "predictions", "predicts", "anticipated", "anticipates", "consensus",
  "analysts", "economists", "polled", "surveyed", "poll", "polls", "exit",
  // "the rate is seen falling to 3.6%": economists' passive of forecasting.
  "seen",
  // "the Dow Jones estimate for a gain of 100,000": an estimate for what is to be reported.
  "estimate for", "estimates for",
]);

/**
 * Words that say a figure is not (yet) the outcome: a forecaster's forecast (above), or a
 * target, a demand, a maximum faced or what would have been. A forecast and a result, or a
 * partial and a final count, may differ without either being wrong; a maximum faced ("faced
 * more than 100 years") is not one; a demand ("prosecutors sought 40 years") is not the outcome
 * either, nor is what would or could have been. An estimate of a count that exists now ("an
 * estimated 1,200 remain") is no forecast. Source: news usage for elections, results,
 * statistics and tolls.
 */
export const FORECAST_WORDS: ReadonlySet<string> = new Set([
  ...FORECASTER_WORDS,
  "target", "targets", "guidance", "outlook", "sought", "seek", "seeks", "seeking", "proposed", "recommended",
  "requested", "demanded", "plan", "plans", "planned", "aims", "goal", "pledged", "promised", "faced", "faces",
  "facing", "face", "maximum", "potential",
  // What would have been, had things gone otherwise: "would have been sentenced to more than 100
  // years". Not "would" alone: "Cisco said it would pay a 32% premium" reports a fact.
  "would have", "could have", "might have",
  // "by year-end", "by the end of 2025": a target date.
  "by year", "by the end",
]);

export const PARTIAL_WORDS: ReadonlySet<string> = new Set([
  // "early results", not "early on Friday": the word alone is as often a time of day.
  "so far", "leading", "ahead", "trends", "early results", "early returns", "early count", "early counts",
  "early counting", "early trends", "early figures", "early tallies", "preliminary", "provisional", "initial", "partial",
  "counting", "tally", "tallies", "interim",
]);

/**
 * Modals that make the figure a few words after them what may yet be: "the toll could surpass
 * 3,000", "may exceed 10,000". Only before the figure: in "rose to 2,900 and could surpass
 * 3,000" the 2,900 is a count.
 */
export const MODALS: ReadonlySet<string> = new Set(["may", "might", "could"]);
