#pragma once

#include "model/ApiError.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

// What happened on the connections, newest last: every failed call with its
// operation, HTTP status and the server's message, and notable events.
// Holds no secrets: errors never carry header values.
class ActivityLog : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Level {
        Info,
        Warning,
        Error
    };
    enum Column {
        TimeColumn,
        ConnectionColumn,
        OperationColumn,
        StatusColumn,
        MessageColumn,
        ColumnCount
    };

    struct Entry
    {
        QDateTime time;
        Level level = Level::Info;
        QString connection;
        QString operation;
        int httpStatus = 0;
        QString message;
    };

    explicit ActivityLog(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void addError(const QString &connection, const ApiError &error);
    void addInfo(const QString &connection, const QString &operation, const QString &message,
                 Level level = Level::Info);
    const QList<Entry> &entries() const { return m_entries; }
    void clear();

    static constexpr int kMaxEntries = 5000;

Q_SIGNALS:
    void entryAdded(const ActivityLog::Entry &entry);

private:
    void append(Entry entry);
    QList<Entry> m_entries;
};
