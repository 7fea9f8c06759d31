import Testing
@testable import OnymLint

/// The day a document says it was written, from each place it may say so.
@Suite struct DocumentDateTests {
    func date(_ text: String, _ format: DocumentFormat) -> String? { DocumentScope.of(Array(text.utf8), format: format).date }

    @Test func markdownFrontMatter() {
        #expect(date("---\ntitle: Talks\ndate: 2018-03-01\n---\nIn Kiev.\n", .markdown) == "2018-03-01")
        #expect(date("---\ndate: \"2021-05-31T22:10:00+03:00\"\nlang: en\n---\nTurkey.\n", .markdown) == "2021-05-31")
        #expect(date("---\ndate: 2019-08-14 09:30\n---\n", .markdown) == "2019-08-14")
        // Not a day, or no front matter: none.
        #expect(date("---\ndate: 2019-02-30\n---\n", .markdown) == nil)
        #expect(date("---\ndate: yesterday\n---\n", .markdown) == nil)
        #expect(date("date: 2019-08-14\n", .markdown) == nil)
        #expect(date("---\ndate: 2020-02-29\n---\n", .markdown) == "2020-02-29")
        #expect(date("---\ndate: 1900-02-29\n---\n", .markdown) == nil)
    }

    @Test func htmlMetaElseTheFirstTime() {
        let page = """
            <html lang="en"><head><meta property="og:title" content="2001-01-01">
            <meta property="article:published_time" content="2022-06-01T08:00:00Z"></head>
            <body><time datetime="2018-01-01">then</time> Turkey</body></html>
            """
        #expect(date(page, .html) == "2022-06-01")
        #expect(date("<p>Updated <time datetime=\"2019-08-13T23:59\">late</time>, <time datetime=\"2020-01-01\">x</time> in Kiev</p>", .html) == "2019-08-13")
        #expect(date("<script>var t = '<time datetime=\"2017-01-01\">';</script><p>Kiev</p>", .html) == nil)
        #expect(date("<p>Kiev</p>", .html) == nil)
    }

    @Test func plainTextSaysNone() {
        #expect(date("2019-08-14\nKiev\n", .plain) == nil)
    }
}
