// jsonstream.cpp
#include "reports/jsonstream.h"

#include <rapidjson/stringbuffer.h>

#include <QIODevice>

namespace rb::reports {

void writeUtf8(QTextStream &out, const char *data, size_t size)
{
    if (QIODevice *device = out.device()) {
        out.flush();
        device->write(data, qint64(size));
    } else {
        out << QString::fromUtf8(data, qsizetype(size));
    }
}

void OutputStream::EscapedString(std::string_view text)
{
    rapidjson::StringBuffer escaped;
    rapidjson::Writer<rapidjson::StringBuffer> w(escaped);
    w.String(text.data(), rapidjson::SizeType(text.size()));
    Write(escaped.GetString(), escaped.GetSize());
}

} // namespace rb::reports
