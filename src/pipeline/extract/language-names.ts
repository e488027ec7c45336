/**
 * Languages, which news writes capitalised before "language": "an English language service", "the Arabic-language channel Zeta". A
 * language is no product nor firm (helper gen97, real broadcasting news: "English" took a regulator's ban of the channel named after
 * it, "English language satellite news channel Zeta").
 */
export const LANGUAGE_NAMES: ReadonlySet<string> = new Set(['English', 'French', 'Spanish', 'Arabic', 'Mandarin', 'Cantonese', 'Russian', 'German', 'Portuguese', 'Hindi', 'Urdu', 'Japanese', 'Korean', 'Persian', 'Farsi', 'Turkish', 'Italian', 'Dutch', 'Welsh', 'Gaelic', 'Punjabi', 'Bengali', 'Tamil', 'Swahili', 'Hebrew', 'Kurdish', 'Pashto', 'Polish', 'Ukrainian', 'Vietnamese', 'Indonesian', 'Malay', 'Thai', 'Greek', 'Swedish', 'Norwegian', 'Danish', 'Finnish',
  // India's and Africa's languages, which name its channels and papers (critic crit97b, real broadcasting news: "the Malayalam news channel").
  'Malayalam', 'Telugu', 'Kannada', 'Marathi', 'Gujarati', 'Odia', 'Oriya', 'Assamese', 'Sindhi', 'Nepali', 'Sinhala', 'Tagalog', 'Amharic', 'Somali', 'Hausa', 'Yoruba', 'Igbo', 'Zulu', 'Afrikaans']);

/** The word "language" (or "languages") right after a name, apart or joined by a hyphen: " language service", "-language channel". */
export const LANGUAGE_WORD_AFTER = /^(?: |-)languages?\b/;

/**
 * A channel's or a paper's kind right after a language: " news channel", " satellite channel", " newspaper", " daily". "the Malayalam news
 * channel Vela", "a Hindi daily": the language names none of them (critic crit97b, real Indian broadcasting news: "Malayalam" took the
 * ministry's ban and became the channel's maker).
 */
export const LANGUAGE_MEDIA_AFTER = /^ (?:(?:news|television|satellite|radio|entertainment|general) ){0,2}(?:channel|channels|newspaper|newspapers|daily|dailies|broadcaster|broadcasters)\b/;
