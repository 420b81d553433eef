#include "CertificateSummary.h"

#include "TlsPolicy.h"

#include <QLocale>
#include <QSslCertificate>
#include <QStringList>

namespace {

// "CN=gateway.internal, O=Example" from the parts a certificate names.
QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    QStringList parts;
    for (const QByteArray &attribute : {QByteArray("CN"), QByteArray("O"), QByteArray("OU"), QByteArray("C")}) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QString::fromLatin1(attribute) + QLatin1Char('=') + value;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

CertificateSummary CertificateSummary::of(const QSslCertificate &certificate)
{
    CertificateSummary s;
    if (certificate.isNull())
        return s;
    s.subject = distinguishedName(certificate, false);
    s.issuer = distinguishedName(certificate, true);
    s.expires = certificate.expiryDate().toUTC();
    s.sha256 = TlsPolicy::fingerprint(certificate);
    s.selfSigned = certificate.isSelfSigned();
    return s;
}

CertificateSummary CertificateSummary::fromPem(const QByteArray &pem)
{
    const QList<QSslCertificate> list = QSslCertificate::fromData(pem, QSsl::Pem);
    return list.isEmpty() ? CertificateSummary() : of(list.first());
}

QString CertificateSummary::displayFingerprint() const
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < sha256.size(); i += 2)
        pairs << sha256.mid(i, 2).toUpper();
    return pairs.join(QLatin1Char(':'));
}

QString CertificateSummary::toText() const
{
    if (isNull())
        return tr("The server sent no certificate.");
    QStringList lines;
    lines << tr("Subject: %1").arg(subject);
    lines << (selfSigned ? tr("Issuer: %1 (self-signed)").arg(issuer) : tr("Issuer: %1").arg(issuer));
    const bool expired = expires < QDateTime::currentDateTimeUtc();
    const QString when = QLocale().toString(expires, QLocale::ShortFormat) + QStringLiteral(" UTC");
    lines << (expired ? tr("Expired: %1").arg(when) : tr("Expires: %1").arg(when));
    lines << tr("SHA-256: %1").arg(displayFingerprint());
    return lines.join(QLatin1Char('\n'));
}
