import Testing
@testable import OnymText

/// One table per Onym scheme: each pair is (Cyrillic, the exact expected Latin).
@Suite struct TransliteratorTests {
    static let ukNational: [(String, String)] = [
        ("Алушта", "Alushta"), ("Згорани", "Zghorany"), ("Розгон", "Rozghon"), ("Короп'є", "Koropie"),
        ("Мар'їне", "Marine"), ("Знам'янка", "Znamianka"), ("Їжакевич", "Yizhakevych"), ("Йосипівка", "Yosypivka"),
        ("Стрий", "Stryi"), ("Олексій", "Oleksii"), ("Юрій", "Yurii"), ("Яготин", "Yahotyn"), ("Ічня", "Ichnia"),
        ("Феодосія", "Feodosiia"), ("Київ", "Kyiv"), ("Зеленський", "Zelenskyi"), ("Біла Церква", "Bila Tserkva"),
        ("Щербухи", "Shcherbukhy"), ("ЩЕРБУХИ", "SHCHERBUKHY"), ("Харків", "Kharkiv"), ("Запоріжжя", "Zaporizhzhia"),
        ("Миколаїв", "Mykolaiv"), ("Вінниця", "Vinnytsia"), ("Ужгород", "Uzhhorod"), ("Євген", "Yevhen"),
        ("Знам’янка", "Znamianka"), ("ЄВГЕН", "YEVHEN"), ("Ґалаґан", "Galagan"),
    ]
    static let ukPress: [(String, String)] = [
        ("Зеленський", "Zelensky"), ("Київ", "Kyiv"), ("Харків", "Kharkiv"), ("Олексій", "Oleksiy"),
        ("Сергій", "Serhiy"), ("Андрій", "Andriy"), ("Юрій", "Yuriy"), ("Віталій", "Vitaliy"), ("Юлія", "Yulia"),
        ("Марія", "Maria"), ("Феодосія", "Feodosia"), ("Єрмак", "Yermak"), ("Шмигаль", "Shmyhal"),
        ("Одеса", "Odesa"), ("Львів", "Lviv"), ("Дніпро", "Dnipro"), ("Запоріжжя", "Zaporizhzhia"),
        ("Миколаїв", "Mykolaiv"), ("Чернігів", "Chernihiv"), ("Луганськ", "Luhansk"), ("Донецьк", "Donetsk"),
        ("Кривий Ріг", "Kryvyi Rih"), ("Тимошенко", "Tymoshenko"), ("ЗЕЛЕНСЬКИЙ", "ZELENSKY"),
    ]
    static let ruPress: [(String, String)] = [
        ("Зеленский", "Zelensky"), ("Хрущёв", "Khrushchev"), ("Горбачёв", "Gorbachev"), ("Ельцин", "Yeltsin"),
        ("Путин", "Putin"), ("Дмитрий", "Dmitry"), ("Песков", "Peskov"), ("Сергей", "Sergei"), ("Алексей", "Aleksei"),
        ("Навальный", "Navalny"), ("Николай", "Nikolai"), ("Пётр", "Pyotr"), ("Фёдор", "Fyodor"),
        ("Достоевский", "Dostoyevsky"), ("Юрий", "Yury"), ("Евгений", "Yevgeny"), ("Васильев", "Vasilyev"),
        ("Ильич", "Ilyich"), ("Шойгу", "Shoigu"), ("Толстой", "Tolstoy"), ("Королёв", "Korolyov"),
        ("Екатерина", "Yekaterina"), ("Андреев", "Andreyev"), ("Подъячев", "Podyachev"), ("ХРУЩЁВ", "KHRUSHCHEV"),
    ]
    static let ukGerman: [(String, String)] = [
        ("Зеленський", "Selenskyj"), ("Київ", "Kyjiw"), ("Харків", "Charkiw"), ("Львів", "Lwiw"), ("Одеса", "Odessa"),
        ("Дніпро", "Dnipro"), ("Запоріжжя", "Saporischschja"), ("Миколаїв", "Mykolajiw"), ("Чернігів", "Tschernihiw"),
        ("Луганськ", "Luhansk"), ("Донецьк", "Donezk"), ("Володимир", "Wolodymyr"), ("Олексій", "Oleksij"),
        ("Юлія", "Julija"), ("Тимошенко", "Tymoschenko"), ("Житомир", "Schytomyr"), ("Черкаси", "Tscherkassy"),
        ("Вінниця", "Winnyzja"), ("Ужгород", "Uschhorod"), ("Буча", "Butscha"), ("Херсон", "Cherson"),
        ("Шевченко", "Schewtschenko"), ("Євген", "Jewhen"), ("Василь", "Wassyl"), ("Полтава", "Poltawa"),
    ]
    static let ruGerman: [(String, String)] = [
        ("Зеленский", "Selenski"), ("Хрущёв", "Chruschtschow"), ("Горбачёв", "Gorbatschow"), ("Ельцин", "Jelzin"),
        ("Путин", "Putin"), ("Москва", "Moskwa"), ("Достоевский", "Dostojewski"), ("Толстой", "Tolstoi"),
        ("Чайковский", "Tschaikowski"), ("Навальный", "Nawalny"), ("Сергей", "Sergei"), ("Лавров", "Lawrow"),
        ("Алексей", "Alexei"), ("Михаил", "Michail"), ("Пётр", "Pjotr"), ("Фёдор", "Fjodor"), ("Шойгу", "Schoigu"),
        ("Жуков", "Schukow"), ("Юрий", "Juri"), ("Дмитрий", "Dmitri"), ("Евгений", "Jewgeni"), ("Россия", "Rossija"),
        ("Василий", "Wassili"), ("Ксения", "Xenija"), ("Васильев", "Wassiljew"), ("Ильич", "Iljitsch"),
    ]
    static let ukFrench: [(String, String)] = [
        ("Зеленський", "Zelensky"), ("Харків", "Kharkiv"), ("Київ", "Kyiv"), ("Миколаїв", "Mykolaïv"),
        ("Запоріжжя", "Zaporijjia"), ("Чернігів", "Tchernihiv"), ("Луганськ", "Louhansk"), ("Донецьк", "Donetsk"),
        ("Одеса", "Odessa"), ("Львів", "Lviv"), ("Володимир", "Volodymyr"), ("Юлія", "Ioulia"),
        ("Тимошенко", "Tymochenko"), ("Шевченко", "Chevtchenko"), ("Житомир", "Jytomyr"), ("Ужгород", "Oujhorod"),
        ("Буча", "Boutcha"), ("Суми", "Soumy"), ("Черкаси", "Tcherkassy"), ("Маріуполь", "Marioupol"),
        ("Олексій", "Oleksiï"), ("Андрій", "Andriï"), ("Єрмак", "Iermak"), ("Кривий Ріг", "Kryvyï Rih"),
    ]
    static let ruFrench: [(String, String)] = [
        ("Хрущёв", "Khrouchtchev"), ("Горбачёв", "Gorbatchev"), ("Путин", "Poutine"), ("Ельцин", "Eltsine"),
        ("Сталин", "Staline"), ("Гагарин", "Gagarine"), ("Сергей", "Sergueï"), ("Алексей", "Alexeï"),
        ("Навальный", "Navalny"), ("Николай", "Nikolaï"), ("Пётр", "Piotr"), ("Фёдор", "Fiodor"),
        ("Толстой", "Tolstoï"), ("Чайковский", "Tchaïkovski"), ("Юрий", "Iouri"), ("Евгений", "Evgueni"),
        ("Дмитрий", "Dmitri"), ("Жуков", "Joukov"), ("Шойгу", "Choïgou"), ("Достоевский", "Dostoïevski"),
        ("Михаил", "Mikhaïl"), ("Василий", "Vassili"), ("Георгий", "Gueorgui"), ("Ксения", "Xenia"),
        ("Васильев", "Vassiliev"),
    ]
    static let ukISO9: [(String, String)] = [
        ("Київ", "Kiïv"), ("Зеленський", "Zelensʹkij"), ("Харків", "Harkìv"), ("Щорс", "Ŝors"), ("Ґанок", "G\u{300}anok"),
        ("Єнакієве", "Ênakìêve"), ("Короп'є", "Korop’ê"), ("Юрій", "Ûrìj"), ("Яготин", "Âgotin"), ("Жовква", "Žovkva"),
        ("Чернігів", "Černìgìv"), ("Шостка", "Šostka"), ("Львів", "Lʹvìv"), ("Донецьк", "Donecʹk"),
        ("Запоріжжя", "Zaporìžžâ"), ("Миколаїв", "Mikolaïv"), ("Біла Церква", "Bìla Cerkva"), ("Вінниця", "Vìnnicâ"),
        ("Ужгород", "Užgorod"), ("Ірпінь", "Ìrpìnʹ"), ("ЩЕРБУХИ", "ŜERBUHI"),
    ]
    static let ruISO9: [(String, String)] = [
        ("Хрущёв", "Hruŝëv"), ("Горбачёв", "Gorbačëv"), ("Ельцин", "Elʹcin"), ("Жуков", "Žukov"), ("Юрий", "Ûrij"),
        ("Россия", "Rossiâ"), ("Подъячев", "Podʺâčev"), ("Навальный", "Navalʹnyj"), ("Шойгу", "Šojgu"),
        ("Щербаков", "Ŝerbakov"), ("Чайковский", "Čajkovskij"), ("Эрмитаж", "Èrmitaž"), ("Пётр", "Pëtr"),
        ("Михаил", "Mihail"), ("Ксения", "Kseniâ"), ("Цветаева", "Cvetaeva"), ("Зеленский", "Zelenskij"),
        ("Москва", "Moskva"), ("Владимир", "Vladimir"), ("Якутск", "Âkutsk"), ("ЯКУТСК", "ÂKUTSK"),
    ]

    static let tables: [(String, [(String, String)])] = [
        ("uk-Latn-national", ukNational), ("uk-Latn-press", ukPress), ("ru-Latn-press", ruPress),
        ("uk-Latn-de", ukGerman), ("ru-Latn-de", ruGerman), ("uk-Latn-fr", ukFrench), ("ru-Latn-fr", ruFrench),
        ("uk-Latn-iso9", ukISO9), ("ru-Latn-iso9", ruISO9),
    ]

    @Test(arguments: tables.map(\.0))
    func schemeTable(id: String) throws {
        let table = Self.tables.first { $0.0 == id }!.1
        #expect(table.count >= 20)
        let t = try Transliterator(scheme: id)
        for (cyrillic, latin) in table {
            let result = t.transliterate(cyrillic)
            // Compare scalars: Swift's == would accept any canonically equivalent form.
            #expect(Array(result.unicodeScalars) == Array(latin.unicodeScalars), "\(id): \(cyrillic)")
        }
    }

    @Test func nfdInputIsTransliteratedLikeNFC() throws {
        let t = try Transliterator(scheme: "uk-Latn-national")
        #expect(t.transliterate("Киі\u{308}в") == "Kyiv")
        #expect(t.transliterate("Олексіи\u{306}") == "Oleksii")
    }

    @Test func builtInTransforms() throws {
        #expect(try Transliterator(scheme: "Ukrainian-Latin/BGN").transliterate("Зеленський Київ") == "Zelensʹkyy Kyyiv")
        #expect(try Transliterator(scheme: "Russian-Latin/BGN").transliterate("Зеленский") == "Zelenskiy")
        #expect(try Transliterator(scheme: "Greek-Latin/BGN").transliterate("Αθήνα") == "Athína")
        #expect(try Transliterator(scheme: "Latin-ASCII").transliterate("Türkiye Erdoğan") == "Turkiye Erdogan")
        #expect(try Transliterator(scheme: "any-latin").scheme.id == "Any-Latin")
    }

    @Test func compoundIdsReachICU() throws {
        let strip = try Transliterator(scheme: "NFD; [:Nonspacing Mark:] Remove; NFC")
        #expect(strip.transliterate("Türkiye") == "Turkiye")
    }

    @Test func unknownSchemeSuggestsTheClosestId() {
        #expect(throws: TextError.unknownScheme(id: "uk-Latn-natonal", suggestion: "uk-Latn-national")) {
            try Transliterator(scheme: "uk-Latn-natonal")
        }
        #expect(throws: TextError.unknownScheme(id: "qq-Nothing-Like-It", suggestion: nil)) {
            try Transliterator(scheme: "qq-Nothing-Like-It")
        }
    }

    @Test func concurrentUseGivesTheSameResults() async throws {
        let t = try Transliterator(scheme: "uk-Latn-press")
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<200).map { _ in t.transliterate("Зеленський Київ Харків") } }
            }
            var all: [String] = []
            for await batch in group { all += batch }
            return all
        }
        #expect(results.count == 1600)
        #expect(Set(results) == ["Zelensky Kyiv Kharkiv"])
    }
}
