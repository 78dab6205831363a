#include "row_stamps.h"

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QDateTime>

namespace hilo {

std::string contentHash(const std::string& nfcText)
{
    return QCryptographicHash::hash(QByteArrayView(nfcText.data(), static_cast<qsizetype>(nfcText.size())),
                                    QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

std::string timestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

} // namespace hilo
