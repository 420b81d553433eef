// gateway-sim: a simulated Bifrost gateway on 127.0.0.1, for demos and tests.
#include "GatewaySimulator.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gateway-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATCH_CONSOLE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A simulated Bifrost gateway speaking the unified /v1/batches API on 127.0.0.1\n"
        "(or, with --dialect, OpenAI's or Anthropic's own batch API).\n"
        "Admin routes: GET|POST|DELETE /_sim/faults, POST /_sim/advance {\"seconds\":N}, GET /_sim/log."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on; 0 picks a free one."),
                                  QStringLiteral("N"), QStringLiteral("8080"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QStringLiteral("Time scale of batch lifecycles (1 = real time)."),
                                   QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed of the seeded history."),
                                  QStringLiteral("N"), QStringLiteral("42"));
    const QCommandLineOption batches(QStringLiteral("batches"), QStringLiteral("Seeded OpenAI batches."),
                                     QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption anthropic(QStringLiteral("anthropic-batches"), QStringLiteral("Seeded Anthropic batches."),
                                       QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption bedrock(QStringLiteral("bedrock-batches"),
                                     QStringLiteral("Seeded Bedrock batches (ARN ids)."), QStringLiteral("N"),
                                     QStringLiteral("2"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("Default page size of listings."),
                                      QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption large(
        QStringLiteral("large-results"),
        QStringLiteral("Add a finished batch 'batch_large_results' with N result rows (up to 100000)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption cancelDelay(QStringLiteral("cancel-delay"),
                                         QStringLiteral("Simulated seconds from cancelling to cancelled."),
                                         QStringLiteral("S"), QStringLiteral("8"));
    const QCommandLineOption requireKey(QStringLiteral("require-key"),
                                        QStringLiteral("Answer 401 unless this key is sent (Bearer or x-bf-vk)."),
                                        QStringLiteral("K"));
    const QCommandLineOption dialect(
        QStringLiteral("dialect"),
        QStringLiteral("The API to speak: bifrost (the gateway's unified routes), openai or anthropic."),
        QStringLiteral("D"), QStringLiteral("bifrost"));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        QStringLiteral(
            "Inject a fault: mode[:count[:route]]. Modes: rate_limit, server_error, html_error, slow, malformed_json, truncated, disconnect, repeat_cursor, empty_page."),
        QStringLiteral("SPEC"));
    const QCommandLineOption tls(QStringLiteral("tls"),
                                 QStringLiteral("Serve HTTPS with this PEM certificate (chain allowed) and PEM key."),
                                 QStringLiteral("CERT,KEY"));
    const QCommandLineOption tlsClientCa(
        QStringLiteral("tls-client-ca"),
        QStringLiteral("With --tls: require a client certificate signed by an authority in this PEM file."),
        QStringLiteral("PEM"));
    const QCommandLineOption failPermille(
        QStringLiteral("fail-permille"),
        QStringLiteral("Batches created through the API: requests per thousand that end in an error."),
        QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption missingPermille(
        QStringLiteral("missing-permille"),
        QStringLiteral("Batches created through the API: requests per thousand left out of every result file."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({port, speed, seed, batches, anthropic, bedrock, pageSize, large, cancelDelay, requireKey,
                       dialect, fault, tls, tlsClientCa, failPermille, missingPermille});
    parser.process(app);

    auto number = [&](const QCommandLineOption &option, double min, double max) {
        bool ok = false;
        const double v = parser.value(option).toDouble(&ok);
        if (!ok || v < min || v > max) {
            std::fprintf(stderr, "gateway-sim: --%s must be a number from %g to %g\n",
                         qPrintable(option.names().first()), min, max);
            std::exit(2);
        }
        return v;
    };
    SimOptions options;
    options.port = quint16(number(port, 0, 65535));
    options.speed = number(speed, 0.001, 1e6);
    options.seed = quint64(number(seed, 0, 1e15));
    options.openAiBatches = int(number(batches, 0, 100000));
    options.anthropicBatches = int(number(anthropic, 0, 100000));
    options.bedrockBatches = int(number(bedrock, 0, 100000));
    options.pageSize = int(number(pageSize, 1, 1000));
    options.largeResultRows = int(number(large, 0, 100000));
    options.cancelDelaySeconds = number(cancelDelay, 0, 1e6);
    options.createdFailPermille = int(number(failPermille, 0, 1000));
    options.createdMissingPermille = int(number(missingPermille, 0, 1000));
    options.requireKey = parser.value(requireKey);
    options.faults = parser.values(fault);
    options.dialect = parser.value(dialect);
    if (options.dialect != u"bifrost" && options.dialect != u"openai" && options.dialect != u"anthropic") {
        std::fprintf(stderr, "gateway-sim: --dialect must be bifrost, openai or anthropic\n");
        return 2;
    }
    if (parser.isSet(tls)) {
        const QStringList files = parser.value(tls).split(QLatin1Char(','));
        if (files.size() != 2 || files.at(0).isEmpty() || files.at(1).isEmpty()) {
            std::fprintf(stderr, "gateway-sim: --tls takes CERT,KEY\n");
            return 2;
        }
        options.tlsCertFile = files.at(0);
        options.tlsKeyFile = files.at(1);
    }
    if (parser.isSet(tlsClientCa)) {
        if (!parser.isSet(tls)) {
            std::fprintf(stderr, "gateway-sim: --tls-client-ca needs --tls\n");
            return 2;
        }
        options.tlsClientCaFile = parser.value(tlsClientCa);
    }
    for (const QString &spec : std::as_const(options.faults)) {
        QString why;
        if (!FaultPlan::parseSpec(spec, &why)) {
            std::fprintf(stderr, "gateway-sim: %s\n", qPrintable(why));
            return 2;
        }
    }

    GatewaySimulator simulator(options);
    const quint16 chosen = simulator.start();
    if (chosen == 0) {
        std::fprintf(stderr, "gateway-sim: %s\n", qPrintable(simulator.startError()));
        return 1;
    }
    // Scripts read this line to learn the port.
    std::printf("gateway-sim listening on %s\n", qPrintable(simulator.url().toString()));
    std::fflush(stdout);
    return app.exec();
}
