#pragma once

#include "GatewaySimulator.h"
#include "backend/AnthropicBackend.h"
#include "backend/BifrostBackend.h"
#include "backend/OpenAiBackend.h"

#include <QTest>
#include <memory>

// An in-process simulator on a free loopback port, and backends pointed at it.
// Client and server share the test's event loop; the traffic is real HTTP.
class SimFixture
{
public:
    explicit SimFixture(SimOptions options = defaultOptions())
        : m_simulator(std::make_unique<GatewaySimulator>(options))
    {
        m_simulator->start();
    }

    static SimOptions defaultOptions()
    {
        SimOptions o;
        o.speed = 1.0;
        o.seed = 7;
        o.openAiBatches = 30;
        o.anthropicBatches = 6;
        o.bedrockBatches = 2;
        o.cancelDelaySeconds = 5;
        return o;
    }

    GatewaySimulator &sim() { return *m_simulator; }
    bool listening() const { return m_simulator->url().port() > 0; }

    Connection connection(const QString &provider = QStringLiteral("openai")) const
    {
        Connection c;
        c.name = QStringLiteral("test");
        c.baseUrl = m_simulator->url();
        c.provider = provider;
        c.timeoutMs = 5000;
        return c;
    }

    // Retries fast enough for tests; Retry-After from the server still rules.
    static RetryPolicy quickRetries()
    {
        RetryPolicy p;
        p.maxAttempts = 4;
        p.baseDelayMs = 20;
        p.maxDelayMs = 200;
        p.maxRetryAfterMs = 5000;
        return p;
    }

    std::unique_ptr<BifrostBackend> backend(const QString &provider = QStringLiteral("openai")) const
    {
        return backend(connection(provider));
    }
    static std::unique_ptr<BifrostBackend> backend(const Connection &c)
    {
        auto b = std::make_unique<BifrostBackend>(c);
        b->http()->setRetryPolicy(quickRetries());
        return b;
    }

    int requestsTo(const QString &pathPart, const QByteArray &method = QByteArray()) const
    {
        int n = 0;
        for (const auto &e : m_simulator->log()) {
            if (e.rawPath.contains(pathPart) && (method.isEmpty() || e.method == method))
                ++n;
        }
        return n;
    }

private:
    std::unique_ptr<GatewaySimulator> m_simulator;
};
