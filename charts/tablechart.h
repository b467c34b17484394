// tablechart.h — a table slide (the deck's top risks and "what changed" pages): a header row and rows
// of wrapped text, optionally with a coloured score cell.
#pragma once

#include "charts/chart.h"

#include <QList>
#include <QStringList>

namespace rb::exporting {

class TableChart : public Chart {
public:
    struct Input {
        QString title;
        QStringList headers;
        QList<qreal> widths; // relative column widths
        QList<QStringList> rows;
        int exposureColumn = -1; // a column holding "P×I = E" values coloured by exposure, or -1
        QString note;            // under the table
        QString empty;           // shown instead of an empty table
    };

    explicit TableChart(Input input) : m_input(std::move(input)) {}
    QString title() const override { return m_input.title; }
    void paint(QPainter &painter, const QRectF &area) const override;

    // Rows that fit one slide at the deck's font size.
    static constexpr int kRowsPerPage = 10;

private:
    Input m_input;
};

} // namespace rb::exporting
