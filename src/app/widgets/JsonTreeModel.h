#pragma once

#include <QJsonValue>
#include <QStandardItemModel>

// A JSON document as a collapsible tree: key, value (leaves) and type.
class JsonTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    explicit JsonTreeModel(QObject *parent = nullptr);
    void setJson(const QByteArray &json);

private:
    void addValue(QStandardItem *parent, const QString &key, const QJsonValue &value);
};
