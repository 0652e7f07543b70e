//! Every word list the extractor reads, once each, named for what it holds: verbs of posting
//! and of speech, the nouns readers go by, an occasion of reported speech or an office. The
//! words that name a platform are in its profile ([`crate::Platform`]'s table). The recognizers in [`crate::find`] and the
//! [`features`](crate::features) of the decision share them, so that a word added here counts
//! everywhere.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use crate::Platform;

pub(crate) const VERBS: &str =
    "said|says|wrote|writes|commented|comments|added|replied|replies|reacted|reacts|responded|\
responds|asked|tweeted|posted|noted|stated|quipped|joked|argued|remarked|claimed|suggested|explained|\
insisted|warned|complained|lamented|declared|mentioned|opined|observed|exclaimed|retorted|retorts|\
questioned|chimed in|chipped in|weighed in|pointed out|shared|captioned|retweeted|reposted|quote-tweeted|\
expressed|joined in|joined";

/// Verbs that on their own mark a commenter rather than a source being interviewed.
pub(crate) const COMMENTING_VERBS: &[&str] = &[
    "wrote",
    "writes",
    "commented",
    "comments",
    "replied",
    "replies",
    "reacted",
    "reacts",
    "responded",
    "responds",
    "tweeted",
    "posted",
    "quipped",
    "joked",
    "captioned",
    "retweeted",
    "reposted",
    "quote-tweeted",
    "chimed in",
    "chipped in",
    "weighed in",
];

/// Verbs that say a person posted, whoever they are.
pub(crate) const POSTING_VERBS: &[&str] = &[
    "tweeted",
    "tweets",
    "retweeted",
    "posted",
    "posts",
    "commented",
    "comments",
    "captioned",
    "typed",
    "reposted",
    "quote-tweeted",
    "messaged",
    "texted",
    "emailed",
];

/// Verbs of posting in the other languages of the articles we read (Spanish, Portuguese,
/// French, German, Italian, Dutch, Polish, Swahili), which attribute a post as English does:
/// `"…", escribió Daniela Gener`, `« … », écrit Marc`, `User Andy Heuer twitterte: "…"`. Read
/// by the speakers found around quotes, the authors before a colon and a name over a mailbag's
/// message (through [`is_posting_verb`], [`verb_kind`] and [`is_verb_elsewhere`]); not by the
/// line patterns built on [`VERBS`], whose alternation they made 3% slower for no reaction
/// found on any set.
pub(crate) const POSTING_VERBS_ELSEWHERE: &[&str] = &[
    // Spanish
    "tuiteó",
    "tuitea",
    "escribió",
    "escribe",
    "publicó",
    "posteó",
    "comentó",
    "comenta",
    "respondió",
    "replicó",
    "bromeó",
    "ironizó",
    // Portuguese
    "tuitou",
    "escreveu",
    "escreve",
    "publicou",
    "postou",
    "comentou",
    "respondeu",
    "brincou",
    "ironizou",
    // French
    "tweete",
    "tweeté",
    "écrit",
    "publie",
    "publié",
    "posté",
    "commente",
    "commenté",
    "répond",
    "répondu",
    "ironise",
    "plaisante",
    // German
    "twitterte",
    "twittert",
    "tweetet",
    "tweetete",
    "schrieb",
    "schreibt",
    "postete",
    "postet",
    "kommentierte",
    "kommentiert",
    "antwortete",
    "witzelt",
    "witzelte",
    "spottet",
    "spottete",
    // Italian
    "twitta",
    "twittato",
    "scritto",
    "scrive",
    "commenta",
    "commentato",
    "risposto",
    "risponde",
    "ironizza",
    "postato",
    // Dutch
    "twitterde",
    "tweette",
    "schreef",
    "schrijft",
    "reageerde",
    "reageert",
    "postte",
    // Dutch past participles, after `heeft`
    "geschreven",
    "gereageerd",
    "getweet",
    // Nigerian Pidgin, whose verbs keep one form (`Anoda pesin write say:`)
    "write",
    // Afrikaans
    "skryf",
    "geskryf",
    // Turkish
    "yazdı",
    // Swahili: past, perfect and present of `write`, `post`, `comment`, `reply`, `tweet`
    "aliandika",
    "ameandika",
    "anaandika",
    "aliposti",
    "ameposti",
    "alipost",
    "alikomenti",
    "amekomenti",
    "alijibu",
    "amejibu",
    "alitweet",
    "ametweet",
    "alituma",
    // and with `they` for `he` or `she` (`waliandika`, they wrote)
    "waliandika",
    "wameandika",
    "wanaandika",
    "waliposti",
    "walikomenti",
    "wamekomenti",
    "walijibu",
    "wamejibu",
    // Polish
    "napisał",
    "napisała",
    "skomentował",
    "skomentowała",
    "odpisał",
    "odpisała",
    // Arabic, as [`arabic_verb`] writes them: without vowel marks or the `و` (and) or `ف`
    // (then) before them
    "كتب",
    "كتبت",
    "غرد",
    "غردت",
    "علق",
    "علقت",
    "نشر",
    "نشرت",
    "رد",
    "ردت",
    // Malay and Indonesian: `write`, `tweet`, `comment`, `reply` (`tulis seorang warganet`,
    // wrote one netizen)
    "tulis",
    "menulis",
    "cuit",
    "mencuit",
    "komen",
    "mengomentari",
    "balas",
    "membalas",
    // Spanish past participles, after `ha`
    "escrito",
    "tuiteado",
    "comentado",
    "publicado",
    "respondido",
];

/// Verbs of speech in the same languages, read as [`SPEECH_VERBS`] are.
pub(crate) const SPEECH_VERBS_ELSEWHERE: &[&str] = &[
    // Spanish
    "dijo",
    "dice",
    "señaló",
    "señala",
    "añadió",
    "agregó",
    "afirmó",
    "aseguró",
    "expresó",
    "opinó",
    "lamentó",
    "recordó",
    "preguntó",
    "indicó",
    "sostuvo",
    "sumó",
    "acotó",
    "remató",
    "apuntó",
    "criticó",
    "cuestionó",
    // Portuguese
    "disse",
    "diz",
    "afirmou",
    "acrescentou",
    "declarou",
    "opinou",
    "lamentou",
    "perguntou",
    "questionou",
    "dizia",
    "opinava",
    "criticou",
    "completou",
    // French
    "dit",
    "déclare",
    "ajoute",
    "affirme",
    "assure",
    "estime",
    "lance",
    "souligne",
    "rétorque",
    "regrette",
    "dénonce",
    "raille",
    "tacle",
    "fustige",
    "renchérit",
    "interroge",
    // Reflexive, as French prints them, with either apostrophe: `s’indigne Serge`.
    "s'indigne",
    "s’indigne",
    "s'enflamme",
    "s’enflamme",
    "s'insurge",
    "s’insurge",
    "s'emporte",
    "s’emporte",
    "s'exclame",
    "s’exclame",
    "s'étonne",
    "s’étonne",
    "s'interroge",
    "s’interroge",
    "s'agace",
    "s’agace",
    "s'offusque",
    "s’offusque",
    "s'amuse",
    "s’amuse",
    "s'inquiète",
    "s’inquiète",
    "s'écrie",
    "s’écrie",
    // German
    "sagte",
    "sagt",
    "meinte",
    "meint",
    "fragte",
    "fragt",
    "erklärte",
    "betonte",
    "ergänzte",
    "lästerte",
    "schimpfte",
    "ätzte",
    // Italian
    "detto",
    "aggiunto",
    "afferma",
    "sottolinea",
    "chiosa",
    "aggiunge",
    "osserva",
    "replica",
    // Swahili: `say`, `add`, `ask`, `explain`
    "alisema",
    "amesema",
    "anasema",
    "aliongeza",
    "ameongeza",
    "aliuliza",
    "ameuliza",
    "alieleza",
    // Polish
    "dodał",
    "dodała",
    "stwierdził",
    "stwierdziła",
    // Malay and Indonesian (`kata seorang pengguna`, said one user); Tagalog `sabi`
    "kata",
    "berkata",
    "ujar",
    "sabi",
    // Arabic, as [`arabic_verb`] writes them
    "قال",
    "قالت",
    "أضاف",
    "أضافت",
    // Dutch
    "zegt",
    "zei",
    "vraagt",
    "vroeg",
    "noemt",
    "constateert",
    "analyseert",
    // Nigerian Pidgin
    "talk",
    "tok",
    // Afrikaans `says`; Turkish `said`
    "sê",
    "dedi",
    // French and Spanish past participles, after `a` and `ha`
    "déclaré",
    "ajouté",
    "affirmé",
    "dicho",
    "añadido",
    "señalado",
];

/// An Arabic word as the verb lists write it: without its vowel marks (`علّق`, commented) and
/// the `و` (and) or `ف` (then) that joins it to the sentence before (`وكتب`, and wrote).
pub(crate) fn arabic_verb(word: &str) -> String {
    let bare: String = word
        .chars()
        .filter(|c| !('\u{64B}'..='\u{652}').contains(c))
        .collect();
    match bare.strip_prefix(['و', 'ف']) {
        Some(rest) if rest.chars().count() >= 2 && is_verb_elsewhere(rest) => rest.to_string(),
        _ => bare,
    }
}

/// Whether `word` (lower case) is a verb of posting or speech of another language. Asked of
/// most words around every quote, so one hashed look-up rather than a scan of both lists.
pub(crate) fn is_verb_elsewhere(word: &str) -> bool {
    static VERBS_ELSEWHERE: LazyLock<WordSet> =
        LazyLock::new(|| word_set(&[POSTING_VERBS_ELSEWHERE, SPEECH_VERBS_ELSEWHERE]));
    VERBS_ELSEWHERE.contains(word)
}

/// Words of several lists, for one look-up.
pub(crate) type WordSet = HashSet<&'static str, BuildHasherDefault<WordHasher>>;

fn word_set(lists: &[&[&'static str]]) -> WordSet {
    lists.iter().flat_map(|list| list.iter().copied()).collect()
}

/// FNV-1a over a word's bytes, for the tables of these lists: their keys are a few hundred
/// short words of our own, so the standard hash's resistance to chosen collisions buys nothing
/// here, and its cost showed in the extraction's profile.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const PRIME: u64 = 0x0100_0000_01b3;
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &byte in bytes {
            hash = (hash ^ u64::from(byte)).wrapping_mul(PRIME);
        }
        self.0 = hash;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Words that open another clause: a quote after one belongs to that clause's subject (`posting
/// flyers that read, ‘…’`, `when he was asked the question: “…”`).
pub(crate) const CLAUSE_OPENERS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "when", "whether", "because", "if", "after", "before",
    "where", "until", "unless",
];

/// Where words are spoken or issued rather than posted: `said in court`, `in a statement`,
/// `wrote … in a research report`, `told reporters`.
pub(crate) const REPORTING_SETTINGS: &[&str] = &[
    "court",
    "statement",
    "interview",
    "press",
    "briefing",
    "conference",
    "report",
    "release",
    "hearing",
    "testimony",
    "reporters",
    "journalists",
    "radio",
    "television",
    "parliament",
    "speech",
    "address",
    "note",
];

/// Participles that say the same inside a predicate (`took a gentler line, writing, “…”`).
pub(crate) const POSTING_PARTICIPLES: &[&str] = &[
    "tweeting",
    "posting",
    "commenting",
    "writing",
    "typing",
    "replying",
    "captioning",
];

/// Verbs of speech, which news uses for the people it interviews: a name with one of these is a
/// reader only where the article has announced reactions.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "explained",
    "stated",
    "asked",
    "asks",
    "noted",
    "according",
    "responded",
    "insisted",
    "argued",
    "continued",
    "recalled",
];

/// Past forms that do not end in -ed.
pub(crate) const IRREGULAR_VERBS: &[&str] = &[
    "said", "wrote", "read", "put", "told", "took", "came", "made", "went", "gave", "saw", "had",
    "thought", "felt", "got", "kept", "left", "let", "meant", "spoke", "chose", "began", "sent",
    "hit", "shot", "threw", "fired", "lit", "drew", "knew", "found", "stood", "brought", "summed",
    "chimed", "weighed", "cried", "replied", "replies", "joked", "mused",
];

/// Words that end like a verb but are not one.
pub(crate) const NOT_VERBS: &[&str] = &[
    "is",
    "was",
    "has",
    "his",
    "its",
    "this",
    "us",
    "as",
    "yes",
    "less",
    "does",
    "thus",
    "plus",
    "news",
    "always",
    "perhaps",
    "bus",
    "its",
    "hers",
    "ours",
    "yours",
    "theirs",
    "whereas",
    "besides",
    "towards",
    "sometimes",
    "nevertheless",
    "series",
    "species",
    "unless",
    "across",
    "red",
    "bed",
    "need",
    "seed",
    "feed",
    "speed",
    "indeed",
    "shed",
    // `US based Zambian journalist Moses Kuwema posted:`: a participle that places a person.
    "based",
];

pub(crate) const ADVERBS: &[&str] = &[
    "also",
    "then",
    "just",
    "later",
    "once",
    "soon",
    "even",
    "simply",
    "instead",
    "too",
    "quickly",
    "promptly",
    "swiftly",
    "still",
    "again",
    "further",
    // `“…!” one immediately noted`.
    "immediately",
    // Turkish `şöyle` (thus), before the verb: `Bir kullanıcı şöyle yazdı:`.
    "şöyle",
    // The same in Spanish, Portuguese, French, German and Italian (`PickiHH hingegen schrieb:`,
    // `Marc aussi a écrit`, `también comentó`).
    "también",
    "además",
    "luego",
    "después",
    "entonces",
    "depois",
    "ainda",
    "aussi",
    "ensuite",
    "alors",
    "encore",
    "auch",
    "dann",
    "jedoch",
    "hingegen",
    "aber",
    "noch",
    "anche",
    "poi",
    "ancora",
    "invece",
    "etwa",
    "dazu",
    "ook",
    "nog",
];

/// Adverbs that open a German or Dutch sentence, which then puts its verb before its subject
/// (`So schreibt ein Nutzer etwa:`, `Dann fragt ein anderer:`, `Zo schrijft een lezer:`).
pub(crate) const OPENERS_BEFORE_THE_VERB: &[&str] = &[
    "So", "Dann", "Hier", "Dazu", "Darauf", "Zo", "Daarop", "Ook",
];

/// Readers by what they are online (`user`, `fan`, `netizen`).
pub(crate) const ONLINE_READERS: &[&str] = &[
    "user",
    "users",
    "fan",
    "fans",
    "viewer",
    "viewers",
    "follower",
    "followers",
    "commenter",
    "commenters",
    // (as often spelt)
    "commentor",
    "commentors",
    "reader",
    "readers",
    "netizen",
    "netizens",
    "tweeter",
    "tweeters",
    "twitterer",
    "twitterers",
    "tweep",
    "tweeps",
    "tweetheart",
    "tweethearts",
    "twitterati",
    "redditor",
    "redditors",
    "poster",
    "subscriber",
    "subscribers",
    "listener",
    "listeners",
    "commentator",
    "troll",
    "trolls",
    "tiktoker",
    "tiktokers",
    "nairalander",
    "nairalanders",
    "instagrammer",
    "instagrammers",
    "youtuber",
    "influencer",
    // Dutch and Afrikaans (`een gebruiker`, a user; `een lezer`, a reader)
    "gebruiker",
    "gebruikers",
    "lezer",
    "lezers",
    "volger",
    "volgers",
    "twitteraar",
    "twitteraars",
    // Turkish (`bir kullanıcı`, one user) and Polish (`internautka`, `użytkownik`)
    "kullanıcı",
    "kullanıcılar",
    "takipçi",
    "internautka",
    "użytkownik",
    "użytkowniczka",
    // Malay and Indonesian (`seorang pengguna`, one user; `warganet`, netizen)
    "pengguna",
    "warganet",
    // Swahili (`mtumiaji mmoja aliandika`: one user wrote)
    "mtumiaji",
    "watumiaji",
    "mwanamtandao",
    "wanamtandao",
    "shabiki",
    "mashabiki",
    // Spanish, Portuguese, French, German, Italian (`señaló un usuario`, `schrieb ein User`)
    "usuario",
    "usuarios",
    "usuaria",
    "internauta",
    "internautas",
    "tuitero",
    "tuiteros",
    "tuitera",
    "cibernauta",
    "cibernautas",
    "seguidor",
    "seguidores",
    "lectores",
    "usuário",
    "usuários",
    "usuária",
    "leitor",
    "leitores",
    "internaute",
    "internautes",
    "utilisateur",
    "utilisateurs",
    "utilisatrice",
    "abonné",
    "abonnés",
    "lecteur",
    "lecteurs",
    "twittos",
    "userin",
    "nutzer",
    "nutzerin",
    "kommentator",
    "kommentatorin",
    "leser",
    "leserin",
    "utente",
    "utenti",
    "lettore",
    "lettori",
];

/// What readers post, when a sentence makes it the subject (`one comment read`, `another reply
/// said`). Not people: `declined to comment` says nothing of readers.
pub(crate) const ONLINE_POSTS: &[&str] = &[
    "account",
    "comment",
    "comments",
    "reply",
    "replies",
    "response",
    "responses",
];

/// A reader or a reader's post, as the subject of a quote.
pub(crate) fn is_online_noun(word: &str) -> bool {
    static ONLINE_NOUNS: LazyLock<WordSet> =
        LazyLock::new(|| word_set(&[ONLINE_READERS, ONLINE_POSTS]));
    ONLINE_NOUNS.contains(word)
}

/// Other people who may be readers where the article says it quotes reactions.
pub(crate) const OTHER_NOUNS: &[&str] = &[
    "person",
    "people",
    // Nigerian Pidgin (`Anoda pesin write say:`, another person wrote)
    "pesin",
    "pipo",
    "individual",
    "owner",
    "customer",
    "parent",
    "mum",
    "mom",
    "dad",
    "shopper",
    "punter",
    "motorist",
    "supporter",
    "resident",
    "member",
    "critic",
    "observer",
    "woman",
    "man",
    "lady",
    "guy",
    "mother",
    "father",
    "student",
    "fellow",
    "else",
    "other",
];

/// Nationalities and city folk as news calls its readers (`One Nigerian wrote:`, `Another
/// Kenyan said:`, `A South African on X`): a description of a reader, never a name.
pub(crate) const DEMONYMS: &[&str] = &[
    "nigerian",
    "kenyan",
    "ghanaian",
    "ugandan",
    "tanzanian",
    "rwandan",
    "zimbabwean",
    "zambian",
    "malawian",
    "cameroonian",
    "ethiopian",
    "somali",
    "sudanese",
    "congolese",
    "senegalese",
    "ivorian",
    "liberian",
    "egyptian",
    "moroccan",
    "algerian",
    "tunisian",
    "namibian",
    "motswana",
    "mosotho",
    "african",
    "mzansi",
    "indian",
    "pakistani",
    "bangladeshi",
    "filipino",
    "filipina",
    "malaysian",
    "indonesian",
    "singaporean",
    "thai",
    "vietnamese",
    "chinese",
    "japanese",
    "korean",
    "australian",
    "american",
    "canadian",
    "british",
    "briton",
    "brit",
    "irish",
    "scottish",
    "welsh",
    "english",
    "mexican",
    "brazilian",
    "jamaican",
    "trinidadian",
    "trini",
    "tobagonian",
    "bajan",
    "barbadian",
    "guyanese",
    "bahamian",
    "vincentian",
    "grenadian",
    "antiguan",
    "kittitian",
    "belizean",
    "haitian",
    // `One St. Lucian posted on Facebook:`.
    "lucian",
    "lagosian",
    "nairobian",
    "londoner",
    "aussie",
    "kiwi",
];

/// Whether every word of `name` is a nationality (`Nigerian`, `South African`, `St. Lucian`:
/// `South` and `St.` go with a nationality after them).
pub(crate) fn is_demonym(name: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let Some((last, before)) = words.split_last() else {
        return false;
    };
    let last = last
        .strip_suffix('s')
        .filter(|w| DEMONYMS.contains(w))
        .unwrap_or(last);
    DEMONYMS.contains(&last)
        && before.iter().all(|w| {
            matches!(
                w.as_str(),
                "south" | "north" | "east" | "west" | "sierra" | "st" | "st." | "saint"
            )
        })
}

/// The auxiliaries of other languages' past tenses (`a écrit`, `ha scritto`, `ha tuiteado`,
/// `heeft geschreven`, `het geskryf`), read past when a verb of [`POSTING_VERBS_ELSEWHERE`] or
/// [`SPEECH_VERBS_ELSEWHERE`] follows.
pub(crate) const AUXILIARIES_ELSEWHERE: &[&str] =
    &["a", "ont", "ha", "han", "hanno", "hat", "het", "heeft"];

/// `Tomás Pérez nos señala`, `Marie nous écrit`: the name before the object pronoun other
/// languages' mailbags put between a reader and the verb (the paper the message was written
/// to), or `who` as it is.
pub(crate) fn without_object_pronoun(who: &str) -> &str {
    match who.trim_end().rsplit_once(' ') {
        Some((name, "nos" | "nous" | "uns" | "ci")) => name,
        _ => who,
    }
}

/// Whether `word`, in any case, is a first- or second-person word: asked of every word of the
/// lines above a flattened post's signature, so one hashed look-up, an ASCII word lower-cased
/// on the stack.
pub(crate) fn is_speakers_own_word(word: &str) -> bool {
    const LONGEST: usize = 8;
    static OWN_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
        debug_assert!(SPEAKERS_OWN_WORDS.iter().all(|w| w.len() <= LONGEST));
        word_set(&[SPEAKERS_OWN_WORDS])
    });
    if word.is_empty() || word.len() > LONGEST {
        return false;
    }
    if !word.is_ascii() {
        return OWN_WORDS.contains(word.to_lowercase().as_str());
    }
    let mut buffer = [0u8; LONGEST];
    let lower = &mut buffer[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|lower| OWN_WORDS.contains(lower))
}

/// First- and second-person words, in the languages the posting verbs are listed for, as a
/// line's words split at anything not a letter or digit (`I've` gives `i`): a poster's own
/// voice, which an article's narration lacks.
const SPEAKERS_OWN_WORDS: &[&str] = &[
    "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "je", "j", "moi",
    "mon", "ma", "mes", "nous", "notre", "nos", "tu", "toi", "ton", "ta", "tes", "vous", "votre",
    "vos", "yo", "mí", "mi", "mis", "nosotros", "nuestro", "nuestra", "tú", "usted", "ustedes",
    "eu", "meu", "minha", "nós", "nosso", "nossa", "você", "vocês", "ich", "mein", "meine", "wir",
    "unser", "unsere", "du", "dein", "euch", "io", "noi", "voi",
];

/// Subject pronouns of other languages (`dijo él`, `schrieb sie`), resolved as `he` and `she`.
pub(crate) const PRONOUNS_ELSEWHERE: &[&str] = &[
    "él", "ella", "ellos", "ele", "ela", "il", "elle", "er", "sie", "lui", "lei",
];

/// Indefinite articles of other languages (`un usuario`, `ein User`, `une internaute`), read as
/// `a`.
pub(crate) const INDEFINITE_ARTICLES_ELSEWHERE: &[&str] = &[
    "un", "una", "uno", "um", "uma", "une", "ein", "eine", "einer",
    // Dutch and Afrikaans `een`, Turkish `bir`, Malay and Indonesian `seorang` (one person),
    // Tagalog `isang` (one)
    "een", "bir", "seorang", "isang",
];

/// Definite articles of other languages, read as `the` before a description and a name
/// (`escribió el periodista Juan Pérez`, `a écrit le journaliste Marc Dupont`, `twitterte der
/// Satiriker Jan Böhmermann`).
pub(crate) const DEFINITE_ARTICLES_ELSEWHERE: &[&str] = &[
    "el", "la", "le", "il", "lo", "o", "der", "die", "das", "de", "het",
];

/// Every word of other languages that opens an anonymous reader: the articles, and `another`
/// (`otro usuario`, `outro internaute`, `un autre`; Swahili's `mmoja`, one, and `mwingine`,
/// another, which stand alone as English's `one` does).
pub(crate) const DETERMINERS_ELSEWHERE: &[&str] = &[
    "un", "una", "uno", "um", "uma", "une", "ein", "eine", "einer", "otro", "otra", "outro",
    "outra", "altro", "altra", "autre", "mmoja", "mwingine", "een", "bir", "seorang", "isang",
    // Nigerian Pidgin `another`
    "anoda",
    // Swahili `some`, `others`, `many`, before their verb (`Baadhi waliandika:`).
    "baadhi", "wengine", "wengi",
];

pub(crate) const ORDINALS: &[&str] = &[
    // `ein anderer`, `ein weiterer`: German's `another` after its article.
    "anderer",
    "andere",
    "weiterer",
    "weitere",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "further",
    "final",
    "different",
    "last",
    "tercero",
    "tercera",
    "terceiro",
    "terceira",
    "troisième",
    "dritter",
    "dritte",
    "terzo",
    "terza",
];

/// Capitalized words that begin a sentence or clause but name nobody.
pub(crate) const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "In",
    "On",
    "At",
    "After",
    "Before",
    "When",
    "While",
    "As",
    "But",
    "And",
    "Or",
    "So",
    "Even",
    "However",
    "Meanwhile",
    "Many",
    "Some",
    "Most",
    "Others",
    "Other",
    "Several",
    // Swahili `some`, `others`, `many`.
    "Baadhi",
    "Wengine",
    "Wengi",
    "Here",
    "There",
    "What",
    "Why",
    "How",
    "Who",
    // `Dear Editor, Re: …`: a letter's salutation; `PS: …`, its afterthought.
    "Dear",
    "PS",
    "PPS",
    "NB",
    "Where",
    "If",
    "Then",
    "Also",
    "Still",
    "Now",
    "Yet",
    "Just",
    "Only",
    "According",
    "Following",
    "During",
    "Since",
    "Watch",
    "Read",
    "Check",
    "See",
    "Source",
    "Image",
    "Photo",
    "Video",
    "Credit",
    // A page's date labels: `Updated: Tue 28 Apr 2020`, `Tuesday, Sept. 12: On the levy…`.
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Updated",
    "Published",
    "Posted",
    "Edited",
    "Police",
    "Officials",
    "Everyone",
    "Nobody",
    "No",
    "Yes",
    "Not",
    "For",
    "With",
    "From",
    "By",
    "To",
    "Of",
    "Our",
    "Their",
    "His",
    "Her",
    "My",
    "Your",
    "We",
    "I",
    "You",
    "He",
    "She",
    "They",
    "One",
    "Another",
    "Someone",
    "Somebody",
    "Reacting",
    "Replying",
    "Responding",
    "Adding",
    "Speaking",
    "Writing",
    "Taking",
    "Asked",
    "Pressed",
    "Questioned",
    "Commenting",
    "Posting",
    "Apparently",
    "Naturally",
    "Sadly",
    "Unsurprisingly",
    "Fans",
    "Users",
    "People",
    "Netizens",
    "Readers",
    "Viewers",
    "Followers",
    "Critics",
    "Twitter",
    "Facebook",
    "Instagram",
    "TikTok",
    "YouTube",
    "Reddit",
    "X",
    "Weibo",
    "Statement",
    "Court",
    "Government",
    "Ministry",
    "Department",
    "Company",
    "Minister",
    "President",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Judge",
    "Governor",
    "Mayor",
    "Senator",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Director",
    "Chief",
    "Officer",
    "Commissioner",
    "Secretary",
    "Chairman",
    "Advocate",
    "Magistrate",
    "Prosecutor",
    "State",
    "Gov",
    // Other languages' conjunctions and pronouns, which open their sentences (`Quien también
    // se expresó en Twitter fue…`, `Y agregó: “…”`).
    "Y",
    "E",
    "Et",
    "Und",
    "Pero",
    "Mais",
    "Aber",
    "Quien",
    "Que",
    "Qui",
    "Quem",
    "Wer",
    "Chi",
    // Their indefinite articles (`Ein Nutzer schreibt:` is a reader, not a person named so).
    "Ein",
    "Eine",
    "Einer",
    "Un",
    "Une",
    "Él",
    "Ella",
    "Ele",
    "Ela",
    "Elle",
    "Er",
    "Sie",
    "Lui",
    "Lei",
];

pub(crate) const CONNECTIVES: &[&str] = &[
    "as",
    "while",
    "whilst",
    "and",
    "but",
    "with",
    "when",
    "so",
    "then",
    "meanwhile",
    "where",
    "though",
    "although",
    "yet",
    "whereas",
];

/// What a reader's words may be called where the article names their author after it.
pub(crate) const REACTION_NOUNS: &[&str] = &[
    "reaction",
    "question",
    "reply",
    "response",
    "comment",
    "remark",
    "observation",
    "tweet",
    "post",
    "message",
    "retort",
    "quip",
];

/// What celebrity news prints before a person's name (`Actress Jane Doe`, `Singer Davido`):
/// a description, not part of the name, though it opens the sentence with a capital.
pub(crate) const PERSON_DESCRIPTIONS: &[&str] = &[
    "actress",
    "actor",
    "singer",
    "rapper",
    "comedian",
    "comedienne",
    "influencer",
    "blogger",
    "vlogger",
    "musician",
    "journalist",
    "reporter",
    "correspondent",
    "editor",
    "analyst",
    "activist",
    "presenter",
    "host",
    "broadcaster",
    "pastor",
    "cleric",
    "footballer",
    "socialite",
    "filmmaker",
    "producer",
    "model",
    "author",
    "writer",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "billionaire",
    "celebrity",
    "skitmaker",
    "tiktoker",
    "youtuber",
    "streamer",
    "dancer",
    // `media personality Lucky Mbabazi`, `dancehall artiste`, `reality star`.
    "personality",
    "artiste",
    "artist",
    "star",
    "popular",
    "renowned",
    "famous",
    "former",
    "veteran",
    "controversial",
    "outspoken",
    "academic",
    "historian",
    "economist",
    "scientist",
    "leader",
    "commentator",
    "columnist",
    "pundit",
    "anchor",
    "podcaster",
    "cricketer",
    "sprinter",
    "songwriter",
    "lyricist",
    "professional",
    "medallist",
    // A player's position (`Fullback Adam Ashley-Cooper was the first player to tweet`).
    "fullback",
    "flyhalf",
    "fly-half",
    "scrumhalf",
    "winger",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "quarterback",
    "linebacker",
    "batsman",
    "wicketkeeper",
    "all-rounder",
    "medalist",
    "olympian",
    "athlete",
    "poet",
    "novelist",
    "chef",
    "photographer",
    "lawyer",
    "politician",
    "designer",
    "cartoonist",
    // Swahili: politician, activist, MP, artist, musician, writer, presenter.
    "mwanasiasa",
    "mwanaharakati",
    "mbunge",
    "msanii",
    "mwanamuziki",
    "mwandishi",
    "mtangazaji",
    // Kinyarwanda: journalist, artist, and `uwitwa` (the one named: `Uwitwa Fabrice Mukunzi
    // ati: “…”`).
    "umunyamakuru",
    "umuhanzi",
    "uwitwa",
];

/// `FM104’s Crossy`, `Radio Jamaica’s Mary Byrne`: a name without whose the person is (a
/// station's, a paper's), which the desk prints before it.
pub(crate) fn without_owner(name: &str) -> &str {
    let owned = name
        .rmatch_indices(['’', '\''])
        .map(|(at, mark)| &name[at + mark.len()..])
        .find_map(|rest| rest.strip_prefix("s "))
        .filter(|named| named.starts_with(char::is_uppercase));
    owned.unwrap_or(name)
}

/// A name without the description that opens its sentence with a capital like it
/// (`Actress Jane Doe` is Jane Doe), or whose the person is.
pub(crate) fn without_description(name: &str) -> &str {
    let name = without_owner(name);
    let describes = |word: &str| {
        PERSON_DESCRIPTIONS
            .iter()
            .any(|description| description.eq_ignore_ascii_case(word))
    };
    // (`Actor-comedian Vir Das`: two trades joined by a hyphen; `Famous Cartoonist Chris
    // Ogon`: or one word describing the next.)
    let mut name = name;
    while let Some((first, rest)) = name.split_once(' ') {
        if !first.split('-').all(describes) {
            break;
        }
        name = rest.trim_start();
    }
    name
}

/// What a platform's place is called after its name: `on his Facebook page`, `on the X post`.
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "page", "post", "timeline", "account", "wall", "handle", "feed", "story", "thread", "live",
];

/// Readers' words in the plural, as a sentence that samples them names them.
pub(crate) const PLURAL_REACTION_NOUNS: &[&str] = &[
    "comments",
    "reactions",
    "replies",
    "responses",
    "tweets",
    "posts",
    "messages",
];

/// Particles that may sit inside a name, as whole lower-case words.
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "van", "von", "de", "da", "der", "den", "du", "la", "le", "del", "dos", "das", "di", "bin",
    "binti", "bint", "ibn", "al", "el", "wa", "ka", "dela", "ter",
];

/// Words before a handle that make it the object, not the author (`replying to @x`, `tagged
/// @x`).
pub(crate) const OBJECT_WORDS: &[&str] = &[
    "to",
    "at",
    "by",
    "from",
    "via",
    "with",
    "and",
    "of",
    "for",
    "on",
    "about",
    "tagged",
    "tagging",
    "mentioned",
    "mentioning",
    "follow",
    "following",
    "quoting",
    "than",
];

/// How a verb of attribution says the words came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VerbKind {
    /// Posted: `tweeted`, `commented`, `wrote`, `captioned`.
    Posting,
    /// Spoken, as news reports people it interviews: `said`, `told`, `added`.
    Speech,
    /// Any other verb: `quipped`, `raged`, `pointed out`.
    Other,
    /// No verb: an embed, a round-up item, `Name: text`.
    None,
}

impl VerbKind {
    pub(crate) const ALL: [VerbKind; 4] = [
        VerbKind::Posting,
        VerbKind::Speech,
        VerbKind::Other,
        VerbKind::None,
    ];

    pub(crate) fn feature_name(self) -> &'static str {
        match self {
            VerbKind::Posting => "verb:posting",
            VerbKind::Speech => "verb:speech",
            VerbKind::Other => "verb:other",
            VerbKind::None => "verb:none",
        }
    }
}

/// The kind of an attribution verb as a record keeps it (lower case).
pub(crate) fn verb_kind(verb: Option<&str>) -> VerbKind {
    match verb {
        None => VerbKind::None,
        Some(verb) if is_posting_verb(verb) => VerbKind::Posting,
        Some(verb) if SPEECH_VERBS.contains(&verb) || SPEECH_VERBS_ELSEWHERE.contains(&verb) => {
            VerbKind::Speech
        }
        Some(_) => VerbKind::Other,
    }
}

/// Whether a verb says its subject posted (`tweeted`, `commented`, `wrote`, `typed`).
pub(crate) fn is_posting_verb(verb: &str) -> bool {
    static POSTING: LazyLock<WordSet> = LazyLock::new(|| {
        word_set(&[
            COMMENTING_VERBS,
            POSTING_VERBS,
            POSTING_VERBS_ELSEWHERE,
            POSTING_PARTICIPLES,
        ])
    });
    POSTING.contains(verb)
}

/// Offices and roles whose holders news quotes as sources, not as readers.
pub(crate) const OFFICE_WORDS: &[&str] = &[
    "minister",
    "president",
    "coach",
    "manager",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "police",
    "official",
    "officials",
    "officer",
    "chief",
    "ceo",
    "director",
    "chairman",
    "chairperson",
    "senator",
    "governor",
    "mayor",
    "mp",
    "lawmaker",
    "professor",
    "dr",
    "judge",
    "lawyer",
    "commissioner",
    "secretary",
    "ambassador",
    "coach",
    "manager",
    "skipper",
    "midfielder",
    "striker",
    "defender",
    "goalkeeper",
    "captain",
    "premier",
    "councillor",
    "analyst",
    "expert",
    "head",
    "founder",
];

/// Labels that open a line with a colon but name no author: `Photo: …`, `Read also: …`.
pub(crate) const LABELS: &[&str] = &[
    "photo",
    "photos",
    "image",
    "video",
    "source",
    "credit",
    "update",
    "note",
    "read",
    "read also",
    "also read",
    "read more",
    "watch",
    "related",
    "see",
    "editor's note",
    "warning",
    "disclaimer",
    "breaking",
    "exclusive",
    "opinion",
    "analysis",
    "q",
    "a",
    "interviewer",
    "interviewee",
    "host",
    "presenter",
    "narrator",
    "question",
    "answer",
    "reporter",
    "caption",
    "tags",
    "related",
    "related articles",
    "related stories",
    "related posts",
    "more stories",
    "recommended",
    // `Re: Tears for Katsina are tears for Nigeria`: the story a reader's letter answers.
    "re",
];

/// Titles before a name that mark a public figure being reported on (`President …`,
/// `Minister …`, `Prince …`), which readers rarely are.
pub(crate) const TITLES: &[&str] = &[
    "president",
    "minister",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "professor",
    "judge",
    "general",
    "gen",
    "senator",
    "sen",
    "rep",
    "governor",
    "gov",
    "mayor",
    "councillor",
    "cllr",
    "coun",
    "premier",
    "chief",
    "captain",
    "capt",
    "colonel",
    "col",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "sir",
    "lord",
    "lady",
    "police",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "secretary",
    "chairman",
    "chairperson",
    "director",
    "officer",
    "commissioner",
    "ambassador",
];

/// Whether a name opens with a title (`Minister Gwede Mantashe`, `Dr. Smith`).
pub(crate) fn is_title(name: &str) -> bool {
    name.split_whitespace()
        .next()
        .is_some_and(|first| TITLES.contains(&first.trim_end_matches('.').to_lowercase().as_str()))
}

/// Verbs that say words were given to a journalist (`told reporters`, `was interviewed`):
/// with [`REPORTING_SETTINGS`], the marks of an interview around a quote.
pub(crate) const INTERVIEWING_VERBS: &[&str] = &["told", "tells", "interviewed"];

/// Words of a clause that reports speech rather than quoting a post.
pub(crate) const REPORTING_WORDS: &[&str] =
    &["asked", "asks", "reported", "reports", "per", "statement"];

/// People a reporter interviews where they live or work, and the source of a report.
pub(crate) const INTERVIEWED_PEOPLE: &[&str] = &[
    "businessman",
    "businesswoman",
    "trader",
    "resident",
    "source",
];

/// Relatives whom news asks about a death or a disaster: a source, not a reader.
pub(crate) const RELATIVES: &[&str] = &[
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "uncle", "aunt",
    "relative", "widow", "family",
];

/// The words of a lower-cased text, split at anything not a letter or digit.
pub(crate) fn words_of(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The platform a phrase names ("Twitter user", "on Facebook", "in a retweet"); the earliest
/// in the platform table wins when a phrase names several.
pub(crate) fn platform_named_in(text: &str) -> Option<Platform> {
    let lower = text.to_lowercase();
    Platform::words()
        .find(|(word, _)| words_of(&lower).any(|w| w == *word))
        .map(|(_, platform)| platform)
}

/// An age after a name, as vox pops print it: `Isabel Farrell, 75,`.
pub(crate) fn has_age(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(4).enumerate().any(|(at, w)| {
        w[0] == b','
            && w[1] == b' '
            && w[2].is_ascii_digit()
            && w[3].is_ascii_digit()
            && matches!(bytes.get(at + 4), Some(b',' | b')'))
    })
}

/// Titles and places printed abbreviated with a full stop that ends no sentence (`Dr. Aisha
/// Bello`, `the St. Ann native`).
pub(crate) const ABBREVIATED_TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Rev", "Hon", "Gen", "Col", "Capt", "Lt", "Sgt", "Jr",
    "Sr", "Mt", "Ft", "Gov", "Sen", "Rep", "Supt", "Insp", "Cpl", "Pte",
];

/// Offices printed as their initials before a holder's name (`York-Simcoe MPP Caroline
/// Mulroney`, `MQM-MNA Syed Ali Raza Abidi`).
pub(crate) const OFFICE_ABBREVIATIONS: &[&str] = &[
    "MP", "MPP", "MPs", "MNA", "MLA", "MCA", "MEP", "MSP", "MS", "PM", "CEO", "CS", "PS", "DCI",
    "IGP", "VP", "CJ", "AG", "DPP", "GM", "MD", "CFO", "COO", "CTO",
];

/// English words that join or open phrases (articles, prepositions, conjunctions, pronouns,
/// auxiliaries), and the two labels that open most phrases before a colon (`update`, `note`):
/// lower-case words before a colon that hold one are a phrase (`note to self`, `the bottom
/// line`), not a name as a comment section prints it (`mwalim jini`).
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or",
    "but", "so", "as", "is", "are", "was", "were", "be", "it", "this", "that", "my", "our", "your",
    "his", "her", "their", "i", "we", "you", "he", "she", "they", "not", "no", "what", "why",
    "how", "here", "there", "update", "note",
];

/// `Swahili`, `Pidgin`, `Bengali`: the name of a language a post may be written in, as articles
/// say (`tweeted in Swahili`).
pub(crate) fn is_language_name(word: &str) -> bool {
    const LANGUAGES: &[&str] = &[
        "English",
        "Swahili",
        "Kiswahili",
        "Pidgin",
        "Yoruba",
        "Igbo",
        "Hausa",
        "Zulu",
        "isiZulu",
        "Xhosa",
        "Sotho",
        "Tswana",
        "Shona",
        "Ndebele",
        "Luganda",
        "Twi",
        "Amharic",
        "Afrikaans",
        "Chichewa",
        "Bemba",
        "Kinyarwanda",
        "Somali",
        "Arabic",
        "French",
        "Portuguese",
        "Hindi",
        "Urdu",
        "Bengali",
        "Bangla",
        "Tamil",
        "Tagalog",
        "Filipino",
        "Malay",
        "Patois",
        "Creole",
    ];
    LANGUAGES.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::VERBS;

    #[test]
    fn every_listed_verb_introduces_a_candidate() {
        for verb in VERBS.split('|') {
            let article = format!("Fuel prices\n\n@user_1 {verb}:\n\n“Too expensive.”\n");
            let document = crate::formats::for_input(Some("txt"), &article).parse(&article);
            let candidates = crate::find::find_candidates(&document);
            assert_eq!(candidates.len(), 1, "verb {verb}");
            assert_eq!(candidates[0].found.verb.as_deref(), Some(verb));
            assert_eq!(candidates[0].found.handle.as_deref(), Some("user_1"));
        }
    }
}
