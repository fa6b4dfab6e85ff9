// A source's description as a knowledge-base purpose: the host shows it inside a sentence,
// "<Vendor>: <purpose> (<name>)", so it starts in lower case and ends without a period.

const MAX_LENGTH = 160;

export function purposeFrom(description, fallback) {
  // Zero-width and other invisible characters come along from copied web pages.
  const text = (description ?? '').replace(/[\u200b-\u200f\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
  if (/^(pending|n\/?a|unknown|-)?$/i.test(text)) return fallback;
  const sentence = text.match(/^(.+?[.!?])(\s|$)/)?.[1] ?? text;
  let purpose = sentence.replace(/[.!?\s]+$/, '');
  if (purpose.length > MAX_LENGTH) {
    purpose = purpose.slice(0, MAX_LENGTH).replace(/\s+\S*$/, '') + ' …';
  }
  if (!/[a-z]/i.test(purpose)) return fallback;
  const first = purpose[0];
  if (first === first.toLowerCase() && first !== first.toUpperCase()) return purpose;
  // "Used to ..." reads as "used to ..."; a name or an acronym keeps its case behind a lead-in.
  const firstWord = purpose.split(/[\s,:;]/)[0];
  if (/^[A-Z][a-z]+$/.test(firstWord) && COMMON_OPENERS.test(firstWord)) {
    return first.toLowerCase() + purpose.slice(1);
  }
  return 'described as: ' + purpose;
}

const COMMON_OPENERS =
  /^(Used|Uses|Use|This|These|Stores|Store|Saves|Sets|Set|Registers|Collects|Tracks|Contains|Keeps|Holds|Identifies|Remembers|Records|Determines|Checks|Enables|Allows|Helps|Provides|Detects|Counts|Indicates|Tests|Preserves|Distinguishes|Measures|Shows|Prevents|Ensures|Cookie|Cookies|A|An|The|It|Is|For|To|When|If|Temporary|Unique|Session|Persistent|Necessary|Functional|Analytics|Marketing|Security|Statistics|Statistical|Generic|General|Local|Random|Internal)$/;
