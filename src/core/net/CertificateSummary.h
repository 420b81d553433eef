#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QSslCertificate;

// What a person needs to decide whether to trust a server's certificate:
// who it names, who signed it, until when, and its fingerprint to compare
// with what the gateway's operators publish.
struct CertificateSummary
{
    Q_DECLARE_TR_FUNCTIONS(CertificateSummary)
public:
    QString subject;
    QString issuer;
    QDateTime expires; // UTC
    QString sha256;    // lower-case hex, the form pins are stored in
    bool selfSigned = false;

    bool isNull() const { return sha256.isEmpty(); }
    static CertificateSummary of(const QSslCertificate &certificate);
    static CertificateSummary fromPem(const QByteArray &pem);

    // "AB:CD:…", as browsers and `openssl x509 -fingerprint -sha256` print it.
    QString displayFingerprint() const;
    // Four lines in the user's language: subject, issuer, expiry, fingerprint.
    QString toText() const;
};
