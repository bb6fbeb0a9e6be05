import { memo } from '../memo';
/**
 * Whether a stretch of text is in another language than the draft's English: by its small words, which every sentence
 * has and no name or title is made of ("quiero certificarme como interprete de LSM este año pero no se por donde…").
 * The composer drafts in English and puts the sender's goal in as typed, so a goal typed in Spanish came out as a
 * Spanish clause inside an English sentence (r28d blind review, set 15). Names and titles stay: "Universidad de los
 * Andes" or "maestra de educación especial" have articles and prepositions, never the clause words below.
 */
export interface Foreign {
  language: string;
  /** UTF-16 offsets of its first and last small word in the text. */
  start: number;
  end: number;
}

interface Lexicon {
  language: string;
  /** Articles, prepositions, pronouns and conjunctions that are not English words too. */
  small: Set<string>;
  /** Words that only a clause has (verbs, conjunctions): one of them at least, so a name of three small words is no clause. */
  clause: Set<string>;
}

const lexicon = (language: string, small: string, clause: string): Lexicon => {
  const c = clause.split(' ');
  return { language, small: new Set([...small.split(' '), ...c]), clause: new Set(c) };
};

const LEXICONS: readonly Lexicon[] = [
  lexicon('Spanish', 'el la los las del al un una unos unas y o de en con sin por sobre entre mi mis tu su sus nuestro lo le les se este esta estos esas ese eso esto nada', 'que pero porque quiero quisiera tengo estoy es son está están soy fui fue era eran hay hacer puedo necesito cómo como donde dónde cuando también muy más ni si sé dice'),
  lexicon('Portuguese', 'o os as um uma do da dos das no na nos nas em com sem por pelo pela meu minha seu sua e ou de este esta próximos próximas meses novas novos para ainda', 'que mas porque quero gostaria tenho estou é são está sou fazer posso preciso como onde quando também muito mais não sei'),
  lexicon('French', 'le la les un une des du au aux et ou de en avec sans pour par sur dans mon ma mes ton ta son sa ses ce cette', 'que qui mais parce je veux voudrais suis est sont ai avons faire peux dois comment où quand aussi très plus ne pas'),
  lexicon('German', 'der die das den dem des ein eine einen einem und oder mit ohne für von zu zum zur auf bei beim im vom mein meine sein seine', 'ich möchte will bin ist sind habe haben kann muss wie wo wann auch sehr mehr nicht aber weil dass wirklich helfen arbeiten werden lernen machen'),
  lexicon('Italian', 'il lo la gli le un una del della dei e o di da con senza per su tra mio mia suo sua', 'che ma perché voglio vorrei sono è ho abbiamo fare posso devo come dove quando anche molto più non mi ci sto vado lavorare trasferisco'),
  lexicon('Polish', 'w we z ze na do od dla przez i lub oraz mój moja moje jego jej ten ta to', 'chcę chciałbym chciałabym jestem jest są mam mogę muszę jak gdzie kiedy też bardzo nie ale bo że się'),
  lexicon('Dutch', 'de het een en of van met zonder voor op bij mijn zijn haar deze dit als sinds naar uit aan om te graag gerust stuur bericht', 'ik wil zou ben is zijn heb kan moet hoe waar wanneer ook heel meer niet maar omdat dat werk werken wordt hij zij wij mij jij'),
  lexicon('Romanian', 'să în pe o un și la cu din pentru mai sau dar', 'vreau devin nu știu trebuie fac sunt este am aș'),
  // Hindi in Latin letters, as a page in Maharashtra mixes it with English ("Harvest season shuru hone wala hai aur…": r33, set 20).
  lexicon('Hindi', 'ka ki ke ko se mein pe aur ya bhi toh', 'hai hain tha thi raha rahi kar karo karna nahi bahut kya wala wali'),
  // Swahili, as a page in Kenya mixes it with English ("Leo tumefunga cohort ya tatu…": r33, set 19).
  lexicon('Swahili', 'ya wa za kwa katika na', 'ni sana kwamba lakini leo tumefunga tuna nina ninataka asanteni karibu'),
];

/** Words English shares with those lists: never evidence of another language. */
const ENGLISH = new Set(['a', 'an', 'in', 'on', 'to', 'no', 'me', 'is', 'i', 'die', 'son', 'come', 'more', 'pour', 'sure', 'so', 'be', 'do', 'at', 'as', 'or', 'he', 'we', 'will', 'most', 'non']);

const WORD = /[\p{L}'’]+/gu;

/**
 * The first stretch of another language in `text`, or null: three different small words of one language or more, one of
 * them a clause word, with no English clause between them. Text in quotation marks is someone else's words and is skipped.
 */
export function foreignStretch(text: string): Foreign | null {
  // Asked of the same lines for every opener and channel of a draft: worked out once.
  return stretchOnce(text);
}

const stretchOnce = memo(stretchOf, 2000);

function stretchOf(text: string): Foreign | null {
  const turkish = turkishStretch(text);
  if (turkish) return turkish;
  const words = [...text.replace(/"[^"\n]*"|“[^”\n]*”|«[^»\n]*»/g, (q) => ' '.repeat(q.length)).matchAll(WORD)].map((m) => ({ w: m[0].toLowerCase(), at: m.index ?? 0 }));
  for (const lex of LEXICONS) {
    let run: typeof words = [];
    let miss = 0;
    const found = (): Foreign | null => {
      const distinct = new Set(run.map((r) => r.w));
      if (distinct.size < 3 || ![...distinct].some((w) => lex.clause.has(w))) return null;
      const last = run[run.length - 1]!;
      return { language: lex.language, start: run[0]!.at, end: last.at + last.w.length };
    };
    for (const x of words) {
      if (lex.small.has(x.w) && !ENGLISH.has(x.w)) {
        run.push(x);
        miss = 0;
      } else if (run.length && ++miss > 3) {
        // Four words in a row that are none of its small words: the stretch has ended.
        const hit = found();
        if (hit) return hit;
        run = [];
        miss = 0;
      }
    }
    const hit = found();
    if (hit) return hit;
  }
  return null;
}

/**
 * Turkish by its letters, which no other language here has (ı, ğ): two words with them or more, and fewer English small words
 * ("En önemlisi: hafta sonu arkadaşlarınızın saçını keserken…", r35, set 23). Never a Turkish name in an English line ("I
 * joined Yıldız Kağıt as a planner").
 */
function turkishStretch(text: string): Foreign | null {
  const words = [...text.matchAll(WORD)];
  const marked = words.filter((m) => /[ıİğĞ]/u.test(m[0]) || (/ş/u.test(m[0]) && /[ıöüç]|i[nm]\b/u.test(m[0])));
  const english = words.filter((m) => /^(?:the|and|as|a|an|in|of|to|i|we|with|for|at|is|my|our)$/i.test(m[0])).length;
  if (marked.length < 2 || english >= marked.length) return null;
  const first = marked[0]!;
  const last = marked[marked.length - 1]!;
  return { language: 'Turkish', start: first.index ?? 0, end: (last.index ?? 0) + last[0].length };
}

/**
 * Whether `text` opens in another language: its first word is one only a clause of that language has ("Chcę zdobyć
 * uprawnienia budowlane…", "Ich möchte…"), or its first stretch of another language starts within its first words. A
 * goal typed that way has too few small words for foreignStretch at its start (r32, set 17).
 */
export function opensInAnotherLanguage(text: string): boolean {
  if (openingLanguage(text)) return true;
  const hit = foreignStretch(text);
  if (hit && hit.start < 12) return true;
  // An infinitive of Spanish or Portuguese and two small words of one of them in the first ten: "passar no concurso da
  // prefeitura pra TSB na equipe…" (r32, set 18), where no clause word comes early.
  const head = [...text.matchAll(WORD)].slice(0, 10).map((m) => m[0].toLowerCase());
  const first = head[0] ?? '';
  return /^\p{L}{3,}(?:ar|er|ir)$/u.test(first) && !ENGLISH_VERB.test(first) && LEXICONS.some((l) => new Set(head.filter((w) => l.small.has(w) && !ENGLISH.has(w))).size >= 2);
}

const ENGLISH_SMALL = /^(?:the|and|to|of|in|i|you|is|are|was|for|with|on|my|we|it|at|that|this|our|your|a|an)$/i;
/**
 * A short line in another language, too short for foreignStretch: two signs or more of one, its small words or words with
 * letters English never has, and fewer small words of English ("Weihnachtsschaufenster sind live 24 Stores, 3 Nächte, 1 sehr
 * müdes Team", "4h30 da manhã no CEAGESP": r36, set 24, quoted to senders who read neither). '' when English.
 */
export function shortLineLanguage(text: string): string {
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  const english = words.filter((w) => ENGLISH_SMALL.test(w)).length;
  const marked = words.filter((w) => /[äöüßãõçñłąęśźżńøåæ]/iu.test(w)).length;
  const best = LEXICONS.map((l) => ({ language: l.language, n: new Set(words.map((w) => w.toLowerCase()).filter((w) => l.small.has(w) && !ENGLISH.has(w))).size })).sort((a, b) => b.n - a.n)[0];
  const signs = (best?.n ?? 0) + marked;
  return signs >= 2 && signs > english ? (best?.n ? best.language : 'another language') : '';
}

/** The language whose clause word `text` opens on ("Sono cresciuta tra i telai": Italian), or ''. */
export function openingLanguage(text: string): string {
  const first = [...text.matchAll(WORD)][0]?.[0].toLowerCase() ?? '';
  return first && !ENGLISH.has(first) ? (LEXICONS.find((l) => l.clause.has(first))?.language ?? '') : '';
}

/** English verbs in -ar, -er or -ir that may open a goal: never taken for another language's infinitive. */
const ENGLISH_VERB = /^(?:enter|offer|order|answer|deliver|recover|consider|gather|register|master|clear|render|transfer|discover|cover|power|steer|partner|volunteer|engineer|pioneer|filter|foster|bolster|prefer|refer|confer|defer|differ|suffer|wander|wonder|ponder|hover|lower|answer|appear|repair|near|bear|wear|tear|hear|fear|clear|pair|stir|blur|spur|occur|incur|recur|stir)$/;

/**
 * What a field of the sender's profile says when it is typed in another language: drafts are in English and take the
 * goal as typed, so the settings ask for it in English before a draft says it half in Spanish. '' for English.
 */
export function englishHint(text: string): string {
  const hit = foreignStretch(text);
  return hit ? `This reads as ${hit.language}. Drafts are written in English and use this as you type it, so write it in English.` : '';
}
