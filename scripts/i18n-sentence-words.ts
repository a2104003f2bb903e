/**
 * The words the sentence rules (i18n-sentence-rules.ts) look for, per language, as sources of
 * case-insensitive regular expressions. A language the library ships needs an entry here:
 * `npm run i18n:check` says so when one is missing.
 */
export interface LanguageWords {
  /** Words are separated by spaces, so only whole words match. False for Chinese and Japanese. */
  spaced: boolean;
  /**
   * Where a time word attaches to the action phrase by mistake: right after it in most languages
   * ("check whether your car is locked yet"), right before it where modifiers come first
   * (Japanese, Korean, Chinese).
   */
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
    timeSide: 'after',
    car: ['bil(?:en|ens|ar|arna|arnas|s)?', 'bil(?:modell|märke)\\p{L}*', 'fordon\\p{L}*'],
    time: ['än', 'ännu', 'nu', 'just nu', 'för närvarande', 'fortfarande', 'redan', 'för tillfället', 'senare', 'i ?dag'],
    clause: ['eftersom', 'medan', 'när', 'tills', 'men', 'så', 'om', 'då', 'innan'],
    tryAgain: ['försök\\p{L}* igen', 'försök på nytt', 'nytt försök'],
    wait: ['om (?:några|ett par|\\d+) (?:sekunder|minuter|timmar)', 'om en (?:liten )?stund', 'senare', 'snart'],
    beforeAppName: ['en', 'ett', 'den', 'det'],
  },
  ja: {
    spaced: false,
    timeSide: 'before',
    // 駐車場, 停車, 発車, 電車… are not the owner's car; 自動車 and 車両 are.
    car: ['(?<![駐停発電洗乗降])車', 'クルマ', 'マイカー'],
    // Not 今回, 今後, 現在地: they say no time.
    time: ['まだ', '今(?![回後])', '現在(?!地)', '現時点', 'ただ[今いま]', '引き続き', '依然', 'すでに', '既に', 'もう(?!一度|一回)', 'しばらく', '当面', 'あとで', '後で', '後ほど', 'のちほど', 'まもなく', '今日', '本日'],
    // Polite copy sets a clause off with 、; these end one without it. Not the particles と, から
    // ("from") and が, which sit inside a clause far more often than they end one.
    clause: ['ため', 'ので', '(?:です|ます|ない|た)から', 'けれど', 'けど', 'ながら', 'ものの', 'のに', 'まで', 'すると', 'したら'],
    tryAgain: ['(?:もう一度|再度|もう一回)(?:お)?(?:試|やり直|実行|操作)', '再試行', 'やり直', '再実行', 'リトライ'],
    wait: [
      '(?:数|\\d+)(?:秒|分|時間)(?:後|ほど|(?:ほど)?(?:おいて|置いて|待って|経って|たって))',
      'しばらく(?:して|経って|たって|待って|お待ち|時間を)',
      '時間を(?:おいて|置いて|空けて)',
      '少(?:々|し)お待ち',
      '後ほど',
      'のちほど',
      'あとで',
      '後で',
      'まもなく',
    ],
    // Nothing: the fallback "このアプリ" fits every slot these sentences give the name. (A list here
    // would not help yet: the rule looks for the word followed by a space.)
    beforeAppName: [],
  },
  zh: {
    spaced: false,
    // Time adverbs come before the verb in Chinese ("无法立即{{action}}"), so they are looked for
    // before the action.
    timeSide: 'before',
    // 车 also starts or ends other words (车门, 车主, 车企, 停车): match it alone and in car words only.
    car: ['车辆', '爱车', '汽车(?!厂商|制造商|品牌)', '(?<![停汽电])车(?![辆主企门厂窗型联钥])'],
    // A time word before the verb that governs the action belongs to that verb, as Chinese wants it
    // ("{{appName}}暂时无法{{action}}"); only one between that verb and the action is wrong.
    time: ['(?:还|尚|仍|目前|现在|当前|此刻|眼下|暂时|暂|已经|稍后|立即|立刻|马上|今天|之后)(?![\\s\\S]*(?:无法|不能|未能|没能|才能|能够|可以|不可))'],
    clause: ['因为', '由于', '所以', '因此', '但是', '但', '而且', '并且', '直到', '如果', '虽然', '然后', '否则'],
    tryAgain: ['重试', '再试', '重新尝试', '再次尝试', '重新操作', '再操作一次'],
    wait: ['稍后', '稍候', '片刻后', '一会儿', '过一会', '(?:几|数|若干|一两|\\d+) ?(?:秒|分钟|小时)(?:之)?后'],
    // The fallback is "本应用": it cannot follow a demonstrative ("该本应用"). Chinese puts no space
    // before the name, and the rule looks for a spaced word, so it cannot see these yet.
    beforeAppName: ['该', '本', '此', '这个', '这款', '那个'],
  },
  // Korean attaches particles and endings to words, so most entries end in \p{L}* ("아직도",
  // "차량을", "다시 시도해"), and a clause ends at a connective ending ("없어서", "중이라서"), not only
  // at a separate word. Never "에서": "{{appName}}에서" is the app as subject, not a new clause.
  ko: {
    spaced: true,
    timeSide: 'before',
    car: ['차량\\p{L}*', '자동차\\p{L}*', '차(?:를|가|의|는|은|에서|에게|에|로|와|도|까지|만)?'],
    time: ['아직\\p{L}*', '지금\\p{L}*', '현재\\p{L}*', '당분간', '여전히', '이미', '벌써', '이제', '더 이상', '방금', '곧', '나중에', '오늘\\p{L}*', '잠시', '계속'],
    clause: [
      '\\p{L}+[아어여해돼라워와져려쳐켜꺼봐줘]서',
      // The same reason without 서 ("만료되어", "열려", "중이라"); not 와, a particle ("트렁크와").
      '\\p{L}+(?:이라|[아어여해돼워져려쳐켜며])',
      '\\p{L}+(?:니까|으니)',
      '\\p{L}+(?:지만|는데|은데|인데|므로|도록|려고|면서)',
      '\\p{L}+[으려하되이다라지거]면',
      '때문에',
      '동안\\p{L}*',
      '중에\\p{L}*',
      '다음\\p{L}*',
      '그래서',
      '그러나',
      '하지만',
      '그런데',
      '따라서',
    ],
    tryAgain: ['다시 시도\\p{L}*', '재시도\\p{L}*', '다시 (?:해|하|요청|실행|눌러)\\p{L}*', '한 번 더 (?:시도|해|하)\\p{L}*'],
    wait: ['몇 (?:초|분|시간) ?(?:후|뒤)\\p{L}*', '\\d+ ?(?:초|분|시간) ?(?:후|뒤)\\p{L}*', '잠시 (?:후|뒤|기다)\\p{L}*', '조금 (?:후|뒤|있다가)\\p{L}*', '나중에', '이따가?', '추후\\p{L}*', '곧'],
    // Particles follow the name, and a name's last sound picks 이/가, 은/는, 을/를, 와/과, (으)로: the
    // fallback 앱 ends in a consonant, "Chargely" in a vowel. Write only 에서, 에, 의 after it.
    beforeAppName: [],
  },
  pl: {
    spaced: true,
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
    timeSide: 'after',
    // bil, bilen, bilens, biler, bilene; bilmerke, bilmodell (not bilprodusent: the maker, not the car).
    car: ['bil(?:en|ens|er|ene|enes|s)?', 'bil(?:modell|merke)\\p{L}*', 'kjøretøy\\p{L}*'],
    time: ['ennå', 'enda', 'nå', 'akkurat nå', 'for øyeblikket', 'i øyeblikket', 'for tiden', 'fortsatt', 'fremdeles', 'lenger', 'allerede', 'foreløpig', 'senere', 'i dag'],
    // Not "til" (until) or "om" (whether): both are far more often prepositions ("til bilen din").
    clause: ['fordi', 'siden', 'ettersom', 'mens', 'når', 'inntil', 'før', 'men', 'så', 'hvis', 'dersom', 'selv om', 'da'],
    // Prøv, prøve, prøver, not prøvde: "da appen prøvde å få kontakt" says what the app did.
    tryAgain: ['(?:prøv|forsøk)(?:e|er)? (?:\\p{L}+ ){0,4}?(?:igjen|på nytt|en gang til)', 'nytt forsøk'],
    wait: ['om (?:noen|et par|få|\\d+) (?:sekunder|minutter|timer)', 'om (?:litt|et øyeblikk|en (?:liten )?stund)', 'etter en stund', 'senere', 'snart'],
    // The fallback "appen" is definite: no article, demonstrative or possessive may stand before it ("din appen").
    // Not "det": it is also the relative "what" ("gjøre det appen ba om"), which reads well.
    beforeAppName: ['en', 'et', 'ei', 'den', 'de', 'denne', 'dette', 'disse', 'min', 'mi', 'mitt', 'mine', 'din', 'di', 'ditt', 'dine', 'sin', 'si', 'sitt', 'sine', 'vår', 'vårt', 'våre'],
  },
};
