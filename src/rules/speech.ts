// Reported speech: a line that gives its words to someone (", police said", ", kata dia,") is the
// article quoting them, however the quote opens ("Click here," the email said; "Tonton videonya," kata
// polisi). Prompt rules that match on a line's opening words refuse such a line.
const SAYS = String.raw`(?:said|says|told|asked|added|wrote|kata|ujar|ucap|tutur|ungkap|jelas|tambah)(?:nya)?`;

/** A lookahead for the start of a line regex: no ", <up to three words> said" anywhere in the line. */
export const NOT_REPORTED_SPEECH = String.raw`(?!.*[,"”]\s*(?:[^\s,.!?]+\s+){0,3}${SAYS}\b)`;
