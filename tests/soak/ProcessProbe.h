#pragma once

#include <QDir>
#include <QFile>
#include <QHash>
#include <unistd.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// This process's resident memory and open file descriptors, read from /proc:
// what a leak shows up in over a long day.
struct ProcessProbe
{
    static double residentMegabytes()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) // "VmRSS:     12345 kB"
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
        return 0;
    }

    // Resident kilobytes per mapping, from /proc/self/smaps: a library's path,
    // "[heap]", "[stack]", or "[anon]" for anonymous maps (malloc's arenas and
    // large blocks, thread stacks). Compared at two checkpoints it says whether
    // growth is code paged in, files mapped, or memory allocated.
    static QHash<QByteArray, double> residentByMapping()
    {
        QHash<QByteArray, double> kb;
        QFile smaps(QStringLiteral("/proc/self/smaps"));
        if (!smaps.open(QIODevice::ReadOnly))
            return kb;
        QByteArray current;
        // smaps is generated as it is read: read it whole, then parse.
        const QByteArray text = smaps.readAll();
        for (const QByteArray &line : text.split('\n')) {
            if (line.isEmpty())
                continue;
            if (line.startsWith("Rss:")) { // "Rss:                 12 kB"
                kb[current] += line.mid(4).trimmed().split(' ').value(0).toDouble();
                continue;
            }
            // A header: "start-end perms offset dev inode   [path]"; field lines
            // start with a capitalised name and a colon.
            const int colon = line.indexOf(':');
            const int space = line.indexOf(' ');
            if (colon >= 0 && (space < 0 || colon < space))
                continue;
            const QList<QByteArray> fields = line.simplified().split(' ');
            current = fields.size() >= 6 ? fields.mid(5).join(' ') : QByteArrayLiteral("[anon]");
        }
        return kb;
    }

    // Bytes the program holds from malloc (glibc's count), free pages excluded.
    static double heapInUseMegabytes()
    {
#if defined(__GLIBC__)
        const struct mallinfo2 info = mallinfo2();
        return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
#else
        return 0;
#endif
    }

    // Bytes malloc has taken from the system (arenas and mapped blocks): with
    // the heap in use, says how much is free but held (fragmentation).
    static double heapFromSystemMegabytes()
    {
#if defined(__GLIBC__)
        const struct mallinfo2 info = mallinfo2();
        return double(info.arena + info.hblkhd) / (1024.0 * 1024.0);
#else
        return 0;
#endif
    }

    static int threads()
    {
        return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
    }

    static int openSockets()
    {
        int sockets = 0;
        const QDir fds(QStringLiteral("/proc/self/fd"));
        for (const QString &name : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
            char target[64] = {};
            const QByteArray path = fds.filePath(name).toLocal8Bit();
            if (readlink(path.constData(), target, sizeof target - 1) > 0 && qstrncmp(target, "socket:", 7) == 0)
                ++sockets;
        }
        return sockets;
    }

    static int openDescriptors()
    {
        return int(
            QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size());
    }
};
