#include "JsonTreeModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Key"), tr("Value"), tr("Type")});
}

void JsonTreeModel::setJson(const QByteArray &json)
{
    removeRows(0, rowCount());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        appendRow({new QStandardItem(tr("(not JSON)")), new QStandardItem(QString::fromUtf8(json.left(500))),
                   new QStandardItem()});
        return;
    }
    QStandardItem *root = invisibleRootItem();
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            addValue(root, it.key(), it.value());
    } else {
        const QJsonArray a = doc.array();
        for (qsizetype i = 0; i < a.size(); ++i)
            addValue(root, QStringLiteral("[%1]").arg(i), a.at(i));
    }
}

void JsonTreeModel::addValue(QStandardItem *parent, const QString &key, const QJsonValue &value)
{
    auto *keyItem = new QStandardItem(key);
    auto *valueItem = new QStandardItem;
    auto *typeItem = new QStandardItem;
    for (QStandardItem *item : {keyItem, valueItem, typeItem})
        item->setEditable(false);
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        typeItem->setText(tr("object"));
        valueItem->setText(tr("{%Ln key(s)}", nullptr, int(o.size())));
        for (auto it = o.begin(); it != o.end(); ++it)
            addValue(keyItem, it.key(), it.value());
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        typeItem->setText(tr("array"));
        valueItem->setText(tr("[%Ln item(s)]", nullptr, int(a.size())));
        // Large arrays (embeddings) show their first items; the text view has all of them.
        const qsizetype shown = qMin<qsizetype>(a.size(), 200);
        for (qsizetype i = 0; i < shown; ++i)
            addValue(keyItem, QStringLiteral("[%1]").arg(i), a.at(i));
        if (a.size() > shown)
            keyItem->appendRow({new QStandardItem(tr("…")),
                                new QStandardItem(tr("%Ln more", nullptr, int(a.size() - shown))),
                                new QStandardItem()});
        break;
    }
    case QJsonValue::String:
        typeItem->setText(tr("string"));
        valueItem->setText(value.toString());
        valueItem->setToolTip(value.toString().left(2000));
        break;
    case QJsonValue::Double:
        typeItem->setText(tr("number"));
        valueItem->setText(QString::number(value.toDouble(), 'g', 15));
        break;
    case QJsonValue::Bool:
        typeItem->setText(tr("boolean"));
        valueItem->setText(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        break;
    default:
        typeItem->setText(tr("null"));
        valueItem->setText(QStringLiteral("null"));
    }
    parent->appendRow({keyItem, valueItem, typeItem});
}
