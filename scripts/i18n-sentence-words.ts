/**
 * The words the sentence rules (i18n-sentence-rules.ts) look for, per language, as sources of
 * case-insensitive regular expressions. A language the library ships needs an entry here:
 * `npm run i18n:check` says so when one is missing. Entries for languages not shipped yet (ja, zh,
 * ko, pl, nb) are a first draft for their translators to check when the language is added.
 */
export interface LanguageWords {
  /** Words are separated by spaces, so only whole words match. False for Chinese and Japanese. */
  spaced: boolean;
  /**
   * Where a word attaches to the action phrase by mistake: right after it in most languages
   * ("lock your car with your car", "check whether your car is locked yet"), right before it where
   * modifiers come first (Japanese, Korean; Chinese puts "on your car" before the verb).
   */
  carSide: 'after' | 'before';
  timeSide: 'after' | 'before';
  /** The owner's car, in every form a sentence uses (with attached articles or prefixes). */
  car: readonly string[];
  /** Yet, still, right now, at the moment, already… */
  time: readonly string[];
  /** Words that open a new clause (because, while, but): what follows them is no longer the action's. */
  clause: readonly string[];
  /** Telling the owner to try again. */
  tryAgain: readonly string[];
  /** A time to wait: in a few minutes, in a moment, later. */
  wait: readonly string[];
  /**
   * Words that cannot stand right before `{{appName}}`, because the fallback name (which carries its
   * own article: "the app", "die App", "l'app", "o app") cannot follow them.
   */
  beforeAppName: readonly string[];
}

export const languageWords: Readonly<Record<string, LanguageWords>> = {
  en: {
    spaced: true,
    carSide: 'after',
    timeSide: 'after',
    car: ['cars?', 'vehicles?'],
    time: ['yet', 'now', 'still', 'any ?more', 'currently', 'at the moment', 'at present', 'already', 'today', 'later', 'soon'],
    clause: ['because', 'so', 'while', 'since', 'until', 'as', 'but', 'once', 'when', 'if'],
    tryAgain: ['try (?:it |that )?again', 'retry'],
    wait: ['(?:in|within|after) (?:a few|a couple of|some|several|\\d+) (?:seconds?|minutes?|hours?)', 'in a (?:moment|minute|bit|while)', 'later', 'shortly', 'soon'],
    beforeAppName: ['the', 'a', 'an'],
  },
  es: {
    spaced: true,
    carSide: 'after',
    timeSide: 'after',
    car: ['veh[ií]culos?', 'coches?', 'carros?', 'autos?', 'autom[oó]vil(?:es)?'],
    time: ['todav[ií]a', 'a[uú]n', 'ahora(?: mismo)?', 'por ahora', 'en este momento', 'por el momento', 'de momento', 'actualmente', 'ya', 'm[aá]s tarde', 'hoy'],
    clause: ['porque', 'ya que', 'pues', 'mientras', 'hasta que', 'cuando', 'pero', 'as[ií] que', 'aunque', 'si'],
    tryAgain: ['(?:vuelv\\p{L}*|volver) a intentar\\p{L}*', 'int[eé]nt\\p{L}* (?:de nuevo|otra vez)', 'reintent\\p{L}*'],
    wait: ['(?:en|dentro de) (?:unos|unas|algunos|pocos|\\d+) (?:segundos|minutos|horas)', 'en un (?:momento|rato)', 'm[aá]s tarde', 'en breve'],
    // The fallback is feminine ("la aplicación"), so a and de need no care: only articles.
    beforeAppName: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas'],
  },
  fr: {
    spaced: true,
    carSide: 'after',
    timeSide: 'after',
    car: ['voitures?', 'v[ée]hicules?', 'autos?'],
    time: ['encore', 'pour le moment', "pour l['’]instant", 'actuellement', 'en ce moment', 'maintenant', 'd[ée]j[àa]', 'toujours', 'plus tard', "aujourd['’]hui"],
    clause: ['car', 'parce que', "parce qu['’]", 'tant que', "tant qu['’]", 'pendant que', 'lorsque', "lorsqu['’]", 'quand', 'mais', 'donc', 'puisque', 'si'],
    tryAgain: ['r[ée]essa\\p{L}*', 'r[ée]essay\\p{L}*', 'essay\\p{L}* (?:[àa]|de) nouveau'],
    wait: ['dans (?:quelques|\\d+) (?:secondes|minutes|heures)', 'dans un (?:instant|moment)', 'plus tard', 'sous peu'],
    // Articles, and de/que, which elide before a name with a vowel ("d'Uber").
    beforeAppName: ['le', 'la', 'les', 'un', 'une', 'des', 'du', 'au', 'aux', 'de', 'que'],
  },
  de: {
    spaced: true,
    carSide: 'after',
    timeSide: 'after',
    car: ['Auto(?!mat|ri)\\p{L}*', 'Fahrzeug\\p{L}*', 'Wagen'],
    time: ['noch', 'gerade', 'derzeit', 'momentan', 'jetzt', 'zurzeit', 'im Moment', 'vorerst', 'aktuell', 'bereits', 'schon', 'später', 'heute'],
    clause: ['weil', 'da', 'solange', 'während', 'bis', 'wenn', 'aber', 'denn', 'sobald', 'damit', 'als', 'doch'],
    tryAgain: ['erneut versuchen', 'versuchen Sie es (?:\\p{L}+ )*?(?:erneut|noch einmal|nochmal)', 'noch einmal versuchen', 'neuer Versuch'],
    wait: ['in (?:ein paar|einigen|wenigen|\\d+) (?:Sekunden|Minuten|Stunden)', 'gleich (?:noch einmal|erneut)', 'später', 'in Kürze'],
    // Dative prepositions: "mit die App" cannot be; articles: "der die App".
    beforeAppName: ['mit', 'von', 'bei', 'zu', 'aus', 'nach', 'seit', 'gegenüber', 'vom', 'zum', 'beim', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einem', 'einen', 'einer'],
  },
  ar: {
    spaced: true,
    carSide: 'after',
    timeSide: 'after',
    // Prefixes attach: بسيارتك، لسيارتك، وسيارتك، السيارة.
    car: ['(?:[وفبل]|ال|لل)?سيار[\\p{L}\\p{M}]*', '(?:[وفبل]|ال|لل)?مركب[ةت][\\p{L}\\p{M}]*'],
    time: ['بعد', 'بعدُ', 'الآن', 'حاليًا', 'حالياً', 'حاليا', 'في الوقت الحالي', 'حتى الآن', 'لا ?يزال', 'ما ?زال', 'لاحقًا', 'لاحقاً', 'لاحقا', 'اليوم'],
    clause: ['لأن', 'لأنّ', 'لأنه', 'لأنها', 'ما دام', 'ما دامت', 'بينما', 'حتى', 'عندما', 'لكن', 'لكنّ', 'إذ', 'إذا'],
    tryAgain: ['أع[ِ]?د المحاولة', 'إعادة المحاولة', 'المحاولة مرة أخرى', 'حاول مرة أخرى', 'نعيد المحاولة'],
    wait: ['بعد (?:بضع|قليل|\\d+)', 'خلال (?:بضع|\\d+)', 'لاحقًا', 'لاحقاً', 'لاحقا'],
    // A definite word before the name reads as one phrase with it ("الشركة المصنّعة التطبيق").
    beforeAppName: ['ال[\\p{L}\\p{M}]+'],
  },
  it: {
    spaced: true,
    carSide: 'after',
    timeSide: 'after',
    car: ['auto', 'automobil[ei]', 'veicol[oi]', 'macchin[ae]', 'vettur[ae]'],
    time: ['ancora', 'ora', 'adesso', 'al momento', 'in questo momento', 'per ora', 'attualmente', 'gi[àa]', 'pi[ùu] tardi', 'oggi'],
    clause: ['perch[ée]', 'poich[ée]', 'finch[ée]', 'mentre', 'quando', 'ma', 'se', 'dato che', 'quindi'],
    tryAgain: ['riprov\\p{L}*', 'prova (?:di nuovo|ancora)'],
    wait: ['tra (?:qualche|pochi|alcuni|\\d+) (?:secondi|minuti|minuto|ore)', 'tra poco', 'pi[ùu] tardi', 'a breve'],
    // "da l'app" must be "dall'app": prepositions that contract with an article, and articles.
    beforeAppName: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'a', 'da', 'di', 'in', 'su', 'al', 'allo', 'alla', 'dal', 'dallo', 'dalla', 'del', 'dello', 'della', 'nel', 'nello', 'nella', 'sul', 'sullo', 'sulla'],
  },
  nl: {
    spaced: true,
    carSide: 'after',
    timeSide: 'after',
    car: ["auto(?!mati|ri)\\p{L}*(?:['’]s)?", 'voertuig\\p{L}*', 'wagen'],
    time: ['nog', 'nu', 'momenteel', 'op dit moment', 'voorlopig', 'nog steeds', 'inmiddels', 'straks', 'later', 'vandaag'],
    clause: ['omdat', 'zolang', 'terwijl', 'wanneer', 'als', 'maar', 'want', 'tot', 'zodra', 'doordat'],
    tryAgain: ['probeer (?:het )?(?:\\p{L}+ )*?opnieuw', 'opnieuw (?:te )?proberen', 'nieuwe poging'],
    wait: ['over (?:een paar|enkele|\\d+) (?:seconden|minuten|uur)', 'zo opnieuw', 'straks', 'later'],
    // Not "het": "Het is {{appName}} niet gelukt" is a dummy subject, not an article.
    beforeAppName: ['de', 'een'],
  },
  pt: {
    spaced: true,
    carSide: 'after',
    timeSide: 'after',
    car: ['carros?', 've[ií]culos?', 'autom[oó]ve(?:l|is)'],
    time: ['ainda', 'agora', 'no momento', 'neste momento', 'por enquanto', 'atualmente', 'j[áa]', 'mais tarde', 'hoje'],
    clause: ['porque', 'pois', 'enquanto', 'quando', 'mas', 'at[ée] que', 'se', 'j[áa] que'],
    tryAgain: ['tent\\p{L}* (?:novamente|de novo)', 'nova tentativa'],
    wait: ['em (?:alguns|poucos|\\d+) (?:segundos|minutos|horas)', 'daqui a (?:pouco|alguns)', 'mais tarde', 'em breve'],
    // "no o app" must be "no app": prepositions and their contractions with an article, and articles.
    beforeAppName: ['o', 'a', 'os', 'as', 'um', 'uma', 'de', 'em', 'por', 'do', 'da', 'dos', 'das', 'no', 'na', 'nos', 'nas', 'ao', 'à', 'pelo', 'pela', 'num', 'numa'],
  },
  sv: {
    spaced: true,
    carSide: 'after',
    timeSide: 'after',
    car: ['bil(?:en|ens|ar|arna|arnas|s)?', 'bil(?:modell|märke)\\p{L}*', 'fordon\\p{L}*'],
    time: ['än', 'ännu', 'nu', 'just nu', 'för närvarande', 'fortfarande', 'redan', 'för tillfället', 'senare', 'i ?dag'],
    clause: ['eftersom', 'medan', 'när', 'tills', 'men', 'så', 'om', 'då', 'innan'],
    tryAgain: ['försök\\p{L}* igen', 'försök på nytt', 'nytt försök'],
    wait: ['om (?:några|ett par|\\d+) (?:sekunder|minuter|timmar)', 'om en (?:liten )?stund', 'senare', 'snart'],
    beforeAppName: ['en', 'ett', 'den', 'det'],
  },
  // Not shipped yet: a first draft for the translators who add these languages.
  ja: {
    spaced: false,
    carSide: 'before',
    timeSide: 'before',
    car: ['車', 'クルマ', '自動車'],
    time: ['まだ', '今', '現在', '現時点', '引き続き', 'すでに', '既に', '後で', 'のちほど'],
    clause: ['ため', 'ので', 'から', 'けれど', 'けど', 'ながら', 'まで', 'と'],
    tryAgain: ['もう一度(?:お)?試', '再試行', 'やり直'],
    wait: ['数(?:秒|分|時間)後', '後ほど', 'しばらくして', '\\d+(?:秒|分|時間)後'],
    beforeAppName: [],
  },
  zh: {
    spaced: false,
    carSide: 'before',
    timeSide: 'after',
    car: ['车'],
    time: ['还', '尚', '目前', '现在', '暂时', '仍', '已经', '稍后'],
    clause: ['因为', '所以', '但是', '但', '由于', '直到', '而且'],
    tryAgain: ['重试', '再试', '重新尝试'],
    wait: ['几(?:秒|分钟|小时)后', '稍后', '\\d+ ?(?:秒|分钟|小时)后'],
    beforeAppName: [],
  },
  ko: {
    spaced: true,
    carSide: 'before',
    timeSide: 'before',
    car: ['차량\\p{L}*', '자동차\\p{L}*', '차(?:를|가|의|는|에서|에|로|와|도)?'],
    time: ['아직', '지금', '현재', '당분간', '여전히', '이미', '나중에'],
    clause: ['때문에', '동안', '지만', '므로', '니까', '그러나', '하지만'],
    tryAgain: ['다시 시도', '재시도'],
    wait: ['몇 (?:초|분|시간) 후', '잠시 후', '나중에', '\\d+ ?(?:초|분|시간) 후'],
    beforeAppName: [],
  },
  pl: {
    spaced: true,
    carSide: 'after',
    timeSide: 'after',
    // Every case of the three words for a car (auto: "w aucie", genitive plural "aut").
    car: ['samoch[oó]d\\p{L}*', 'pojazd\\p{L}*', 'aut(?:o|a|u|em|om|ach|ami)?', 'aucie'],
    time: ['jeszcze', 'teraz', 'obecnie', 'aktualnie', 'chwilowo', 'w tej chwili', 'w tym momencie', 'na razie', 'póki co', 'nadal', 'wciąż', 'ciągle', 'już', 'później', 'wkrótce', 'zaraz', 'dzi[sś](?:iaj)?'],
    clause: ['bo', 'ponieważ', 'gdyż', 'bowiem', 'dopóki', 'podczas gdy', 'gdy', 'kiedy', 'zanim', 'ale', 'lecz', 'jednak', 'więc', 'zatem', 'dlatego', 'skoro', 'jeśli', 'jeżeli', 'aby', 'żeby', 'aż', 'chociaż', 'choć'],
    // Any form of "spróbować" with again ("spróbuj ponownie", "możesz spróbować jeszcze raz"), "ponów", "ponowna próba".
    tryAgain: ['spr[oó]b\\p{L}* (?:\\p{L}+ )?(?:ponownie|jeszcze raz|znowu|od nowa)', 'ponów\\p{L}*', 'ponowi\\p{L}*', 'ponown\\p{L}* pr[oó]b\\p{L}*'],
    wait: ['za (?:kilka|parę|kilkanaście|\\d+) (?:sekund\\p{L}*|minut\\p{L}*|godzin\\p{L}*)', 'za (?:chwilę|moment|minutę|godzinę|jakiś czas)', 'po (?:chwili|jakimś czasie|pewnym czasie)', 'później', 'wkrótce', 'niebawem'],
    // The fallback "aplikacja" is nominative: no preposition governs it, and "w aplikacji {{appName}}" names the app twice.
    beforeAppName: ['bez', 'dla', 'do', 'od', 'ode', 'z', 'ze', 'w', 'we', 'na', 'o', 'po', 'przez', 'przy', 'u', 'za', 'nad', 'pod', 'przed', 'między', 'ku', 'obok', 'wobec', 'według', 'dzięki', 'mimo', 'oprócz', 'poza', 'zamiast', 'wśród', 'aplikacj\\p{L}*'],
  },
  nb: {
    spaced: true,
    carSide: 'after',
    timeSide: 'after',
    car: ['bil(?:en|ens|er|ene|s)?', 'bil(?:modell|merke)\\p{L}*', 'kjøretøy\\p{L}*'],
    time: ['ennå', 'enda', 'nå', 'akkurat nå', 'for øyeblikket', 'fortsatt', 'allerede', 'foreløpig', 'senere', 'i dag'],
    clause: ['fordi', 'siden', 'mens', 'når', 'til', 'men', 'så', 'hvis', 'da'],
    tryAgain: ['prøv\\p{L}* igjen', 'nytt forsøk'],
    wait: ['om (?:noen|et par|\\d+) (?:sekunder|minutter|timer)', 'om litt', 'senere', 'snart'],
    beforeAppName: ['en', 'et', 'ei', 'den', 'det'],
  },
};
