// recoveryfile.cpp
#include "document/recoveryfile.h"

#include "document/documentwriter.h"
#include "model/portfolio.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace rb::model {

namespace {
const QByteArray kMagic = QByteArrayLiteral("riskboard-recovery 1\n");
const QByteArray kOrigin = QByteArrayLiteral("origin ");
const QString kSuffix = QStringLiteral(".rbrecovery");
constexpr qsizetype kMaxHeader = 64 * 1024; // a path is never longer; guards reading a stray big file

// The header: the origin, and the offset where the document starts; nullopt when not a recovery file.
std::optional<std::pair<QString, qsizetype>> parseHeader(const QByteArray &bytes)
{
    if (!bytes.startsWith(kMagic)) return std::nullopt;
    const qsizetype originStart = kMagic.size();
    const qsizetype originEnd = bytes.indexOf('\n', originStart);
    if (originEnd < 0 || bytes.mid(originStart, kOrigin.size()) != kOrigin || originEnd + 1 >= bytes.size()
        || bytes.at(originEnd + 1) != '\n')
        return std::nullopt;
    const QByteArray encoded = bytes.mid(originStart + kOrigin.size(), originEnd - originStart - kOrigin.size());
    return std::pair{QString::fromUtf8(QByteArray::fromPercentEncoding(encoded)), originEnd + 2};
}
} // namespace

QByteArray RecoveryFile::encode(const QString &origin, const QByteArray &documentJson)
{
    QByteArray out;
    out.reserve(documentJson.size() + origin.size() * 3 + 64);
    out += kMagic;
    out += kOrigin;
    out += origin.toUtf8().toPercentEncoding("/:\\ ");
    out += "\n\n";
    out += documentJson;
    return out;
}

bool RecoveryFile::write(const QString &path, const QString &origin, const Portfolio &portfolio, QString *error)
{
    return DocumentWriter::saveBytes(encode(origin, DocumentWriter::toJson(portfolio)), path, error);
}

RecoveryContents RecoveryFile::decode(const QByteArray &bytes, const QString &fileName)
{
    RecoveryContents c;
    const auto header = parseHeader(bytes.left(kMaxHeader));
    if (!header) {
        c.error = QCoreApplication::translate("RecoveryFile", "%1 is not a Riskboard recovery file.").arg(fileName);
        return c;
    }
    c.origin = header->first;
    // The document part is an ordinary portfolio document; its diagnostics count lines from its start.
    c.document = DocumentReader::readBytes(bytes.mid(header->second), fileName);
    return c;
}

RecoveryContents RecoveryFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        RecoveryContents c;
        c.error = QCoreApplication::translate("RecoveryFile", "%1: %2").arg(path, f.errorString());
        return c;
    }
    return decode(f.readAll(), path);
}

// ---- RecoveryStore ------------------------------------------------------------------------------

RecoveryStore::RecoveryStore(QString folder) : m_folder(std::move(folder)) {}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::claim(const QString &documentPath, const QString &avoid)
{
    const QString key = documentPath.isEmpty()
        ? QStringLiteral("untitled")
        : QString::fromLatin1(
            QCryptographicHash::hash(documentPath.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
    const QString pid = QString::number(QCoreApplication::applicationPid());
    QDir().mkpath(m_folder);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString name = attempt == 0 ? key
            : attempt == 1                ? key + QLatin1Char('-') + pid
                                          : key + QLatin1Char('-') + pid + QLatin1Char('-') + QString::number(attempt);
        const QString path = m_folder + QLatin1Char('/') + name + kSuffix;
        if (path == avoid) continue;
        if (path == m_current && m_lock) return m_current; // already ours
        auto lock = std::make_unique<QLockFile>(path + QLatin1String(".lock"));
        lock->setStaleLockTime(0);       // held as long as the document is open: stale only when its process is gone
        if (!lock->tryLock(0)) continue; // another running instance has this document open
        release();
        m_lock = std::move(lock);
        m_current = path;
        return m_current;
    }
    release();
    return {};
}

void RecoveryStore::release()
{
    m_lock.reset(); // unlocks and removes the lock file
    m_current.clear();
}

QList<RecoveryStore::Orphan> RecoveryStore::orphans() const
{
    QList<Orphan> out;
    const QFileInfoList files = QDir(m_folder).entryInfoList({QLatin1Char('*') + kSuffix}, QDir::Files, QDir::NoSort);
    for (const QFileInfo &info : files) {
        const QString path = info.absoluteFilePath();
        if (path == m_current) continue;
        {
            QLockFile lock(path + QLatin1String(".lock"));
            lock.setStaleLockTime(0);
            if (!lock.tryLock(0)) continue; // its instance is still running
        }                                   // released again: the file is only offered, not claimed
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) continue;
        if (const auto header = parseHeader(f.read(kMaxHeader))) out.append({path, header->first, info.lastModified()});
    }
    std::sort(out.begin(), out.end(), [](const Orphan &a, const Orphan &b) { return a.written > b.written; });
    return out;
}

void RecoveryStore::remove(const QString &recoveryPath)
{
    if (!recoveryPath.isEmpty()) QFile::remove(recoveryPath);
}

} // namespace rb::model
