// The German translation is complete, and both catalogues load and translate.
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

    struct Counts
    {
        int messages = 0;
        int unfinished = 0;
        int numerus = 0;
        int numerusForms = 0;
    };

    static Counts count(const QString &path)
    {
        Counts c;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return c;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"message") {
                ++c.messages;
                if (xml.attributes().value(QStringLiteral("numerus")) == u"yes")
                    ++c.numerus;
            } else if (xml.name() == u"translation" && xml.attributes().value(QStringLiteral("type")) == u"unfinished") {
                ++c.unfinished;
            } else if (xml.name() == u"numerusform") {
                ++c.numerusForms;
            }
        }
        return c;
    }

private Q_SLOTS:
    void germanIsComplete()
    {
        const Counts de = count(QStringLiteral(TRANSLATIONS_DIR "/batch-console_de.ts"));
        QVERIFY(de.messages > 300);
        QCOMPARE(de.unfinished, 0);
        QCOMPARE(de.numerusForms, de.numerus * 2); // German has two plural forms
    }

    void englishHasEveryPlural()
    {
        const Counts en = count(QStringLiteral(TRANSLATIONS_DIR "/batch-console_en.ts"));
        QVERIFY(en.numerus > 10);
        QCOMPARE(en.numerusForms, en.numerus * 2);
    }

    void cataloguesTranslate()
    {
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(QM_DIR "/batch-console_de.qm")));
        QCOMPARE(de.translate("StatusCategory", "Cancelled"), QStringLiteral("Abgebrochen"));
        // The translator picks the plural form; %n is filled in by tr() afterwards.
        const char *cancel = "Cancel %n batch(es)? Requests not yet run will not be run; finished ones keep their results.";
        QVERIFY(de.translate("MainWindow", cancel, nullptr, 3).startsWith(QStringLiteral("%n Batches abbrechen?")));
        QVERIFY(de.translate("MainWindow", cancel, nullptr, 1).startsWith(QStringLiteral("%n Batch abbrechen?")));
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(QM_DIR "/batch-console_en.qm")));
        QCOMPARE(en.translate("ResultsWindow", "%n answer(s) contain \"%1\".", nullptr, 1), QStringLiteral("%n answer contains \"%1\"."));
        QCOMPARE(en.translate("ResultsWindow", "%n answer(s) contain \"%1\".", nullptr, 4), QStringLiteral("%n answers contain \"%1\"."));
        // Strings that are not plurals stay the English source.
        QVERIFY(en.translate("StatusCategory", "Cancelled").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
