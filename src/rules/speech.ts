// Reported speech: a line that gives its words to someone (", police said", ", kata dia,") is the
// article quoting them, however the quote opens ("Click here," the email said; "All rights reserved,"
// the label said; "Dukung kami," teriak suporter). Rules that match a line by its opening words or by
// a stock phrase refuse such a line.
export const SPEECH_VERB = String.raw`(?:said|says|say|told|tells|asked|added|adds|wrote|argued|argues|claimed|claims|insisted|insists|warned|warns|explained|explains|urged|urges|stated|states|noted|notes|kata|ujar|ucap|tutur|ungkap|jelas|tambah|teriak|seru|tulis|pinta|sebut|bunyi|reads)(?:nya)?`;

/**
 * A lookahead for the start of a line regex: no ", <up to five words> said" anywhere in the line. A word
 * is at most 40 characters: unbounded, each comma or quote was followed to the end of the line, and a
 * 20,000-character line of quotes took 0.7 s a rule (quadratic).
 */
export const NOT_REPORTED_SPEECH = String.raw`(?!.*[,"”]\s*(?:[^\s,.!?]{1,40}\s+){0,5}${SPEECH_VERB}\b)`;
