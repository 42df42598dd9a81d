// The report document: its figures against the reports and their queries, the PDF's pages and
// text (pdftotext), the self-contained HTML, a Chinese interface, and `report all`.
#include "document/ReportData.h"
#include "document/ReportDocument.h"
#include "i18n/Translations.h"
#include "query/FilterState.h"
#include "query/SearchParser.h"
#include "reports/ReportWriter.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QGuiApplication>
#include <QImage>
#include <QStandardPaths>
#include <QTextDocument>

using namespace ac;
using testutil::must;

namespace {
using testutil::Run;
using testutil::run;

Run cli(const QStringList& args) {
    return run(QStringLiteral(AC_CLI), args);
}

bool havePoppler() {
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

#define AC_REQUIRE_POPPLER()                                                                                           \
    do {                                                                                                               \
        if (!havePoppler()) QSKIP("pdftotext and pdfinfo are not installed (Debian: poppler-utils)");                  \
    } while (false)

// The text of each page, as pdftotext lays it out.
QStringList pdfPages(const QString& pdf) {
    const Run r = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (r.code != 0) return {};
    QStringList pages = QString::fromUtf8(r.out).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty()) pages.removeLast();
    return pages;
}

int pdfPageCount(const QString& pdf) {
    const Run r = run(QStringLiteral("pdfinfo"), {pdf});
    static const QRegularExpression pagesLine(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = pagesLine.match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString firstLine(const QString& page) {
    for (const QString& line : page.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty()) return line.trimmed();
    return {};
}

// The page each title begins, in order after the cover; what is wrong in *error.
QList<int> titlePages(const QStringList& pages, const QStringList& titles, QString* error) {
    QList<int> at;
    int last = 0;
    // pdftotext may space out wide glyphs, and gives some CJK ideographs as their Kangxi radical
    // look-alikes (⼼ for 心, from the font's own map): compare without white space, after NFKC.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const auto plain = [](QString t) { return t.remove(space).normalized(QString::NormalizationForm_KC); };
    for (const QString& title : titles) {
        int found = -1;
        for (int i = last + 1; i < static_cast<int>(pages.size()); ++i)
            if (plain(firstLine(pages[i])) == plain(title)) {
                found = i;
                break;
            }
        if (found < 0) {
            *error = QStringLiteral("no page after page %1 begins with “%2”").arg(last + 1).arg(title);
            return at;
        }
        at << found;
        last = found;
    }
    return at;
}

// The whole numbers right after `label` on one line of `page` (at the line's start when anchored).
QList<qint64> numbersAfter(const QString& page, const QString& label, bool anchored = true) {
    const QRegularExpression re(QString((anchored ? QStringLiteral("^\\s*") : QStringLiteral("\\b")) +
                                        QRegularExpression::escape(label) +
                                        QStringLiteral("((?:[ \\t]+\\d+)+)[ \\t]*$")),
                                QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(page);
    QList<qint64> out;
    if (!m.hasMatch()) return out;
    for (const QString& n : m.captured(1).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        out << n.toLongLong();
    return out;
}

// One rendered page, where AC_DOC_SCREENSHOTS asks for them.
void screenshot(const QString& pdf, int page, const QString& name) {
    const QString dir = qEnvironmentVariable("AC_DOC_SCREENSHOTS");
    if (dir.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) return;
    QDir().mkpath(dir);
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
         QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"), pdf,
         QDir(dir).filePath(QStringLiteral("report-") + name)});
}

QString slug(const QString& title, int index) {
    static const QStringList names{QStringLiteral("overview"), QStringLiteral("resources")};
    if (index < names.size()) return names[index];
    QString s = title.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return s.isEmpty() ? QString::number(index) : s;
}

// A few hours of requests: operators, a RAM sub-account, 张三 running commands from a public
// address, failures, deletions, secrets and an attach.
QByteArray sampleLog() {
    using testutil::AuditRecord;
    QByteArray out;
    const QString users[] = {QStringLiteral("alice"), QStringLiteral("276543210987654321"), QStringLiteral("张三"),
                             QStringLiteral("system:serviceaccount:kube-system:ctrl"),
                             QStringLiteral("system:anonymous")};
    const QString ips[] = {QStringLiteral("10.0.0.1"), QStringLiteral("47.96.1.2"), QStringLiteral("192.168.1.9"),
                           QStringLiteral("203.0.113.9")};
    struct Op {
        const char* verb;
        const char* resource;
    };
    const Op ops[] = {{"create", "deployments"},
                      {"update", "deployments"},
                      {"delete", "deployments"},
                      {"get", "pods"},
                      {"list", "pods"},
                      {"delete", "pods"},
                      {"get", "secrets"},
                      {"list", "secrets"},
                      {"create", "configmaps"},
                      {"patch", "services"},
                      {"deletecollection", "configmaps"},
                      {"watch", "ingresses"}};
    int n = 1;
    for (int i = 0; i < 72; ++i) {
        const Op& op = ops[i % 12];
        AuditRecord e;
        e.id = testutil::uuid(n++);
        e.verb = QString::fromLatin1(op.verb);
        e.resource = QString::fromLatin1(op.resource);
        e.user = users[i % 5];
        e.ip = ips[(i / 2) % 4];
        e.ns = i % 3 == 0 ? QStringLiteral("prod") : QStringLiteral("default");
        e.name = QStringLiteral("obj-%1").arg(i % 7);
        e.code = i % 9 == 4 ? 403 : i % 11 == 5 ? 404 : e.verb == QLatin1String("create") ? 201 : 200;
        e.time = QStringLiteral("2026-11-20T%1:%2:00.000000Z")
                     .arg(8 + i / 24, 2, 10, QLatin1Char('0'))
                     .arg((i % 24) * 2, 2, 10, QLatin1Char('0'));
        out += testutil::recordLine(e);
    }
    out += testutil::execSessionLines(n++, QStringLiteral("2026-11-20T09:30:00.000000Z"), QStringLiteral("张三"),
                                      QStringLiteral("47.96.1.2"));
    out += testutil::execSessionLines(n++, QStringLiteral("2026-11-20T10:15:00.000000Z"), QStringLiteral("张三"),
                                      QStringLiteral("47.96.1.2"));
    out += testutil::execSessionLines(n++, QStringLiteral("2026-11-20T10:45:00.000000Z"), QStringLiteral("alice"),
                                      QStringLiteral("10.0.0.1"), false);
    AuditRecord attach;
    attach.id = testutil::uuid(n++);
    attach.verb = QStringLiteral("create");
    attach.subresource = QStringLiteral("attach");
    attach.time = QStringLiteral("2026-11-20T11:00:00.000000Z");
    attach.code = 101;
    out += testutil::recordLine(attach);
    return out;
}
} // namespace

class TstDocument : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_log;
    QByteArray m_logBytes;
    OpenedSource m_opened;

    ReportData gather(const ReportDataOptions& options) const {
        return must(gatherReportData(*m_opened.backend, &m_opened, options), "gatherReportData");
    }

    static ReportDataOptions withDetails(std::vector<std::string> resources) {
        ReportDataOptions o;
        o.detailResources = std::move(resources);
        o.listLimit = 5;
        o.commandLine = QStringLiteral("audit-console report all --output review.pdf log");
        return o;
    }

    // The cover, each report from a new page with its title first, then the appendix; the
    // overview's figures as printed equal the report's.
    void checkPdf(const QString& pdf, const ReportData& d, const QStringList& titles, const QString& prefix) {
        const QStringList pages = pdfPages(pdf);
        QVERIFY2(!pages.isEmpty(), "pdftotext read nothing");
        QCOMPARE(pdfPageCount(pdf), static_cast<int>(pages.size()));
        QVERIFY(pages.front().contains(QLatin1String("Audit report")));
        QString error;
        const QList<int> at = titlePages(pages, titles, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(pages.size() >= titles.size() + 1);
        screenshot(pdf, 1, prefix + QStringLiteral("cover"));
        for (int i = 0; i < static_cast<int>(at.size()); ++i)
            screenshot(pdf, at[i] + 1, prefix + (i + 1 == at.size() ? QStringLiteral("appendix") : slug(titles[i], i)));

        const QString& overview = pages[at[0]];
        for (const OverviewFigure& f : overviewFigures()) {
            const QList<qint64> printed = numbersAfter(overview, f.label);
            const QList<qint64> expected{d.overview.*f.member, d.overview.succeeded.*f.member,
                                         d.overview.failed.*f.member};
            QVERIFY2(printed == expected, qPrintable(f.label));
        }
        QCOMPARE(numbersAfter(overview, QStringLiteral("Requests")).value(0, -1), qint64(d.overview.total));

        const QString& resources = pages[at[1]];
        for (const auto& row : d.resources.rows) {
            if (row.resource != "deployments") continue;
            const QList<qint64> expected{row.create, row.createFailed, row.update, row.updateFailed,
                                         row.del,    row.delFailed,    row.access, row.accessFailed};
            QCOMPARE(numbersAfter(resources, QStringLiteral("Deployment"), false), expected);
        }
        for (size_t k = 0; k < d.details.size(); ++k) {
            const QString& page = pages[at[2 + static_cast<qsizetype>(k)]];
            QCOMPARE(numbersAfter(page, QStringLiteral("Requests")), QList<qint64>{d.details[k].first.total});
            QCOMPARE(numbersAfter(page, QStringLiteral("Failed")), QList<qint64>{d.details[k].first.failed});
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_logBytes = sampleLog();
        m_log = testutil::writeFile(m_dir, QStringLiteral("audit.log"), m_logBytes);
        m_opened = openSource(Source::files({m_log}));
        QVERIFY(m_opened.backend);
        installTranslations(QStringLiteral("en"));
    }

    // The document's figures are the reports' own, for the same scope, and each figure's search
    // statement counts it again through the backend.
    void figuresMatchReports_data() {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("hideSystem");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("everything") << QString() << false << QString() << QString();
        QTest::newRow("prod, two hours") << QStringLiteral("objectRef.namespace: prod") << false
                                         << QStringLiteral("2026-11-20T09:00:00Z")
                                         << QStringLiteral("2026-11-20T11:00:00Z");
        QTest::newRow("hide system") << QString() << true << QString() << QString();
        QTest::newRow("failures only") << QStringLiteral("responseStatus.code >= 400") << false << QString()
                                       << QStringLiteral("2026-11-20T10:00:00Z");
    }
    void figuresMatchReports() {
        QFETCH(QString, statement);
        QFETCH(bool, hideSystem);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const Backend& b = *m_opened.backend;
        ReportDataOptions o = withDetails({"deployments", "pods/exec", "secrets"});
        std::vector<ExprPtr> parts;
        if (!statement.isEmpty()) {
            const SearchResult parsed = parseSearch(statement.toStdString());
            QVERIFY(parsed.ok());
            parts.push_back(parsed.statement->filter);
        }
        if (hideSystem) parts.push_back(Expr::not_(systemComponentsFilter()));
        if (!parts.empty()) o.scope.filter = Expr::and_(parts);
        if (!from.isEmpty()) o.scope.range.from = testutil::parseMicros(from);
        if (!to.isEmpty()) o.scope.range.to = testutil::parseMicros(to);
        o.searchText = statement;

        const ReportData d = gather(o);
        const QJsonObject json = reportDataJson(d);
        QCOMPARE(json.value(QStringLiteral("overview")),
                 QJsonValue(writer::overviewJson(must(OverviewReport::compute(b, o.scope, o.top)))));
        QCOMPARE(json.value(QStringLiteral("resources")),
                 QJsonValue(writer::resourcesJson(must(ResourceOperationsReport::compute(b, o.scope)))));
        const QJsonArray details = json.value(QStringLiteral("details")).toArray();
        QCOMPARE(details.size(), qsizetype(o.detailResources.size()));
        for (size_t i = 0; i < o.detailResources.size(); ++i) {
            const ResourceDetailReport r = must(ResourceDetailReport::compute(b, o.scope, o.detailResources[i]));
            EventsRequest page;
            page.query = r.operations;
            page.limit = o.listLimit;
            const EventRowsPage rows = must(b.events(page));
            QCOMPARE(details[static_cast<qsizetype>(i)], QJsonValue(writer::detailJson(r, rows.rows)));
        }
        // The lists' first rows are the window's first page of each list.
        EventsRequest execs;
        execs.query = d.lists.execs;
        execs.limit = o.listLimit;
        QCOMPARE(d.execs.size(), must(b.events(execs)).rows.size());

        // 8 overview figures with their split, the non-zero resource cells, 2 per detail.
        size_t cells = 0;
        for (const auto& row : d.resources.rows)
            cells += (row.create != 0) + (row.update != 0) + (row.del != 0) + (row.access != 0);
        QCOMPARE(d.figures.size(), 24 + cells + 2 * o.detailResources.size());
        QCOMPARE(json.value(QStringLiteral("figures")).toArray().size(), qsizetype(d.figures.size()));
        for (const FigureQuery& f : d.figures) {
            const SearchResult parsed = parseSearch(f.statement.toStdString());
            QVERIFY2(parsed.ok(), qPrintable(QString(f.label + QStringLiteral(": ") + f.statement)));
            Query q;
            q.range = f.range;
            q.filter = parsed.statement->filter;
            const ResultTable t = must(b.run(q));
            QVERIFY2(t.totalRequests == f.value, qPrintable(QStringLiteral("%1: “%2” counts %3, the document says %4")
                                                                .arg(f.label, f.statement)
                                                                .arg(t.totalRequests)
                                                                .arg(f.value)));
            QVERIFY(figureCommand(f, d).contains(shellQuote(f.statement)));
        }

        // The file read, with its digest.
        QCOMPARE(d.files.size(), size_t(1));
        QCOMPARE(d.files[0].path, m_log);
        QCOMPARE(d.files[0].bytes, qint64(m_logBytes.size()));
        QCOMPARE(d.files[0].sha256,
                 QString::fromLatin1(QCryptographicHash::hash(m_logBytes, QCryptographicHash::Sha256).toHex()));
        QVERIFY(d.files[0].error.isEmpty());
    }

    void shellQuoting() {
        QCOMPARE(shellQuote(QStringLiteral("--from")), QStringLiteral("--from"));
        QCOMPARE(shellQuote(QStringLiteral("verb: create")), QStringLiteral("'verb: create'"));
        QCOMPARE(shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        QCOMPARE(shellQuote(QString()), QStringLiteral("''"));
    }

    void cancelled() {
        CancelToken stop;
        stop.cancel();
        const Result<ReportData> r = gatherReportData(*m_opened.backend, &m_opened, withDetails({}), stop);
        QVERIFY(!r.ok());
        QVERIFY(r.error().cancelled);
    }

    // A page per report (or more), each beginning with its title, between the cover and the
    // appendix; the printed figures are the report's.
    void pdfPagesAndFigures() {
        AC_REQUIRE_POPPLER();
        const ReportData d = gather(withDetails({"deployments", "pods/exec"}));
        const ReportDocument doc(d);
        QCOMPARE(doc.reportCount(), 4);
        const QStringList titles = doc.pageTitles();
        QCOMPARE(titles, QStringList({QStringLiteral("Audit overview"), QStringLiteral("Resource operations"),
                                      QStringLiteral("Resource detail: deployments"),
                                      QStringLiteral("Resource detail: pods/exec"), QStringLiteral("Appendix")}));
        const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
        QString error;
        QVERIFY2(doc.writePdf(pdf, &error), qPrintable(error));
        QVERIFY(QFile(pdf).size() > 1000);
        QVERIFY(pdfPageCount(pdf) >= doc.reportCount() + 2);
        checkPdf(pdf, d, titles, QString());
        if (QTest::currentTestFailed()) return;

        // The appendix carries the evidence: the file's digest and each figure's statement.
        const QStringList pages = pdfPages(pdf);
        QString appendix;
        for (qsizetype i = titlePages(pages, titles, &error).constLast(); i < pages.size(); ++i)
            appendix += pages[i];
        appendix.remove(QRegularExpression(QStringLiteral("\\s+")));
        QVERIFY2(appendix.contains(d.files[0].sha256.left(16)), "the SHA-256 of the file read");
        QVERIFY(appendix.contains(QStringLiteral("audit-consoleevents--query")));
        const QString plain = doc.textDocument()->toPlainText();
        QVERIFY(plain.contains(d.files[0].sha256));
        for (const FigureQuery& f : d.figures)
            QVERIFY2(plain.contains(f.statement), qPrintable(f.statement));

        // An unwritable path: false, and why.
        QVERIFY(!doc.writePdf(m_dir.filePath(QStringLiteral("no/such/dir/review.pdf")), &error));
        QVERIFY(!error.isEmpty());
    }

    void textDocumentPages() {
        const ReportData d = gather(withDetails({"deployments"}));
        const ReportDocument doc(d);
        const std::unique_ptr<QTextDocument> text = doc.textDocument();
        QVERIFY(text);
        // The charts are resources of the document, not files or URLs.
        QVERIFY(!text->toHtml().contains(QLatin1String("data:image")));
        QVERIFY(text->toPlainText().contains(QLatin1String("Resource detail: deployments")));
    }

    // The HTML opens anywhere: no external resource, every chart inline.
    void htmlSelfContained() {
        const ReportData d = gather(withDetails({"deployments"}));
        const ReportDocument doc(d);
        const QString html = QString::fromUtf8(doc.html());
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        for (const char* banned : {"http://", "https://", "file:", "<link", "<script", "url("})
            QVERIFY2(!html.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
        // Every source is a PNG data URI, and each decodes.
        static const QRegularExpression source(QStringLiteral("src=\"([^\"]*)\""));
        int images = 0;
        for (auto it = source.globalMatch(html); it.hasNext();) {
            const QString uri = it.next().captured(1);
            QVERIFY2(uri.startsWith(QLatin1String("data:image/png;base64,")), qPrintable(uri.left(60)));
            const QByteArray png = QByteArray::fromBase64(uri.mid(22).toLatin1());
            QVERIFY(!QImage::fromData(png, "PNG").isNull());
            ++images;
        }
        // Trend and four bars on the overview, one chart of the resources, three per detail.
        QCOMPARE(images, 5 + 1 + 3);
        QCOMPARE(html.count(QStringLiteral("<img ")), qsizetype(images));
        // Balanced, XML-ish.
        QCOMPARE(html.count(QStringLiteral("<html")), qsizetype(1));
        QCOMPARE(html.count(QStringLiteral("</html>")), qsizetype(1));
        QVERIFY(html.trimmed().endsWith(QLatin1String("</html>")));
        const char* const tags[] = {"table", "thead", "tr",   "th",   "td",   "h1",    "h2",   "p",
                                    "ol",    "li",    "span", "head", "body", "style", "title"};
        for (const char* tag : tags) {
            const QString name = QString::fromLatin1(tag);
            const qsizetype opened =
                html.count(QRegularExpression(QString(QStringLiteral("<") + name + QStringLiteral("[ >]"))));
            const qsizetype closed = html.count(QString(QStringLiteral("</") + name + QLatin1Char('>')));
            QVERIFY2(opened == closed && opened > 0, tag);
        }
        QCOMPARE(html.count(QStringLiteral("page-break-before: always")), qsizetype(doc.reportCount() + 1));
    }

    // The command line writes the same document; its figures are `report overview`'s.
    void cliPdfAndHtml() {
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        const Run r =
            cli({QStringLiteral("report"), QStringLiteral("all"), QStringLiteral("--format"), QStringLiteral("pdf"),
                 QStringLiteral("--output"), pdf, QStringLiteral("--resource"), QStringLiteral("deployments"), m_log});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFile::exists(pdf));
        const QString html = m_dir.filePath(QStringLiteral("cli.html"));
        const Run h = cli({QStringLiteral("report"), QStringLiteral("all"), QStringLiteral("--output"), html,
                           QStringLiteral("--limit"), QStringLiteral("3"), m_log});
        QVERIFY2(h.code == 0, h.err.constData());
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
        QVERIFY(bytes.contains("data:image/png;base64,"));
        QVERIFY(bytes.contains("report all"));

        AC_REQUIRE_POPPLER();
        const Run json = cli({QStringLiteral("report"), QStringLiteral("overview"), QStringLiteral("--format"),
                              QStringLiteral("json"), m_log});
        QCOMPARE(json.code, 0);
        const qint64 total = QJsonDocument::fromJson(json.out)
                                 .object()
                                 .value(QStringLiteral("overview"))
                                 .toObject()
                                 .value(QStringLiteral("total"))
                                 .toInteger(-1);
        const QStringList pages = pdfPages(pdf);
        QString error;
        const QList<int> at = titlePages(pages,
                                         {QStringLiteral("Audit overview"), QStringLiteral("Resource operations"),
                                          QStringLiteral("Resource detail: deployments"), QStringLiteral("Appendix")},
                                         &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pdfPageCount(pdf), static_cast<int>(pages.size()));
        QCOMPARE(numbersAfter(pages[at[0]], QStringLiteral("Requests")).value(0, -1), total);
        QCOMPARE(total, qint64(must(OverviewReport::compute(*m_opened.backend, {})).total));
    }

    void cliUsageErrors() {
        const QString log = m_log;
        const QString pdf = m_dir.filePath(QStringLiteral("x.pdf"));
        const auto code = [](const QStringList& args) {
            return cli(QStringList{QStringLiteral("report"), QStringLiteral("all")} + args).code;
        };
        QCOMPARE(code({log}), 2);                             // no --output
        QCOMPARE(code({QStringLiteral("--output"), pdf}), 2); // no source
        QCOMPARE(code({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"),
                       QStringLiteral("-"), log}),
                 2);
        QCOMPARE(code({QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("--output"),
                       m_dir.filePath(QStringLiteral("x.xml")), log}),
                 2);
        QCOMPARE(code({QStringLiteral("--output"), m_dir.filePath(QStringLiteral("x.txt")), log}), 2); // which format?
        QCOMPARE(code({QStringLiteral("--output"), pdf, QStringLiteral("--top"), QStringLiteral("0"), log}), 2);
        // A file that cannot be written: exit status 1, naming it.
        const QString missing = m_dir.filePath(QStringLiteral("no/such/dir/x.pdf"));
        const Run r = cli({QStringLiteral("report"), QStringLiteral("all"), QStringLiteral("--output"), missing, log});
        QCOMPARE(r.code, 1);
        QVERIFY2(QString::fromLocal8Bit(r.err).contains(missing), r.err.constData());
    }

    // A Chinese interface: the PDF shows Chinese, from the data at least (张三 ran the commands)
    // and from the translation once it has the document's strings.
    void chineseInterface() {
        AC_REQUIRE_POPPLER();
        installTranslations(QStringLiteral("zh_CN"));
        const ReportData d = gather(withDetails({"deployments"}));
        const ReportDocument doc(d);
        const QString pdf = m_dir.filePath(QStringLiteral("review-zh.pdf"));
        QString error;
        const bool written = doc.writePdf(pdf, &error);
        const bool translated = ReportDocument::tr("Audit overview") != QLatin1String("Audit overview");
        const QStringList titles = doc.pageTitles();
        installTranslations(QStringLiteral("en"));
        QVERIFY2(written, qPrintable(error));
        // pdftotext may space out wide glyphs: compare without white space.
        QString text = pdfPages(pdf).join(QLatin1Char('\f'));
        text.remove(QRegularExpression(QStringLiteral("\\s+")));
        QVERIFY2(text.contains(QStringLiteral("张三")), "CJK text from the data");
        QVERIFY2(translated, "the zh_CN translation is complete: the document's titles are in Chinese");
        {
            QVERIFY(text.contains(QStringLiteral("审计")));
            const QStringList pages = pdfPages(pdf);
            const QList<int> at = titlePages(pages, titles, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (int i = 0; i < static_cast<int>(at.size()); ++i)
                screenshot(pdf, at[i] + 1, QStringLiteral("zh-") + QString::number(i + 1));
        }
    }
};

int main(int argc, char** argv) {
    // Fonts and painting without a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TstDocument test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_document.moc"
