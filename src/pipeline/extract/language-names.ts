/**
 * Languages, which news writes capitalised before "language": "an English language service", "the Arabic-language channel Zeta". A
 * language is no product nor firm (helper gen97, real broadcasting news: "English" took a regulator's ban of the channel named after
 * it, "English language satellite news channel Zeta").
 */
export const LANGUAGE_NAMES: ReadonlySet<string> = new Set(['English', 'French', 'Spanish', 'Arabic', 'Mandarin', 'Cantonese', 'Russian', 'German', 'Portuguese', 'Hindi', 'Urdu', 'Japanese', 'Korean', 'Persian', 'Farsi', 'Turkish', 'Italian', 'Dutch', 'Welsh', 'Gaelic', 'Punjabi', 'Bengali', 'Tamil', 'Swahili', 'Hebrew', 'Kurdish', 'Pashto', 'Polish', 'Ukrainian', 'Vietnamese', 'Indonesian', 'Malay', 'Thai', 'Greek', 'Swedish', 'Norwegian', 'Danish', 'Finnish']);

/** The word "language" (or "languages") right after a name, apart or joined by a hyphen: " language service", "-language channel". */
export const LANGUAGE_WORD_AFTER = /^(?: |-)languages?\b/;
