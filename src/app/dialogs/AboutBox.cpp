#include "AboutBox.h"

#include "Version.h"
#include "widgets/Icons.h"

#include <QCoreApplication>
#include <QMessageBox>

void AboutBox::open(QWidget *parent, bool keysForSessionOnly)
{
    QString text = tr("<h3>Batch Console %1</h3>"
                      "<p>A desktop console for LLM batch jobs on OpenAI, Anthropic and the Bifrost gateway.</p>"
                      "<p>Built with Qt %2, running on Qt %3.</p>")
                       .arg(QStringLiteral(BATCH_CONSOLE_VERSION), QStringLiteral(QT_VERSION_STR),
                            QString::fromLatin1(qVersion()));
    if (keysForSessionOnly)
        text
            += tr("<p><b>No system keychain:</b> keys you enter are kept in memory for this session only and are never "
                  "written to disk.</p>");
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Batch Console"), text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(Icons::appIcon().pixmap(64, 64));
    QObject::connect(box, &QDialog::finished, box, &QObject::deleteLater);
    box->open();
}
