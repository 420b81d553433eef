#include "ActivityLog.h"

#include <QLocale>

ActivityLog::ActivityLog(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ActivityLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ConnectionColumn:
        return tr("Connection");
    case OperationColumn:
        return tr("Operation");
    case StatusColumn:
        return tr("HTTP");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

QVariant ActivityLog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.time.time(), QStringLiteral("HH:mm:ss"));
        case ConnectionColumn:
            return e.connection;
        case OperationColumn:
            return ApiError::operationText(e.operation);
        case StatusColumn:
            return e.httpStatus > 0 ? QString::number(e.httpStatus) : QString();
        case MessageColumn:
            return e.message;
        default:
            return {};
        }
    }
    if (role == Qt::UserRole)
        return int(e.level);
    return {};
}

void ActivityLog::append(Entry entry)
{
    if (m_entries.size() >= kMaxEntries) {
        beginRemoveRows(QModelIndex(), 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    beginInsertRows(QModelIndex(), int(m_entries.size()), int(m_entries.size()));
    m_entries.append(entry);
    endInsertRows();
    Q_EMIT entryAdded(entry);
}

void ActivityLog::addError(const QString &connection, const ApiError &error)
{
    Entry e;
    e.time = QDateTime::currentDateTime();
    e.level = Level::Error;
    e.connection = connection;
    e.operation = error.operation;
    e.httpStatus = error.httpStatus;
    e.message = error.toString();
    append(e);
}

void ActivityLog::addInfo(const QString &connection, const QString &operation, const QString &message, Level level)
{
    Entry e;
    e.time = QDateTime::currentDateTime();
    e.level = level;
    e.connection = connection;
    e.operation = operation;
    e.message = message;
    append(e);
}

void ActivityLog::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}
