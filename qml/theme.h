// theme.h — model/palette.h for QML: the same colours and type sizes the exported charts use.
#pragma once

#include "model/palette.h"

#include <QColor>
#include <QObject>
#include <QQmlEngine>

namespace rb::ui {

// Error and warning text and marks (deadlines): 7:1 contrast on white. Not in model/palette.h
// because no exported chart uses it.
inline QColor warningColor() { return QColor(0xb0, 0x00, 0x20); }

class Theme : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QColor critical READ critical CONSTANT)
    Q_PROPERTY(QColor external READ external CONSTANT)
    Q_PROPERTY(QColor baseline READ baseline CONSTANT)
    Q_PROPERTY(QColor slip READ slip CONSTANT)
    Q_PROPERTY(QColor absorbed READ absorbed CONSTANT)
    Q_PROPERTY(QColor today READ today CONSTANT)
    Q_PROPERTY(QColor text READ text CONSTANT)
    Q_PROPERTY(QColor mutedText READ mutedText CONSTANT)
    Q_PROPERTY(QColor grid READ grid CONSTANT)
    Q_PROPERTY(QColor background READ background CONSTANT)
    Q_PROPERTY(QColor panel READ panel CONSTANT)
    Q_PROPERTY(QColor accent READ accent CONSTANT)
    Q_PROPERTY(QColor warning READ warning CONSTANT)
    Q_PROPERTY(QColor previous READ previous CONSTANT)
    Q_PROPERTY(QColor current READ current CONSTANT)
    Q_PROPERTY(int titleSize READ titleSize CONSTANT) // point sizes at 1920×1080
    Q_PROPERTY(int labelSize READ labelSize CONSTANT)
    Q_PROPERTY(int smallSize READ smallSize CONSTANT)
    Q_PROPERTY(QString fontFamily READ fontFamily CONSTANT)
public:
    using QObject::QObject;
    static Theme *create(QQmlEngine *, QJSEngine *) { return new Theme; }

    Q_INVOKABLE QColor score(int s) const { return palette::score(s); }
    Q_INVOKABLE QColor onScore(int s) const { return palette::onScore(s); }
    Q_INVOKABLE QColor exposure(int probabilityTimesImpact) const
    {
        return palette::score(palette::exposureStep(probabilityTimesImpact));
    }
    Q_INVOKABLE QColor onExposure(int probabilityTimesImpact) const
    {
        return palette::onScore(palette::exposureStep(probabilityTimesImpact));
    }
    Q_INVOKABLE QColor themeColor(int t) const { return palette::theme(t); }

    QColor critical() const { return palette::critical(); }
    QColor external() const { return palette::external(); }
    QColor baseline() const { return palette::baseline(); }
    QColor slip() const { return palette::slip(); }
    QColor absorbed() const { return palette::absorbed(); }
    QColor today() const { return palette::today(); }
    QColor text() const { return palette::text(); }
    QColor mutedText() const { return palette::mutedText(); }
    QColor grid() const { return palette::grid(); }
    QColor background() const { return palette::background(); }
    QColor panel() const { return QColor(0xf4, 0xf5, 0xf7); } // calm grey behind controls
    QColor accent() const { return palette::current(); }
    QColor warning() const { return warningColor(); }
    QColor previous() const { return palette::previous(); }
    QColor current() const { return palette::current(); }
    int titleSize() const { return palette::kTitlePt; }
    int labelSize() const { return palette::kLabelPt; }
    int smallSize() const { return palette::kSmallPt; }
    QString fontFamily() const { return QString::fromLatin1(palette::kFontFamily); }
};

} // namespace rb::ui
