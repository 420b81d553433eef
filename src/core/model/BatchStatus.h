#pragma once

#include <QString>

// The lifecycle state of a batch. Keeps the server's own spelling so an
// unknown value can be shown verbatim instead of being collapsed.
class BatchStatus
{
public:
    enum Kind {
        Unknown,
        Validating,
        InProgress,
        Finalizing,
        Cancelling,
        Completed,
        Failed,
        Expired,
        Cancelled,
        Ended,
    };

    BatchStatus() = default;
    explicit BatchStatus(Kind kind);

    static BatchStatus fromWire(const QString &value);

    Kind kind() const { return m_kind; }
    // The string as the server sent it (or the canonical spelling when built from a Kind).
    QString wire() const { return m_wire; }
    bool isKnown() const { return m_kind != Unknown; }
    // Terminal states never change again; an unknown state is treated as still active.
    bool terminal() const;
    bool active() const { return !terminal(); }
    // Still running and not already being cancelled.
    bool cancellable() const { return !terminal() && m_kind != Cancelling; }

    static QString canonicalWire(Kind kind);

    bool operator==(const BatchStatus &other) const { return m_kind == other.m_kind && m_wire == other.m_wire; }
    bool operator!=(const BatchStatus &other) const { return !(*this == other); }

private:
    Kind m_kind = Unknown;
    QString m_wire;
};
