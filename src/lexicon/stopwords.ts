/**
 * English function words and news filler that say nothing about which quantity a number is:
 * they are left out of a claim's context words. Source: the common closed classes of English
 * (articles, pronouns, auxiliaries, prepositions, conjunctions) and reporting filler of news copy
 * ("said", "according", "reported"), plus the words of number phrases themselves ("percent",
 * "billion"), which the value already carries.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "that", "this", "these",
  "those", "there", "here", "which", "who", "whom", "whose", "what", "when", "where", "while", "why", "how",
  "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them",
  "their", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has",
  "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no",
  "of", "in", "on", "at", "to", "from", "by", "for", "with", "about", "into", "onto", "over", "under", "after",
  "before", "since", "during", "until", "through", "across", "against", "among", "around", "between", "per",
  "via", "up", "down", "out", "off", "also", "just", "only", "even", "still", "more", "most", "less", "least",
  "some", "any", "all", "each", "every", "both", "either", "neither", "other", "another", "such", "same",
  "very", "too", "now", "already", "nearly", "almost", "approximately", "roughly", "some", "least", "than",
  "said", "says", "say", "saying", "told", "tells", "according", "reported", "reports", "added", "noted",
  "percent", "per", "cent", "pct", "percentage", "point", "points", "million", "billion", "trillion",
  "thousand", "hundred", "dozen", "mln", "bln", "bn", "m", "k", "us", "usd", "eur", "gbp", "s", "t", "mr",
  "mrs", "ms", "dr", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
]);
